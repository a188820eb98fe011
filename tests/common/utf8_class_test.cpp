// The code point classes of common/utf8 that the matchers, ingest and export share: CJK scripts
// by Unicode block, display width, and letter case across Latin, Greek and Cyrillic; validation.
#include "common/utf8.hpp"
#include "random_text.hpp"

#include <gtest/gtest.h>

#include <array>
#include <random>
#include <string>
#include <string_view>

namespace kg {
namespace {

char32_t first_cp(std::string_view s) {
    char32_t cp;
    decode_utf8(s, 0, cp);
    return cp;
}

TEST(CjkScript, KanaHangulAndIdeographsOfEveryPlane) {
    EXPECT_EQ(cjk_script(first_cp("あ")), CjkScript::Kana);
    EXPECT_EQ(cjk_script(first_cp("カ")), CjkScript::Kana);
    EXPECT_EQ(cjk_script(first_cp("ｶ")), CjkScript::Kana);  // half-width katakana
    EXPECT_EQ(cjk_script(first_cp("ㇰ")), CjkScript::Kana); // Katakana Phonetic Extensions
    EXPECT_EQ(cjk_script(first_cp("한")), CjkScript::Hangul);
    EXPECT_EQ(cjk_script(first_cp("\u1100")), CjkScript::Hangul); // conjoining jamo
    EXPECT_EQ(cjk_script(first_cp("ㄱ")), CjkScript::Hangul);     // compatibility jamo
    EXPECT_EQ(cjk_script(first_cp("中")), CjkScript::Han);
    EXPECT_EQ(cjk_script(first_cp("㐀")), CjkScript::Han);         // Extension A
    EXPECT_EQ(cjk_script(first_cp("\U00020BB7")), CjkScript::Han); // 𠮷, Extension B
    EXPECT_EQ(cjk_script(first_cp("\U00030000")), CjkScript::Han); // Extension G
    EXPECT_EQ(cjk_script(first_cp("ㄅ")), CjkScript::Han);         // Bopomofo
    EXPECT_TRUE(is_cjk_cp(first_cp("\U00020BB7")));
}

TEST(CjkScript, SymbolsAndPunctuationOfTheCjkBlocksAreNoLetters) {
    for (std::string_view s : {"。", "「", "、", "々", "㈱", "㍻", "䷀", "！", "Ａ"})
        EXPECT_FALSE(is_cjk_cp(first_cp(s))) << s;
    for (std::string_view s : {"A", "é", "Ж", "Ω", "ก"}) EXPECT_FALSE(is_cjk_cp(first_cp(s))) << s;
}

TEST(CjkScript, LettersAreWordCharactersSymbolsAreNot) {
    for (std::string_view s : {"あ", "ｶ", "한", "中", "\U00020BB7", "ㄅ"})
        EXPECT_TRUE(is_word_cp(first_cp(s))) << s;
    for (std::string_view s : {"。", "㈱", "㍻", "䷀", "⿰", "㇀"})
        EXPECT_FALSE(is_word_cp(first_cp(s))) << s;
}

TEST(CjkScript, ReplacementAndMalformedBytesAreNone) {
    EXPECT_EQ(cjk_script(kReplacement), CjkScript::None);
    // A lead byte of a three-byte sequence cut short decodes to U+FFFD.
    EXPECT_FALSE(is_cjk_cp(first_cp("\xE4\xB8")));
    EXPECT_FALSE(is_cjk_cp(first_cp("\xED\xA0\x80"))); // a surrogate
}

TEST(WideCp, DisplayWidthIsNotScript) {
    EXPECT_TRUE(is_wide_cp(first_cp("中")));
    EXPECT_TRUE(is_wide_cp(first_cp("。"))); // wide, yet no CJK letter
    EXPECT_TRUE(is_wide_cp(first_cp("Ａ")));
    EXPECT_FALSE(is_wide_cp(first_cp("ｶ"))); // a CJK letter, yet narrow
    EXPECT_FALSE(is_wide_cp(first_cp("A")));
    EXPECT_FALSE(is_wide_cp(kReplacement));
}

TEST(LetterCase, LatinOneAndExtendedA) {
    EXPECT_TRUE(is_upper_cp(first_cp("É")));
    EXPECT_TRUE(is_lower_cp(first_cp("é")));
    EXPECT_FALSE(is_upper_cp(first_cp("×")));
    EXPECT_FALSE(is_lower_cp(first_cp("÷")));
    // Pairs start on an even code point, except Ĺ..ň and Ź..ž, which start on an odd one.
    for (std::string_view s : {"Ā", "Č", "Ł", "Ń", "Ő", "Š", "Ÿ", "Ź", "Ż", "Ž", "İ"}) {
        EXPECT_TRUE(is_upper_cp(first_cp(s))) << s;
        EXPECT_FALSE(is_lower_cp(first_cp(s))) << s;
    }
    for (std::string_view s : {"ā", "č", "ł", "ń", "ő", "š", "ź", "ż", "ž", "ı", "ĸ", "ŉ", "ſ"}) {
        EXPECT_TRUE(is_lower_cp(first_cp(s))) << s;
        EXPECT_FALSE(is_upper_cp(first_cp(s))) << s;
    }
}

TEST(LetterCase, ExtendedBAndExtendedAdditional) {
    EXPECT_TRUE(is_upper_cp(first_cp("Ș"))); // Romanian
    EXPECT_TRUE(is_lower_cp(first_cp("ț")));
    EXPECT_TRUE(is_upper_cp(first_cp("Ǎ")));
    EXPECT_TRUE(is_lower_cp(first_cp("ǎ")));
    EXPECT_TRUE(is_upper_cp(first_cp("Ạ"))); // Vietnamese
    EXPECT_TRUE(is_lower_cp(first_cp("ễ")));
    EXPECT_TRUE(is_upper_cp(first_cp("ẞ")));
    EXPECT_TRUE(is_lower_cp(first_cp("ẖ")));
}

TEST(LetterCase, GreekWithAccents) {
    for (std::string_view s : {"Α", "Ω", "Ά", "Έ", "Ή", "Ώ", "Ϊ"}) {
        EXPECT_TRUE(is_upper_cp(first_cp(s))) << s;
        EXPECT_FALSE(is_lower_cp(first_cp(s))) << s;
    }
    for (std::string_view s : {"α", "ω", "ς", "ά", "ώ", "ΐ", "ϋ"}) {
        EXPECT_TRUE(is_lower_cp(first_cp(s))) << s;
        EXPECT_FALSE(is_upper_cp(first_cp(s))) << s;
    }
    EXPECT_FALSE(is_upper_cp(0x3A2)); // unassigned, between Ρ and Σ
    EXPECT_FALSE(is_upper_cp(first_cp("·")));
}

TEST(LetterCase, CyrillicWithItsExtensions) {
    for (std::string_view s : {"А", "Я", "Ё", "Ї", "Ґ", "Ә", "Ӂ", "Ӏ"}) {
        EXPECT_TRUE(is_upper_cp(first_cp(s))) << s;
        EXPECT_FALSE(is_lower_cp(first_cp(s))) << s;
    }
    for (std::string_view s : {"а", "я", "ё", "ї", "ґ", "ә", "ӂ", "ӏ"}) {
        EXPECT_TRUE(is_lower_cp(first_cp(s))) << s;
        EXPECT_FALSE(is_upper_cp(first_cp(s))) << s;
    }
    EXPECT_FALSE(is_upper_cp(first_cp("҂"))); // a sign, no letter
}

TEST(LetterCase, UncasedReplacementAndMalformed) {
    for (char32_t cp : {char32_t('1'), char32_t(' '), kReplacement, first_cp("中"), first_cp("한"),
                        first_cp("ª")}) {
        EXPECT_FALSE(is_upper_cp(cp)) << unsigned(cp);
        EXPECT_FALSE(is_lower_cp(cp)) << unsigned(cp);
    }
    EXPECT_FALSE(is_upper_cp(first_cp("\xC3")));     // a lone lead byte of "É"
    EXPECT_FALSE(is_upper_cp(first_cp("\xC0\x80"))); // an overlong NUL
}

// Validation read one sequence at a time, with no eight-byte or two-byte shortcut.
std::size_t first_invalid_one_by_one(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = utf8_sequence_length(s, i);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

TEST(Utf8Validation, ShortcutsFindTheFirstInvalidByteWhereTheSequenceReadFindsIt) {
    // ASCII, characters of two, three and four bytes, and the ways a sequence goes wrong: a
    // stray continuation or lead byte, a cut sequence, overlong forms (C0, C1, E0 80, F0 80), a
    // surrogate, a value past U+10FFFF, F5 and FF.
    constexpr std::array<std::string_view, 20> pieces = {"a",
                                                         "Putin met ",
                                                         "\u00E9",
                                                         "\u041C\u0438",
                                                         "\u4E60",
                                                         "\U0001F600",
                                                         "\x80",
                                                         "\xBF",
                                                         "\xC3",
                                                         "\xE4\xB8",
                                                         "\xF0\x9F\x98",
                                                         "\xC0\xAF",
                                                         "\xC1\xBF",
                                                         "\xE0\x80\xAF",
                                                         "\xF0\x80\x80\xAF",
                                                         "\xED\xA0\x80",
                                                         "\xF4\x90\x80\x80",
                                                         "\xF5",
                                                         "\xFF",
                                                         "12345678"};
    std::mt19937 rng(20261208);
    for (int round = 0; round < 20000; ++round) {
        // Mostly valid text (a bad piece now and then), or raw bytes.
        const std::string text = test::random_text(rng, round, pieces, 30, [&](std::size_t p) {
            return p < 6 || p == 19 || rng() % 8 == 0;
        });
        ASSERT_EQ(first_invalid_utf8(text), first_invalid_one_by_one(text))
            << ::testing::PrintToString(text);
    }
}

} // namespace
} // namespace kg
