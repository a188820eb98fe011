// Sentence boundaries: abbreviations, initials, decimals, quotes, CJK punctuation, offsets.
#include "ingest/segment.hpp"

#include <gtest/gtest.h>

namespace kg::ingestion {
namespace {

std::vector<std::string> split(std::string_view text) {
    std::vector<std::string> out;
    for (const Span& s : split_sentences(text)) out.emplace_back(text.substr(s.start, s.size()));
    return out;
}

TEST(Segment, PlainSentences) {
    EXPECT_EQ(split("One here. Two there! Three? Four"),
              (std::vector<std::string>{"One here.", "Two there!", "Three?", "Four"}));
}

TEST(Segment, AbbreviationsDoNotEndSentences) {
    EXPECT_EQ(
        split("The U.S. and the U.N. met. Mr. Smith and Dr. Jones came on Jan. 5. They left."),
        (std::vector<std::string>{"The U.S. and the U.N. met.",
                                  "Mr. Smith and Dr. Jones came on Jan. 5.", "They left."}));
    EXPECT_EQ(
        split("Carla Freeman, Ph.D. Director, spoke. Then e.g. this."),
        (std::vector<std::string>{"Carla Freeman, Ph.D. Director, spoke.", "Then e.g. this."}));
}

TEST(Segment, DottedAbbreviationBeforeASentenceOpenerEndsTheSentence) {
    EXPECT_EQ(
        split("Tariffs were imposed by the U.S. The move angered the E.U. But U.N. "
              "officials and U.S. President Biden stayed calm. It was 9 a.m. In Oslo."),
        (std::vector<std::string>{"Tariffs were imposed by the U.S.", "The move angered the E.U.",
                                  "But U.N. officials and U.S. President Biden stayed calm.",
                                  "It was 9 a.m.", "In Oslo."}));
    // Words that only look like openers stay inside: "In-Q-Tel", "A.I.".
    EXPECT_EQ(split("Funds came from the U.S. In-Q-Tel fund and the U.K. A.I. institute."),
              (std::vector<std::string>{
                  "Funds came from the U.S. In-Q-Tel fund and the U.K. A.I. institute."}));
}

TEST(Segment, RanksTitlesAndArticleNumbers) {
    EXPECT_EQ(split("Brig. Gen. Ana Roe, Lt. Col. Bo Li and Amb. Jan Ek met Sen. Ray under Art. 5 "
                    "of the treaty. Ferdinand Marcos Sr. ruled. He left."),
              (std::vector<std::string>{"Brig. Gen. Ana Roe, Lt. Col. Bo Li and Amb. Jan Ek met "
                                        "Sen. Ray under Art. 5 of the treaty.",
                                        "Ferdinand Marcos Sr. ruled.", "He left."}));
}

TEST(Segment, InitialsDecimalsAndJoinedForms) {
    EXPECT_EQ(split("Andrew S. Weiss said growth was 3.5 percent. U.S.-China ties fell."),
              (std::vector<std::string>{"Andrew S. Weiss said growth was 3.5 percent.",
                                        "U.S.-China ties fell."}));
}

TEST(Segment, QuotesCloseTheSentence) {
    EXPECT_EQ(
        split(
            "They called it \u201Ccore interests.\u201D To that end, they met. \"Why?\" he asked."),
        (std::vector<std::string>{"They called it \u201Ccore interests.\u201D",
                                  "To that end, they met.", "\"Why?\" he asked."}));
}

TEST(Segment, LowercaseAfterStopContinues) {
    EXPECT_EQ(split("They act severally. because it matters."),
              (std::vector<std::string>{"They act severally. because it matters."}));
}

// Greek and Cyrillic case is exact: an accented lower-case letter (ό, U+03CC; ґ, U+0491) after a
// stop goes on with the sentence, an accented capital (Έ, U+0388) after "Inc." opens one.
TEST(Segment, GreekAndCyrillicCase) {
    EXPECT_EQ(split("Τα νέα ήρθαν. όμως δεν άλλαξε τίποτα."),
              (std::vector<std::string>{"Τα νέα ήρθαν. όμως δεν άλλαξε τίποτα."}));
    EXPECT_EQ(split("Вони прийшли. ґанок був порожній."),
              (std::vector<std::string>{"Вони прийшли. ґанок був порожній."}));
    EXPECT_EQ(split("Ρώτησαν την Example Inc. Έλληνες διπλωμάτες ήρθαν."),
              (std::vector<std::string>{"Ρώτησαν την Example Inc.", "Έλληνες διπλωμάτες ήρθαν."}));
    EXPECT_EQ(split("Они ушли. Дмитрий Песков остался."),
              (std::vector<std::string>{"Они ушли.", "Дмитрий Песков остался."}));
}

TEST(Segment, ChinesePunctuation) {
    EXPECT_EQ(
        split(
            "\u4E2D\u4FC4\u4F1A\u8C08\u3002\u53CC\u65B9\u540C\u610F\uFF01\u4E3A\u4EC0\u4E48\uFF1F"),
        (std::vector<std::string>{"\u4E2D\u4FC4\u4F1A\u8C08\u3002",
                                  "\u53CC\u65B9\u540C\u610F\uFF01", "\u4E3A\u4EC0\u4E48\uFF1F"}));
}

TEST(Segment, OtherScriptsSplitTheSameAtEveryAlignment) {
    // ASCII is skipped eight bytes at a time and other scripts a character at a time: the stops
    // found must not depend on where the text falls against those eight bytes.
    const std::string cyrillic =
        "\u041F\u0443\u0442\u0438\u043D \u043F\u0440\u0438\u0431\u044B\u043B. "
        "\u0412\u0441\u0442\u0440\u0435\u0447\u0430 \u043F\u0440\u043E\u0448\u043B\u0430! "
        "\u0414\u0430?";
    const std::string mixed =
        "He waited\u2026 Then \uD68C\uB2F4\u3002\uB2E4\uC74C \u4E2D\uFF01x\uFF61y";
    for (std::size_t pad = 0; pad < 9; ++pad) {
        const std::string spaces(pad, ' ');
        EXPECT_EQ(
            split(spaces + cyrillic),
            (std::vector<std::string>{
                "\u041F\u0443\u0442\u0438\u043D \u043F\u0440\u0438\u0431\u044B\u043B.",
                "\u0412\u0441\u0442\u0440\u0435\u0447\u0430 \u043F\u0440\u043E\u0448\u043B\u0430!",
                "\u0414\u0430?"}))
            << pad;
        EXPECT_EQ(split(spaces + mixed),
                  (std::vector<std::string>{"He waited\u2026", "Then \uD68C\uB2F4\u3002",
                                            "\uB2E4\uC74C \u4E2D\uFF01", "x\uFF61", "y"}))
            << pad;
    }
}

TEST(Segment, TimesAndCompanies) {
    EXPECT_EQ(split("They met at 3 p.m. He left. Example Inc. said no. Example Inc. The end."),
              (std::vector<std::string>{"They met at 3 p.m.", "He left.", "Example Inc. said no.",
                                        "Example Inc.", "The end."}));
}

TEST(Segment, OffsetsAreShiftedAndTrimmed) {
    const auto spans = split_sentences("  A b.  C d.  ", 100);
    ASSERT_EQ(spans.size(), 2u);
    EXPECT_EQ(spans[0], (Span{102, 106}));
    EXPECT_EQ(spans[1], (Span{108, 112}));
}

TEST(Segment, EmptyAndPunctuationOnly) {
    EXPECT_TRUE(split_sentences("").empty());
    EXPECT_TRUE(split_sentences("   ").empty());
    EXPECT_EQ(split("..."), (std::vector<std::string>{"..."}));
}

} // namespace
} // namespace kg::ingestion
