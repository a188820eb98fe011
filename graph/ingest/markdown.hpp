// Markdown (CommonMark's common subset) to text blocks; embedded HTML blocks go to the HTML parser.
#pragma once

#include "ingest/blocks.hpp"

#include <string>
#include <string_view>

namespace kg::ingestion {

// Converts a Markdown body (front matter already removed) to blocks.
ParsedBlocks markdown_to_blocks(std::string_view markdown);

// One paragraph's inline Markdown to plain text: links keep their text, images and emphasis
// marks go, inline HTML is stripped; `link_chars` receives the bytes that were link text.
std::string markdown_inline_to_text(std::string_view text, std::uint32_t& link_chars);

} // namespace kg::ingestion
