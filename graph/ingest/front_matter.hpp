// YAML front matter ("---" ... "---" at the top of Markdown): the flat subset articles use.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingestion {

struct FrontMatter {
    bool present = false;        // a well-formed block was found and parsed
    std::size_t body_offset = 0; // where the document body starts in the input
    // Lower-case key -> values (a scalar is one value; "[a, b]" and "- item" lists are several).
    std::map<std::string, std::vector<std::string>> fields;
    std::vector<std::string> problems; // malformed lines or an unclosed block, for warnings

    // First value of `key`, or empty.
    std::string first(const std::string& key) const;
};

// Parses front matter at the very start of `text`. An unclosed block is a problem and the
// whole text stays body; a line that is not "key: value" or "- item" is a problem and skipped.
FrontMatter parse_front_matter(std::string_view text);

} // namespace kg::ingestion
