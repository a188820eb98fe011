// UTF-8 decoding and the code point and script classes that ingest, extract and JSON share.
#include "common/utf8.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

namespace kg {

void append_utf8(std::string& out, char32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t first_invalid_utf8(std::string_view s) {
    constexpr std::uint64_t kHigh = 0x8080808080808080ull;
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        // ASCII runs dominate prose: test eight bytes at a time, and step over the ASCII bytes
        // before the first that is not at once.
        if (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, s.data() + i, 8);
            const std::uint64_t high = word & kHigh;
            if (high == 0) {
                i += 8;
                continue;
            }
            i += std::size_t(std::countr_zero(high)) / 8;
        } else if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        // A lead byte of a two-byte character (C0 and C1 would be overlong) with its continuation
        // byte: Latin, Greek and Cyrillic letters, the common case.
        const auto lead = static_cast<unsigned char>(s[i]);
        if (lead >= 0xC2 && lead <= 0xDF && i + 1 < n &&
            (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
            i += 2;
            continue;
        }
        const std::size_t len = utf8_sequence_length(s, i);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

bool is_space_cp(char32_t cp) {
    switch (cp) {
    case ' ':
    case '\t':
    case '\v':
    case '\f':
    case 0x00A0:
    case 0x1680:
    case 0x180E:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
}

bool is_invisible_cp(char32_t cp) {
    return cp == 0x00AD || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x200E ||
           cp == 0x200F;
}

CjkScript cjk_script(char32_t cp) {
    using enum CjkScript;
    if (cp < 0x1100) return None; // every alphabet before Hangul Jamo: the common case
    // Han: CJK Unified Ideographs, Extension A, Compatibility Ideographs, the radicals (CJK
    // Radicals Supplement, Kangxi Radicals), Bopomofo and Bopomofo Extended (phonetic letters
    // written with Chinese), and the Supplementary and Tertiary Ideographic Planes (Extensions B
    // to H, Compatibility Ideographs Supplement).
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
        (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2E80 && cp <= 0x2FDF) ||
        (cp >= 0x3100 && cp <= 0x312F) || (cp >= 0x31A0 && cp <= 0x31BF) ||
        (cp >= 0x20000 && cp <= 0x3FFFF))
        return Han;
    // Kana: Hiragana, Katakana, Katakana Phonetic Extensions, the half-width katakana of
    // Halfwidth and Fullwidth Forms, Kana Supplement, Kana Extended-A, Small Kana Extension.
    if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) ||
        (cp >= 0xFF66 && cp <= 0xFF9F) || (cp >= 0x1B000 && cp <= 0x1B16F))
        return Kana;
    // Hangul: Hangul Syllables, Hangul Jamo, Compatibility Jamo, Jamo Extended-A and -B, and the
    // half-width hangul of Halfwidth and Fullwidth Forms.
    if ((cp >= 0xAC00 && cp <= 0xD7FF) || cp <= 0x11FF || (cp >= 0x3130 && cp <= 0x318F) ||
        (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xFFA0 && cp <= 0xFFDC))
        return Hangul;
    // Left out, as symbols and punctuation: Ideographic Description Characters, CJK Symbols and
    // Punctuation (also 々 and 〇, which is_word_cp counts as no word character), Kanbun, CJK
    // Strokes, Enclosed CJK Letters and Months, CJK Compatibility, Yijing Hexagram Symbols.
    return None;
}

bool is_wide_cp(char32_t cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
           (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

bool is_cjk_terminator(char32_t cp) {
    return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF61;
}

bool is_alpha_cp(char32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
    return (cp >= 0x370 && cp <= 0x3FF) || (cp >= 0x400 && cp <= 0x4FF) ||
           (cp >= 0x1E00 && cp <= 0x1EFF);
}

bool is_word_cp(char32_t cp) {
    if (cp < 0x80) return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA; // Latin-1 signs and punctuation
    // The alphabets from Latin-1 to Ethiopic and Cherokee, the common case, in one test: none of
    // the ranges below starts before U+1680.
    if (cp < 0x1680) return cp != 0xD7 && cp != 0xF7;
    // The spaces and invisibles from U+1680 up that the ranges below leave out (is_space_cp,
    // is_invisible_cp), tested directly: this runs for every non-ASCII character matched.
    if (cp == 0x1680 || cp == 0x180E || cp == 0xFEFF) return false;
    // Beyond the Basic Multilingual Plane only the CJK letters (ideographs from Extension B on, the
    // kana supplements): the rest there is emoji, symbols, private use and historic scripts.
    if (cp >= 0x10000) return is_cjk_cp(cp);
    // The symbols of the CJK blocks are no words either (cjk_script leaves them out): Ideographic
    // Description Characters, CJK Symbols and Punctuation, Kanbun and CJK Strokes, Enclosed CJK
    // Letters and Months and CJK Compatibility (㈱, ㍻), Yijing Hexagram Symbols.
    return !((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x2FF0 && cp <= 0x303F) ||
             (cp >= 0x3190 && cp <= 0x319F) || (cp >= 0x31C0 && cp <= 0x31EF) ||
             (cp >= 0x3200 && cp <= 0x33FF) || (cp >= 0x4DC0 && cp <= 0x4DFF) ||
             (cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
             (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
             (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) || cp >= 0xFFF0);
}

namespace {

enum class LetterCase { None, Upper, Lower };

// Where upper and lower case alternate by code point, in pairs that start at `first`.
LetterCase by_pair(char32_t cp, char32_t first) {
    return (cp - first) % 2 == 0 ? LetterCase::Upper : LetterCase::Lower;
}

// The case of a letter of the blocks is_upper_cp names. Ranges that hold no cased letters, or
// whose case follows no pattern (the start of Latin Extended-B, Greek's archaic letters), are
// None.
LetterCase letter_case(char32_t cp) {
    using enum LetterCase;
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') return Upper;
        return cp >= 'a' && cp <= 'z' ? Lower : None;
    }
    if (cp < 0x100) { // Latin-1 Supplement
        if (cp == 0xD7 || cp == 0xF7) return None;
        if (cp >= 0xC0 && cp <= 0xDE) return Upper;
        return cp >= 0xDF ? Lower : None;
    }
    if (cp < 0x180) { // Latin Extended-A: pairs, with ĸ ŉ ſ lower-case alone and Ÿ upper
        if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return Lower;
        if (cp == 0x178) return Upper;
        if (cp <= 0x137 || (cp >= 0x14A && cp <= 0x177)) return by_pair(cp, 0x100);
        return by_pair(cp, 0x139); // Ĺ..ň and Ź..ž start on an odd code point
    }
    if (cp < 0x250) { // Latin Extended-B: only its regular runs of pairs (Ǎ..ǜ, Ǟ..ǯ, Ǹ..ȳ)
        if (cp >= 0x1CD && cp <= 0x1DC) return by_pair(cp, 0x1CD);
        if ((cp >= 0x1DE && cp <= 0x1EF) || (cp >= 0x1F8 && cp <= 0x21F) ||
            (cp >= 0x222 && cp <= 0x233))
            return by_pair(cp, 0x1DE);
        return None;
    }
    if (cp >= 0x386 && cp <= 0x3CE) { // Greek: the modern alphabet with its accented letters
        if (cp == 0x386 || (cp >= 0x388 && cp <= 0x38F && cp != 0x38B && cp != 0x38D) ||
            (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2))
            return Upper;
        return cp == 0x390 || cp >= 0x3AC ? Lower : None;
    }
    if (cp >= 0x400 && cp <= 0x4FF) { // Cyrillic
        if (cp <= 0x42F) return Upper;
        if (cp <= 0x45F) return Lower;
        if (cp <= 0x481 || (cp >= 0x48A && cp <= 0x4BF) || cp >= 0x4D0) return by_pair(cp, 0x460);
        if (cp == 0x4C0) return Upper;
        if (cp >= 0x4C1 && cp <= 0x4CE) return by_pair(cp, 0x4C1);
        return cp == 0x4CF ? Lower : None;
    }
    if (cp >= 0x1E00 && cp <= 0x1EFF) { // Latin Extended Additional: pairs, ẖ..ẝ and ẟ lower
        if (cp == 0x1E9E) return Upper;
        if (cp >= 0x1E96 && cp <= 0x1E9F) return Lower;
        return by_pair(cp, 0x1E00);
    }
    return None;
}

} // namespace

bool is_upper_cp(char32_t cp) {
    return letter_case(cp) == LetterCase::Upper;
}

bool is_lower_cp(char32_t cp) {
    return letter_case(cp) == LetterCase::Lower;
}

} // namespace kg
