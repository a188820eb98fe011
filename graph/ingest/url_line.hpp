// A first line that is only the article's address ("URL, blank line, text", as people paste it).
#pragma once

#include <string>
#include <string_view>

namespace kg::ingestion {

// When the first non-blank line of `text` is a lone http(s) URL (optionally in <...>), returns it
// and advances `text` past that line and the blank lines after it; otherwise returns "" and leaves
// `text` alone.
std::string take_url_first_line(std::string_view& text);

} // namespace kg::ingestion
