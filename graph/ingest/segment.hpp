// Sentence segmentation with byte offsets: abbreviations, initials, decimals, quotes, CJK.
#pragma once

#include "model/document.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace kg::ingestion {

// Splits one paragraph into sentences. Spans are offsets into `text` plus `base`, trimmed of
// spaces, ordered and non-overlapping; a paragraph without a final stop is still one sentence.
std::vector<Span> split_sentences(std::string_view text, std::uint32_t base = 0);

// The same spans, appended to `out` (a buffer reused across paragraphs: no allocation per call).
void append_sentences(std::string_view text, std::uint32_t base, std::vector<Span>& out);

} // namespace kg::ingestion
