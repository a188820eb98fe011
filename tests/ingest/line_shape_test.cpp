// Line shapes: the eight-byte path counts what the rule, read one character at a time, counts.
#include "common/utf8.hpp"
#include "ingest/line_shape.hpp"
#include "random_text.hpp"

#include <gtest/gtest.h>

#include <array>
#include <random>
#include <string>
#include <string_view>

namespace kg::ingestion {
namespace {

// The rule as written down, one code point at a time.
LineShape measure_one_by_one(std::string_view text) {
    LineShape s;
    bool in_word = false, first = true;
    char32_t before_closers = 0;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp;
        i += decode_utf8(text, i, cp);
        if (cp < 0x80) {
            s.letters += (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
            s.has_digit |= cp >= '0' && cp <= '9';
        } else if (is_alpha_cp(cp)) {
            ++s.letters;
        } else if (is_cjk_cp(cp)) {
            ++s.cjk;
        } else if (is_word_cp(cp)) {
            ++s.other;
        }
        ++s.chars;
        if (cp == ' ') {
            in_word = false;
        } else {
            s.words += !in_word;
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

constexpr std::array<std::string_view, 28> kPieces = {"Putin",
                                                      "met",
                                                      "a",
                                                      "Z",
                                                      " ",
                                                      "  ",
                                                      "1990",
                                                      "x9",
                                                      ".",
                                                      "!",
                                                      "?",
                                                      "\"",
                                                      "'",
                                                      ")",
                                                      "(",
                                                      "@[`{",
                                                      "\t",
                                                      "\u201D",
                                                      "\u2019",
                                                      "\u3002",
                                                      "\u2026",
                                                      "\u041C\u0438",
                                                      "\u4E60\u8FD1",
                                                      "\u00E9",
                                                      "\xFF",
                                                      "\xE4\xB8",
                                                      "\xC0\xAF",
                                                      "\U0001F600"};

void expect_same(const LineShape& a, const LineShape& b, const std::string& text) {
    const std::string where = ::testing::PrintToString(text);
    ASSERT_EQ(a.words, b.words) << where;
    ASSERT_EQ(a.letters, b.letters) << where;
    ASSERT_EQ(a.cjk, b.cjk) << where;
    ASSERT_EQ(a.other, b.other) << where;
    ASSERT_EQ(a.chars, b.chars) << where;
    ASSERT_EQ(a.sentence_end, b.sentence_end) << where;
    ASSERT_EQ(a.first_upper, b.first_upper) << where;
    ASSERT_EQ(a.has_digit, b.has_digit) << where;
}

TEST(LineShape, EightBytesAtATimeCountWhatTheRuleCounts) {
    std::mt19937 rng(8122026);
    for (int round = 0; round < 20000; ++round) {
        const std::string text = test::random_text(rng, round, kPieces, 40);
        expect_same(measure(text), measure_one_by_one(text), text);
    }
}

TEST(LineShape, CountsOfAPlainSentence) {
    const LineShape s = measure("The 2 ministers met in Geneva on Monday (\"again\").");
    EXPECT_EQ(s.words, 9u);
    EXPECT_EQ(s.letters, 36u);
    EXPECT_EQ(s.chars, 50u);
    EXPECT_TRUE(s.sentence_end);
    EXPECT_TRUE(s.first_upper);
    EXPECT_TRUE(s.has_digit);
}

} // namespace
} // namespace kg::ingestion
