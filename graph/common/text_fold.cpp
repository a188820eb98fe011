// Accent and case folding by table over U+00C0..U+017F and Romanian's comma-below letters;
// everything else passes through.
#include "common/text_fold.hpp"

#include "common/utf8.hpp"

#include <array>

namespace kg {
namespace {

// ASCII replacement of U+00C0..U+00FF; "" means keep the character (× and ÷).
constexpr std::array<std::string_view, 64> kLatin1{
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// Base letters of U+0100..U+017F as runs (first code point of the run, replacement).
struct Run {
    char32_t first;
    std::string_view base;
};
constexpr std::array<Run, 22> kLatinA{
    {{0x100, "a"}, {0x106, "c"},  {0x10E, "d"}, {0x112, "e"}, {0x11C, "g"}, {0x124, "h"},
     {0x128, "i"}, {0x132, "ij"}, {0x134, "j"}, {0x136, "k"}, {0x139, "l"}, {0x143, "n"},
     {0x14C, "o"}, {0x152, "oe"}, {0x154, "r"}, {0x15A, "s"}, {0x162, "t"}, {0x168, "u"},
     {0x174, "w"}, {0x176, "y"},  {0x179, "z"}, {0x17F, "s"}}};

std::string_view fold_code_point(char32_t cp) {
    if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
    if (cp >= 0x100 && cp < 0x180) {
        std::string_view base;
        for (const Run& r : kLatinA)
            if (cp >= r.first) base = r.base;
        return base;
    }
    if (cp >= 0x218 && cp <= 0x21B) return cp < 0x21A ? "s" : "t"; // Romanian Ș ș Ț ț (comma below)
    if (cp == 0x2018 || cp == 0x2019 || cp == 0x2032) return "'";
    if (cp == 0x201C || cp == 0x201D) return "\"";
    if (cp >= 0x2010 && cp <= 0x2015) return "-";
    if (cp == 0xA0) return " ";
    return {};
}

} // namespace

std::string fold_for_search(std::string_view text, std::vector<std::uint32_t>* origin) {
    std::string out;
    out.reserve(text.size());
    if (origin) {
        origin->clear();
        origin->reserve(text.size() + 1);
    }
    auto emit = [&](std::string_view piece, std::size_t from) {
        out += piece;
        if (origin) origin->insert(origin->end(), piece.size(), std::uint32_t(from));
    };
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (static_cast<unsigned char>(c) < 0x80) {
            const char lower = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
            const char folded = (c == '\n' || c == '\t' || c == '\r') ? ' ' : lower;
            emit(std::string_view(&folded, 1), i);
            ++i;
            continue;
        }
        char32_t cp = 0;
        const std::size_t len = decode_utf8(text, i, cp);
        if (cp == kReplacement && len == 1) { // not well-formed: the byte passes as it is
            emit(text.substr(i, 1), i);
            ++i;
            continue;
        }
        const std::string_view folded = fold_code_point(cp);
        emit(folded.empty() ? text.substr(i, len) : folded, i);
        i += len;
    }
    if (origin) origin->push_back(std::uint32_t(text.size()));
    return out;
}

} // namespace kg
