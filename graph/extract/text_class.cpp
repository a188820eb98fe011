// UTF-8 character classes used by the matchers; tables stay ASCII-fast.
#include "extract/text_class.hpp"

#include "common/text_fold.hpp"
#include "common/utf8.hpp"

namespace kg {
namespace {

// The code point at `i`; bytes that are not well-formed UTF-8 read as U+FFFD, which is no
// letter, digit, CJK character or capital.
char32_t decode_at(std::string_view text, std::size_t i) {
    char32_t cp;
    decode_utf8(text, i, cp);
    return cp;
}

} // namespace

std::size_t detail::char_length_slow(std::string_view text, std::size_t i) {
    char32_t cp;
    return decode_utf8(text, i, cp);
}

bool detail::is_cjk_slow(std::string_view text, std::size_t i) {
    return is_cjk_cp(decode_at(text, i));
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
    return i < text.size() && is_upper_cp(decode_at(text, i));
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
    // Accents go the way search folds them (Ł -> l, ß -> ss); what is left outside ASCII letters
    // and digits separates words.
    const std::string folded = fold_for_search(name);
    std::string out;
    bool dash = false;
    for (const char c : folded) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (dash && !out.empty()) out.push_back('-');
            out.push_back(c);
            dash = false;
        } else {
            dash = true;
        }
    }
    return out;
}

} // namespace kg
