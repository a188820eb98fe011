// UTF-8 primitives with byte offsets: decode, encode, validate, classify code points.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg {

// U+FFFD, what an invalid sequence decodes to.
inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at `i`; returns its byte length (>= 1). Invalid bytes give U+FFFD,
// length 1. Inline: the matchers call it for every non-ASCII character they classify.
inline std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    std::size_t len = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2, cp = b0 & 0x1F, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3, cp = b0 & 0x0F, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4, cp = b0 & 0x07, min = 0x10000;
    } else {
        cp = kReplacement;
        return 1;
    }
    if (i + len > s.size()) {
        cp = kReplacement;
        return 1;
    }
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            cp = kReplacement;
            return 1;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid, not merely odd.
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        cp = kReplacement;
        return 1;
    }
    return len;
}

// Byte length of the well-formed sequence at `i`, or 0 when the bytes there are not one.
inline std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
    char32_t cp;
    const std::size_t len = decode_utf8(s, i, cp);
    return cp == kReplacement && len == 1 ? 0 : len;
}

// Appends `cp` as UTF-8 (surrogates and out-of-range values become U+FFFD).
void append_utf8(std::string& out, char32_t cp);

// Byte offset of the first invalid sequence, or npos when `s` is valid UTF-8.
std::size_t first_invalid_utf8(std::string_view s);

// True when `i` is 0, s.size(), or not a continuation byte.
inline bool is_char_boundary(std::string_view s, std::size_t i) {
    return i == 0 || i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

// Horizontal white space of any kind: ASCII, no-break, en/em/thin/ideographic spaces.
bool is_space_cp(char32_t cp);
// Invisible characters that carry nothing in prose: zero-width spaces, soft hyphen, inner BOM.
bool is_invisible_cp(char32_t cp);
// The scripts that put no spaces between words, by Unicode block (the list is in utf8.cpp): Han
// ideographs, Japanese kana, Korean hangul. Symbols and punctuation of the CJK blocks (。「」,
// ㈱, ㍻) belong to none.
enum class CjkScript : unsigned char { None, Han, Kana, Hangul };
CjkScript cjk_script(char32_t cp);
// A CJK letter: one of the scripts above. The matchers take each as a word by itself. Inline, for
// the alphabets before the first CJK block (Hangul Jamo, U+1100) to answer without a call.
inline bool is_cjk_cp(char32_t cp) {
    return cp >= 0x1100 && cjk_script(cp) != CjkScript::None;
}
// Takes two columns on screen (East Asian Width W or F). A fact of display, not of script: CJK
// punctuation and full-width forms are wide but no CJK letters, half-width katakana and hangul
// are CJK letters but narrow.
bool is_wide_cp(char32_t cp);
// CJK and full-width punctuation that ends a sentence: 。！？ and their half-width forms.
bool is_cjk_terminator(char32_t cp);
// Letters of Latin-like alphabets (ASCII, Latin-1, Latin Extended, Greek, Cyrillic).
bool is_alpha_cp(char32_t cp);
// A character of a word in any script: ASCII letters and digits, every other character of the
// Basic Multilingual Plane that is not white space, punctuation, a symbol or private use, and
// beyond it the CJK letters (is_cjk_cp).
bool is_word_cp(char32_t cp);
// Upper-case letter of Latin (Basic Latin, Latin-1 Supplement, Latin Extended-A, the regular
// pairs of Latin Extended-B, Latin Extended Additional), Greek or Cyrillic; exact in those
// blocks, false elsewhere (utf8.cpp lists the ranges).
bool is_upper_cp(char32_t cp);
// Lower-case letter of the same blocks as is_upper_cp.
bool is_lower_cp(char32_t cp);

} // namespace kg
