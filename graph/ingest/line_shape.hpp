// Shape features of one block of text that boilerplate and metadata rules are built from.
#pragma once

#include <cstddef>
#include <string_view>

namespace kg::ingestion {

struct LineShape {
    std::size_t words = 0;     // space-separated tokens
    std::size_t letters = 0;   // alphabetic code points (Latin, Greek, Cyrillic)
    std::size_t cjk = 0;       // CJK code points
    std::size_t other = 0;     // word characters of other scripts (Arabic, Hebrew, Thai, ...)
    std::size_t chars = 0;     // code points
    bool sentence_end = false; // ends with . ! ? 。 ！ ？ (possibly before a closing quote)
    bool first_upper = false;  // starts with an upper-case letter, a digit or a CJK character
    bool has_digit = false;
};

// Measures `text` (one cleaned block).
LineShape measure(std::string_view text);

// A paragraph of running prose: long enough, and ending like a sentence (or very long).
bool is_prose(const LineShape& s);

} // namespace kg::ingestion
