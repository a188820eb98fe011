// HTML to text blocks over a Gumbo DOM: saved pages keep their article (html_article.hpp),
// fragments keep all their text; blocks split at block elements, table rows kept as rows,
// captions and headings marked, credits and hidden markup dropped, link text measured.
#pragma once

#include "ingest/blocks.hpp"

#include <string>
#include <string_view>

namespace kg::ingestion {

// A whole saved page: the article's blocks and the metadata the page states.
ParsedBlocks html_page_to_blocks(std::string_view html);

// A fragment (HTML inside Markdown): every visible text block, no article selection.
ParsedBlocks html_to_blocks(std::string_view html);

// Inline HTML inside a Markdown line: tags removed, references decoded, nothing dropped.
std::string strip_inline_html(std::string_view text);

} // namespace kg::ingestion
