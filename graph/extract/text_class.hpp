// Character classes over UTF-8 text with byte offsets: word characters, case, slugs.
#pragma once

#include "common/ascii.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kg {

namespace detail {
bool is_word_char_slow(std::string_view text, std::size_t i);
bool is_cjk_slow(std::string_view text, std::size_t i);
std::size_t char_length_slow(std::string_view text, std::size_t i);
// ASCII letters and digits; the matchers ask this for every byte, so it is a table.
inline constexpr auto kAsciiWord = [] {
    struct T {
        bool v[128];
    } t{};
    for (int c = 0; c < 128; ++c)
        t.v[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return t;
}();
} // namespace detail

// True when the code point starting at `i` is part of a word (is_word_cp in common/utf8.hpp).
inline bool is_word_char_at(std::string_view text, std::size_t i) {
    if (i >= text.size()) return false;
    auto c = static_cast<unsigned char>(text[i]);
    return c < 0x80 ? detail::kAsciiWord.v[c] : detail::is_word_char_slow(text, i);
}

// The end of the run of ASCII letters and digits that starts at `i` (`i` when there is none).
// Word loops skip most of each word with it before their general, UTF-8 aware step.
inline std::size_t skip_ascii_word(std::string_view text, std::size_t i) {
    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80 &&
           detail::kAsciiWord.v[static_cast<unsigned char>(text[i])])
        ++i;
    return i;
}

// True when the code point that ends just before `i` is a letter or digit.
bool is_word_char_before(std::string_view text, std::size_t i);

// True when the code point at `i` is a CJK letter (is_cjk_cp in common/utf8.hpp): each is a word
// by itself, since these scripts put no spaces between words ("高大伟David Gosset"). The first
// of them, Hangul Jamo (U+1100), has the lead byte 0xE1.
inline bool is_cjk_at(std::string_view text, std::size_t i) {
    return i < text.size() && static_cast<unsigned char>(text[i]) >= 0xE1 &&
           detail::is_cjk_slow(text, i);
}

// Byte length of the code point at `i`: its UTF-8 length when well formed, else 1.
inline std::size_t char_length(std::string_view text, std::size_t i) {
    return static_cast<unsigned char>(text[i]) < 0x80 ? 1 : detail::char_length_slow(text, i);
}

// Where the character that ends just before `i` (> 0) starts, as a walk from the start of the
// text by char_length steps reads it: the lead byte of a well-formed sequence ending at `i`, else
// nullopt (the byte at i - 1 is then a stray character of its own). Scans that jump to a byte use
// it to see the word they may have landed inside.
inline std::optional<std::size_t> char_start_before(std::string_view text, std::size_t i) {
    std::size_t j = i - 1;
    for (int k = 0; k < 3 && j > 0 && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80; ++k)
        --j;
    if (j + char_length(text, j) != i) return std::nullopt;
    return j;
}

namespace detail {
bool starts_upper_slow(std::string_view text, std::size_t i);
}

// True when the word at `i` starts with an upper-case letter (is_upper_cp in common/utf8.hpp).
// Inline for ASCII: the discovery scans ask it for every word.
inline bool starts_upper(std::string_view text, std::size_t i) {
    if (i >= text.size()) return false;
    const auto c = static_cast<unsigned char>(text[i]);
    return c < 0x80 ? (c >= 'A' && c <= 'Z') : detail::starts_upper_slow(text, i);
}

// True when `s` has at least one letter and all its ASCII letters are upper case ("US", "U.S.",
// "G20").
bool is_acronym(std::string_view s);

// Lower-case, hyphenated id of a name: "Nicolás Maduro" -> "nicolas-maduro".
std::string slugify(std::string_view name);

} // namespace kg
