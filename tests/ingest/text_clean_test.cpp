// Inline cleanup: the fast runs give what the rule, read one character at a time, gives.
#include "common/utf8.hpp"
#include "ingest/text_clean.hpp"
#include "random_text.hpp"

#include <gtest/gtest.h>

#include <array>
#include <random>
#include <string>
#include <string_view>

namespace kg::ingestion {
namespace {

// The rule as written down, one character at a time: every kind of space becomes one space
// between two written characters, zero-width characters and controls go, an invalid byte
// becomes U+FFFD, every other character is copied.
std::string clean_one_by_one(std::string_view text) {
    std::string out;
    bool pending_space = false;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp;
        const std::size_t len = decode_utf8(text, i, cp);
        const bool invalid = cp == kReplacement && len == 1;
        if (!invalid && (cp == '\n' || is_space_cp(cp))) {
            pending_space = true;
        } else if (invalid || !(is_invisible_cp(cp) || cp < 0x20 || (cp >= 0x7F && cp < 0xA0))) {
            if (pending_space && !out.empty()) out += ' ';
            pending_space = false;
            if (invalid)
                append_utf8(out, kReplacement);
            else
                out.append(text.substr(i, len));
        }
        i += len;
    }
    return out;
}

// Pieces that meet every branch: words, each kind of space, invisibles, controls, non-ASCII
// letters of two, three and four bytes, U+FFFD itself, and malformed UTF-8 (a stray lead or
// continuation byte, a cut sequence, an overlong form, a surrogate, 0xFF).
constexpr std::array<std::string_view, 30> kPieces = {
    "Putin",  "met",    "a",        " ",        "  ",           "\t",           "\n",
    "\r",     "\u00A0", "\u2009",   "\u3000",   "\u200B",       "\u00AD",       "\uFEFF",
    "\x01",   "\x7F",   "\xC2\x85", "\xC2\x9F", "\u041C\u0438", "\u4E60\u8FD1", "\U0001F600",
    "\uFFFD", "\xFF",   "\x80",     "\xE4\xB8", "\xC0\xAF",     "\xED\xA0\x80", "\xF4\x90\x80\x80",
    ".",      "\u00E9"};

TEST(TextClean, RunsGiveTheSameTextAsTheRuleReadCharacterByCharacter) {
    std::mt19937 rng(20261208);
    for (int round = 0; round < 20000; ++round) {
        const std::string text = test::random_text(rng, round, kPieces, 24);
        const std::string expected = clean_one_by_one(text);
        ASSERT_EQ(clean_inline(text), expected)
            << "input bytes: " << ::testing::PrintToString(text);
        // Appending keeps what was there, and trims against the text's own start only.
        std::string appended = "kept ";
        append_clean_inline(appended, text);
        ASSERT_EQ(appended, "kept " + expected);
        ASSERT_EQ(first_invalid_utf8(expected), std::string_view::npos);
    }
}

TEST(TextClean, SpacesBesideNonAsciiAndAtTheEndsCollapse) {
    EXPECT_EQ(clean_inline(" \u041C\u0438  \u4E60 a\u00A0 b \xFF "),
              "\u041C\u0438 \u4E60 a b \uFFFD");
    EXPECT_EQ(clean_inline("a \u200B b"), "a b");
    EXPECT_EQ(clean_inline("a\u200Bb"), "ab");
    EXPECT_EQ(clean_inline("\xC2\x85x \xC2\x85 y"), "x y");
}

} // namespace
} // namespace kg::ingestion
