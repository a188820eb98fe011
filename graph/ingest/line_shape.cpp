// Block measurements.
#include "ingest/line_shape.hpp"

#include "common/utf8.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

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

// Eight bytes at a time (SWAR): each helper gives 0x80 in the bytes that pass its test, exactly
// per byte (no borrow crosses from one byte into the next), for bytes below 0x80.
constexpr std::uint64_t kOnes = 0x0101010101010101;
constexpr std::uint64_t kHigh = 0x8080808080808080;

// Bytes at or above `c` (c < 0x80).
std::uint64_t at_least(std::uint64_t x, std::uint8_t c) {
    return ((x | kHigh) - kOnes * c) & kHigh;
}
// Bytes equal to `c`.
std::uint64_t equal(std::uint64_t x, std::uint8_t c) {
    const std::uint64_t y = x ^ (kOnes * c);
    return ~(((y & ~kHigh) + ~kHigh) | y) & kHigh;
}

// How many bytes have their high bit set in `marks` (which has no other bits): no popcount
// instruction in the baseline x86-64 this is built for.
std::size_t count_marked(std::uint64_t marks) {
    return std::size_t(((marks >> 7) * kOnes) >> 56);
}

} // namespace

LineShape measure(std::string_view text) {
    LineShape s;
    bool in_word = false;
    char32_t before_closers = 0;
    bool first = true;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = static_cast<unsigned char>(text[i]);
        if (!first && i + 8 <= text.size()) {
            std::uint64_t x;
            std::memcpy(&x, text.data() + i, 8);
            // The ASCII bytes up to the first that is not (there are 14% of those in news with
            // names in Cyrillic or CJK): the counts of the byte loop below, each a mask of the
            // bytes that pass, in the high bit of each byte.
            const int ascii = std::countr_zero(x & kHigh) / 8; // 8 when all are
            if (ascii > 0) {
                const std::uint64_t in =
                    ascii == 8 ? kHigh : kHigh & ((std::uint64_t(1) << (8 * ascii)) - 1);
                const std::uint64_t folded = x | (kOnes * 0x20);
                const std::uint64_t letters =
                    at_least(folded, 'a') & ~at_least(folded, 'z' + 1) & in;
                const std::uint64_t spaces = equal(x, ' ') & in;
                // A word starts at a byte that is no space after one that is (or after the
                // byte before these, when that ended no word).
                const std::uint64_t after_space = (spaces << 8) | (in_word ? 0 : 0x80);
                s.letters += count_marked(letters);
                if (!s.has_digit)
                    s.has_digit = (at_least(x, '0') & ~at_least(x, '9' + 1) & in) != 0;
                s.chars += std::size_t(ascii);
                s.words += count_marked(~spaces & in & after_space);
                in_word = ((spaces >> (8 * ascii - 1)) & 1) == 0;
                // The last byte that is no closer, looked for from the end (mostly the last).
                for (int k = ascii; k-- > 0;) {
                    const auto b = static_cast<unsigned char>(text[i + std::size_t(k)]);
                    if (!(kAsciiShape[b] & kCloser)) {
                        before_closers = b;
                        break;
                    }
                }
                i += std::size_t(ascii);
                continue;
            }
        }
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
