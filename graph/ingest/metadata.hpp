// Article metadata: title, authors, date, source and URL from the text's own lines
// (bylines, datelines, "Source:" lines, a headline) when no markup stated them.
#pragma once

#include "ingest/blocks.hpp"
#include "ingest/line_shape.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kg::ingestion {

struct ArticleMeta {
    std::string title;
    std::vector<std::string> authors;
    std::string date; // YYYY-MM-DD
    std::string source;
    std::string url;
    std::vector<std::string> tags;
};

// "Paul Haenle, Andrew S. Weiss & more" -> {"Paul Haenle", "Andrew S. Weiss"}. Degrees,
// "more", "et al." and "staff" are not names.
std::vector<std::string> split_authors(std::string_view text);

// "Smart Take | Putin Arrives in Beijing" -> "Putin Arrives in Beijing": of title parts joined
// by " | ", the longest is the headline (the others name a series or a site).
std::string clean_title(std::string_view title);

// "https://www.example.com/a/b" -> "example.com"; empty when `url` is not http(s).
std::string url_host(std::string_view url);

// Reads metadata lines at the top of the article (before its first prose paragraph), fills
// the fields of `meta` that are still empty, and removes those lines from `blocks`. A line
// repeating a title already known is removed too. `card_name` is an author of last resort.
// `shapes`, when given, is measure() of each of `blocks` (remove_boilerplate's): not measured
// again.
void take_text_metadata(Blocks& blocks, ArticleMeta& meta, std::string_view card_name,
                        const std::vector<LineShape>* shapes = nullptr);

} // namespace kg::ingestion
