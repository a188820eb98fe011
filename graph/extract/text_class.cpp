// UTF-8 character classes used by the matchers; tables stay ASCII-fast.
#include "extract/text_class.hpp"

#include <cstdint>

namespace kg {
namespace {

// A code point that is neither letter nor digit, for bytes that are not well-formed UTF-8.
constexpr std::uint32_t kInvalid = 0x2000;

std::uint32_t decode_at(std::string_view text, std::size_t i) {
    auto lead = static_cast<unsigned char>(text[i]);
    std::size_t n = char_length(text, i);
    if (n == 1) return lead < 0x80 ? lead : kInvalid;
    std::uint32_t cp = lead & (0xFFu >> (n + 1));
    for (std::size_t k = 1; k < n; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    return cp;
}

// Non-ASCII code points that are punctuation or spaces, not parts of words.
bool is_punctuation_cp(std::uint32_t cp) {
    return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
           (cp >= 0x2000 && cp <= 0x206F) || // general punctuation: dashes, quotes, …
           (cp >= 0x2190 && cp <= 0x2BFF) || // arrows, symbols, bullets
           (cp >= 0x3000 && cp <= 0x303F) || // CJK punctuation
           (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) || cp == 0xFEFF;
}

bool is_word_cp(std::uint32_t cp) {
    if (cp < 0x80) {
        char c = char(cp);
        return ascii_alpha(c) || (c >= '0' && c <= '9');
    }
    return !is_punctuation_cp(cp);
}

} // namespace

std::size_t utf8_length(unsigned char lead) {
    if (lead < 0xC0) return 1;
    if (lead < 0xE0) return 2;
    if (lead < 0xF0) return 3;
    if (lead < 0xF8) return 4;
    return 1;
}

std::size_t detail::char_length_slow(std::string_view text, std::size_t i) {
    auto lead = static_cast<unsigned char>(text[i]);
    std::size_t n = utf8_length(lead);
    if (n == 1 || i + n > text.size()) return 1;
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 1;
    return n;
}

bool detail::is_cjk_slow(std::string_view text, std::size_t i) {
    std::uint32_t cp = decode_at(text, i);
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

bool detail::is_word_char_slow(std::string_view text, std::size_t i) {
    return is_word_cp(decode_at(text, i));
}

bool is_word_char_before(std::string_view text, std::size_t i) {
    if (i == 0 || i > text.size()) return false;
    std::size_t j = i - 1;
    // Step back over continuation bytes to the lead byte (at most 3).
    for (int k = 0; k < 3 && j > 0 && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80; ++k)
        --j;
    return is_word_cp(decode_at(text, j));
}

bool detail::starts_upper_slow(std::string_view text, std::size_t i) {
    if (i >= text.size()) return false;
    std::uint32_t cp = decode_at(text, i);
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7);
}

std::string to_lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = ascii_lower(c);
    return out;
}

bool is_acronym(std::string_view s) {
    bool letter = false;
    for (char c : s) {
        if (c >= 'a' && c <= 'z') return false;
        if (ascii_upper(c)) letter = true;
    }
    return letter && s.size() >= 2;
}

std::string slugify(std::string_view name) {
    std::string out;
    bool dash = false;
    for (std::size_t i = 0; i < name.size();) {
        auto c = static_cast<unsigned char>(name[i]);
        std::size_t n = char_length(name, i);
        char mapped = 0;
        if (n == 1) {
            if (ascii_alpha(char(c)) || (c >= '0' && c <= '9')) mapped = ascii_lower(char(c));
        } else if (n == 2 && i + 1 < name.size()) {
            // Fold the common Latin-1 accented letters to their base letter.
            std::uint32_t cp =
                ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3Fu);
            static constexpr std::string_view kFold =
                "aaaaaaaceeeeiiiidnooooo_ouuuuyts" // U+00E0..U+00FF minus case
                ;
            if (cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7) {
                char f = kFold[(cp - 0xC0) & 0x1F];
                if (f != '_') mapped = f;
            }
        }
        if (mapped) {
            if (dash && !out.empty()) out.push_back('-');
            out.push_back(mapped);
            dash = false;
        } else {
            dash = true;
        }
        i += n;
    }
    return out;
}

} // namespace kg
