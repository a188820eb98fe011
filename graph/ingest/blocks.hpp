// The intermediate form every format parser produces: a flat list of text blocks with hints.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kg::ingestion {

// What the markup (or the line shape) says a block is; boilerplate rules refine it.
enum class BlockRole : std::uint8_t {
    Text,     // a paragraph or a line of plain text
    Heading,  // <h1>..<h6>, '#' or setext headings
    Caption,  // <figcaption> or an element whose class names a caption
    Credit,   // a photo credit (<... class="credit">): dropped
    ListItem, // <li>, "- item", "• item"
    Quote,    // <blockquote>, "> quote"
    TableRow, // one row of a data table, cells separated by " | "
};

struct Block {
    std::string text; // one paragraph, white space collapsed, no newlines
    BlockRole role = BlockRole::Text;
    std::uint8_t level = 0;       // heading level 1..6 when markup gave one
    std::uint32_t link_chars = 0; // bytes of text inside links (HTML <a>, Markdown [..](..))
    bool blank_before = true;     // plain text: an empty line (or the file start) precedes it
    bool blank_after = true;      // plain text: an empty line (or the file end) follows it
    bool in_article = false;      // HTML: inside the scored article, whose link density was judged
};

using Blocks = std::vector<Block>;

// Metadata the markup itself states, each field with where it came from ("json-ld",
// "opengraph", "meta", "microdata", "time", "title"...), empty when the markup is silent.
struct MarkupMeta {
    std::string title;
    std::string author;
    std::string date;
    std::string url;
    std::string site;
    std::string title_from, author_from, date_from, url_from;
};

// What a format parser returns.
struct ParsedBlocks {
    Blocks blocks;
    MarkupMeta meta;
    std::vector<std::string> problems; // malformed markup, reported as warnings
    bool article_uncertain = false;    // HTML: no clear article; the page's best text was kept
};

} // namespace kg::ingestion
