// Main-content detection by scoring: paragraphs score their ancestors (text length, commas),
// class and id words raise or lower a candidate, link density discounts it; the best candidate
// and its qualifying siblings are the article, cleaned of link-dense or negative sub-blocks.
// Nothing is ever dropped because of an ancestor's name; stricter passes fall back to looser ones.
#pragma once

#include "ingest/html_elements.hpp"

#include <cstdint>
#include <vector>

namespace kg::ingestion {

struct ArticleSelection {
    std::vector<std::uint8_t> keep; // per element of the table: its text is article text
    bool found = false;             // a pass kept enough text to be trusted as the article
    bool uncertain = false; // a page with prose but no clear article; its best text was kept
};

// Chooses the article among the elements of `table` (from build_elements).
ArticleSelection select_article(const std::vector<HtmlElement>& table);

} // namespace kg::ingestion
