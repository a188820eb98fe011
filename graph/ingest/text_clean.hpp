// Inline text hygiene: odd spaces to ' ', invisible characters out, runs collapsed, ends trimmed.
#pragma once

#include "common/ascii.hpp" // ascii_lower, which the callers of this header use

#include <string>
#include <string_view>

namespace kg::ingestion {

// One paragraph's text made clean: every kind of space (no-break, thin, ideographic, tab,
// newline) becomes one ASCII space, zero-width and control characters go, ends are trimmed.
std::string clean_inline(std::string_view text);

// Appends clean_inline(text) to `out` without the temporary (used on hot paths).
void append_clean_inline(std::string& out, std::string_view text);

// True when `text` trimmed of spaces is empty.
bool is_blank(std::string_view text);

// `text` without leading and trailing ASCII spaces.
std::string_view trim(std::string_view text);

} // namespace kg::ingestion
