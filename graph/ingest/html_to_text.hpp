// HTML (whole pages or fragments) to text blocks: chrome elements dropped, blocks split,
// captions and headings marked, link density measured, <meta> metadata collected.
#pragma once

#include "ingest/blocks.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kg::ingestion {

// Converts HTML to blocks without recursion; nesting deeper than a cap is flattened.
ParsedBlocks html_to_blocks(std::string_view html);

// Inline HTML inside a Markdown line: tags removed, references decoded, nothing dropped.
std::string strip_inline_html(std::string_view text);

} // namespace kg::ingestion
