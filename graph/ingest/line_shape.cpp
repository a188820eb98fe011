// Block measurements.
#include "ingest/line_shape.hpp"

#include "common/utf8.hpp"

#include <array>
#include <cstdint>

namespace kg::ingestion {
namespace {

// What measure() needs to know of an ASCII byte, in one table lookup.
enum : std::uint8_t { kLetter = 1, kDigit = 2, kSpace = 4, kCloser = 8 };

constexpr auto kAsciiShape = [] {
    std::array<std::uint8_t, 128> t{};
    for (int c = 0; c < 128; ++c) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') t[std::size_t(c)] |= kLetter;
        if (c >= '0' && c <= '9') t[std::size_t(c)] |= kDigit;
        if (c == ' ') t[std::size_t(c)] |= kSpace;
        if (c == '"' || c == '\'' || c == ')' || c == ' ') t[std::size_t(c)] |= kCloser;
    }
    return t;
}();

} // namespace

LineShape measure(std::string_view text) {
    LineShape s;
    bool in_word = false;
    char32_t before_closers = 0;
    bool first = true;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = static_cast<unsigned char>(text[i]);
        if (cp < 0x80 && !first) {
            // ASCII after the first character: nearly every byte of every block (the general
            // path below gives the same counts, with more tests per byte).
            const std::uint8_t k = kAsciiShape[cp];
            if (k == kLetter) {
                // A run of letters, counted at once: each is a letter and a character of the
                // same word, and none is a closer, so the last one is the byte before closers.
                std::size_t j = i + 1;
                while (j < text.size() && static_cast<unsigned char>(text[j]) < 0x80 &&
                       kAsciiShape[static_cast<unsigned char>(text[j])] == kLetter)
                    ++j;
                s.letters += j - i;
                s.chars += j - i;
                s.words += !in_word;
                in_word = true;
                before_closers = static_cast<unsigned char>(text[j - 1]);
                i = j;
                continue;
            }
            ++i;
            s.letters += k & kLetter;
            s.has_digit |= (k & kDigit) != 0;
            ++s.chars;
            if (k & kSpace) {
                in_word = false;
            } else {
                s.words += !in_word;
                in_word = true;
            }
            if (!(k & kCloser)) before_closers = cp;
            continue;
        }
        if (cp < 0x80) {
            // ASCII is nearly all of the text: classify it without decoding.
            ++i;
            const bool letter = (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
            s.letters += letter;
            s.has_digit |= cp >= '0' && cp <= '9';
        } else {
            i += decode_utf8(text, i, cp);
            if (is_alpha_cp(cp))
                ++s.letters;
            else if (is_cjk_cp(cp))
                ++s.cjk;
            else if (is_word_cp(cp))
                ++s.other;
        }
        ++s.chars;
        if (cp == ' ') {
            in_word = false;
        } else {
            if (!in_word) ++s.words;
            in_word = true;
        }
        if (first && cp != ' ' && cp != '"' && cp != 0x201C && cp != '(' && cp != '\'') {
            s.first_upper = is_upper_cp(cp) || (cp >= '0' && cp <= '9') || is_cjk_cp(cp);
            first = false;
        }
        const bool closer = cp == '"' || cp == '\'' || cp == ')' || cp == 0x201D || cp == 0x2019 ||
                            cp == 0x300D || cp == 0xFF09 || cp == ' ';
        if (!closer) before_closers = cp;
    }
    s.sentence_end = before_closers == '.' || before_closers == '!' || before_closers == '?' ||
                     before_closers == 0x2026 || is_cjk_terminator(before_closers);
    return s;
}

bool is_prose(const LineShape& s) {
    if (s.cjk >= 30 && s.sentence_end) return true;
    return (s.words >= 10 && s.sentence_end) || s.words >= 25;
}

} // namespace kg::ingestion
