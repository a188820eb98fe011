// Each boilerplate rule on small hand-made inputs (the phrase list is given, not read from disk,
// except where the shipped list itself is under test).
#include "ingest/boilerplate.hpp"
#include "ingest/chrome_phrases.hpp"
#include "ingest/plain_text.hpp"

#include <gtest/gtest.h>

#include <random>

namespace kg::ingestion {
namespace {

const char* kPhrases = R"(# test list
[line]
share
read more
[prefix]
copyright
[contains]
all rights reserved
[short]
global edition
[tail]
related articles
most viewed
[bio]
the author is
[credit]
photo
afp
getty
pool
via
images
)";

const std::string kProse =
    "The two presidents met in the capital on Monday and agreed to deepen their "
    "cooperation on energy, trade and security over the coming years.";

std::vector<std::string> clean(const std::string& text, std::string* card = nullptr) {
    const auto r = remove_boilerplate(plain_text_to_blocks(text), parse_chrome_phrases(kPhrases));
    if (card) *card = r.card_name;
    std::vector<std::string> out;
    for (const auto& b : r.blocks) out.push_back(b.text);
    return out;
}

TEST(ChromePhrases, ParsesSectionsAndNormalizes) {
    const auto p = parse_chrome_phrases(kPhrases);
    EXPECT_TRUE(p.loaded);
    EXPECT_EQ(p.line, (std::vector<std::string>{"share", "read more"}));
    EXPECT_EQ(p.tail.size(), 2u);
    EXPECT_EQ(match_key("  Read More \u00BB "), "read more");
    EXPECT_EQ(match_key("Don\u2019t \u201CQuote\u201D Caf\u00E9"), "dont quote caf\u00E9");
    EXPECT_EQ(match_key("Most Viewed: (24h)"), "most viewed 24h");
}

TEST(ChromePhrases, ShippedListLoads) {
    const auto& p = default_chrome_phrases();
    EXPECT_TRUE(p.loaded);
    EXPECT_FALSE(p.tail.empty());
    EXPECT_FALSE(p.credit.empty());
}

// The one-pass search answers what lower-casing the text and finding each needle answers, over
// random text of pieces that start and end needles, upper case, non-ASCII and malformed UTF-8:
// needles of one to three bytes, needles that share their first two or four bytes, a needle
// with a byte that lower case never has (never found).
TEST(ChromePhrases, NeedleSetFindsWhatFindFinds) {
    const std::vector<std::string> needles = {"all rights reserved",
                                              "all",
                                              "re",
                                              "red",
                                              "reserved",
                                              "rest of",
                                              "u.s.",
                                              "x",
                                              "\xE4\xB8\xAD\xE6\x96\x87",
                                              "caf\xC3\xA9",
                                              "Upper",
                                              "in",
                                              "inside"};
    const std::string pieces[] = {
        "All", "all",      " ",    "rights", "RESERVED",     "reserved",
        "re",  "R",        "d",    "rest",   " of",          "U.S.",
        "u.s", ".",        "X",    "x",      "\xE4\xB8\xAD", "\xE6\x96\x87",
        "caf", "\xC3\xA9", "\xC3", "\xFF",   "Upper",        "upper",
        "In",  "side",     "q"};
    std::mt19937 rng(7);
    for (int set = 0; set < 300; ++set) {
        std::vector<std::string> some;
        for (const std::string& n : needles)
            if (rng() % 3 == 0) some.push_back(n);
        const NeedleSet found(some);
        for (int n = 0; n < 200; ++n) {
            std::string text;
            const int len = int(rng() % 12);
            for (int k = 0; k < len; ++k) text += pieces[rng() % std::size(pieces)];
            std::string lower = text;
            for (char& c : lower)
                if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
            bool expected = false;
            for (const std::string& needle : some)
                expected = expected || lower.find(needle) != std::string::npos;
            EXPECT_EQ(found.found_in(text), expected) << text;
        }
    }
}

TEST(Boilerplate, PhraseLinesGo) {
    EXPECT_EQ(clean("Global Edition ASIA\n\nShare\n\n" + kProse +
                    "\n\nRead more \u00BB\n\n"
                    "Copyright 2024 Example Co.\n\nText here. All rights reserved.\n"),
              (std::vector<std::string>{kProse}));
}

TEST(Boilerplate, ShortPhraseDoesNotRemoveASentence) {
    const std::string sentence =
        "The paper's global edition carried the interview on its front page.";
    EXPECT_EQ(clean(sentence + "\n"), (std::vector<std::string>{sentence}));
}

TEST(Boilerplate, BreadcrumbsGo) {
    EXPECT_EQ(clean("Home / World / Asia\n\nNews > Politics > Europe > Russia\n\n" + kProse + "\n"),
              (std::vector<std::string>{kProse}));
    // One slash in a heading is not a breadcrumb.
    EXPECT_EQ(clean("Trade / Investment\n\n" + kProse + "\n").size(), 2u);
}

TEST(Boilerplate, PhotoCreditsGoAndCaptionsStayMarked) {
    const auto r = remove_boilerplate(
        plain_text_to_blocks(
            "Getty Images/AFP\n\nThe minister visits a plant in the north, May 1, 2020. "
            "(Jane Roe/Pool via Example Times)\n\nA caption. [Photo/AFP]\n\n" +
            kProse + "\n"),
        parse_chrome_phrases(kPhrases));
    ASSERT_EQ(r.blocks.size(), 3u);
    EXPECT_EQ(r.blocks[0].text, "The minister visits a plant in the north, May 1, 2020.");
    EXPECT_EQ(r.blocks[0].role, BlockRole::Caption);
    EXPECT_EQ(r.blocks[1].text, "A caption.");
    EXPECT_EQ(r.blocks[1].role, BlockRole::Caption);
    EXPECT_EQ(r.blocks[2].role, BlockRole::Text);
}

TEST(Boilerplate, ParenthesesThatAreNotCreditsStay) {
    const std::string text = "Both powers sent aid to Damascus (although Moscow's aid was larger).";
    EXPECT_EQ(clean(text + "\n"), (std::vector<std::string>{text}));
}

TEST(Boilerplate, ConsecutiveDuplicatesMerge) {
    EXPECT_EQ(clean("A caption twice. (Photo/AFP)\nA caption twice. (Photo/AFP)\n\n" + kProse +
                    "\n\n" + kProse + "\n"),
              (std::vector<std::string>{"A caption twice.", kProse}));
}

TEST(Boilerplate, BiosGo) {
    EXPECT_EQ(clean(kProse + "\n\nThe author is a senior fellow at an institute.\n"),
              (std::vector<std::string>{kProse}));
}

TEST(Boilerplate, TrailingBoxIsCutAfterTheArticle) {
    const std::string teaser =
        "Another article about Thailand and Laos that this page links to, with "
        "a teaser of two sentences. It names people the article never mentions.";
    EXPECT_EQ(clean(kProse + "\n\n" + kProse + " Again.\n\nRelated Articles\n\n" + teaser + "\n\n" +
                    teaser + " More.\n"),
              (std::vector<std::string>{kProse, kProse + " Again."}));
}

TEST(Boilerplate, TailMarkerAtTheTopOnlyDropsItsLine) {
    // A "Most Viewed" box before the article must not cut the article away.
    EXPECT_EQ(clean("Most Viewed\n\n" + kProse + "\n\n" + kProse + " Two.\n"),
              (std::vector<std::string>{kProse, kProse + " Two."}));
}

TEST(Boilerplate, PersonCardIsCutAndItsNameKept) {
    std::string card;
    const auto out =
        clean(kProse + "\n\n" + kProse +
                  " More.\n\nJane Roe image\n\nJane Roe\n\n"
                  "Director, Some Institute\n\nJane Roe has served as a diplomat in three "
                  "capitals and writes widely on foreign affairs.\n",
              &card);
    EXPECT_EQ(out, (std::vector<std::string>{kProse, kProse + " More."}));
    EXPECT_EQ(card, "Jane Roe");
}

TEST(Boilerplate, ForeignScriptBlockOnAnEnglishPageGoes) {
    const std::string bio = "\u6CD5\u56FD\u91CC\u6602\u5546\u5B66\u9662\u9AD8\u7EA7\u987E\u95EE";
    EXPECT_EQ(clean(bio + "\n\n" + kProse + "\n\n" + kProse + " Two.\n"),
              (std::vector<std::string>{kProse, kProse + " Two."}));
}

TEST(Boilerplate, ForeignScriptParagraphInsideTheArticleStays) {
    // A quote in Chinese between two paragraphs of English prose is article text;
    // the same block after the prose (a bio) still goes.
    const std::string zh = "\u4E60\u8FD1\u5E73\u540C\u666E\u4EAC\u4E3E\u884C\u4F1A\u8C08\uFF0C"
                           "\u53CC\u65B9\u540C\u610F\u6DF1\u5316\u5408\u4F5C\u3002";
    EXPECT_EQ(clean(kProse + "\n\n" + zh + "\n\n" + kProse + " Two.\n"),
              (std::vector<std::string>{kProse, zh, kProse + " Two."}));
    EXPECT_EQ(clean(kProse + "\n\n" + kProse + " Two.\n\n" + zh + "\n"),
              (std::vector<std::string>{kProse, kProse + " Two."}));
}

TEST(Boilerplate, ChineseArticleKeepsItsChinese) {
    const std::string zh =
        "\u4E2D\u4FC4\u4E24\u56FD\u5143\u9996\u5728\u5317\u4EAC\u4F1A\u6668\uFF0C"
        "\u53CC\u65B9\u540C\u610F\u6DF1\u5316\u80FD\u6E90\u5408\u4F5C\u3002";
    EXPECT_EQ(clean(zh + "\n"), (std::vector<std::string>{zh}));
}

TEST(Boilerplate, LinkDenseBlocksGo) {
    Blocks blocks(2);
    blocks[0].text = "World Politics Business Opinion Video";
    blocks[0].link_chars = 30;
    blocks[1].text = kProse;
    blocks[1].link_chars = 12; // a paragraph with one link stays
    const auto r = remove_boilerplate(blocks, parse_chrome_phrases(kPhrases));
    ASSERT_EQ(r.blocks.size(), 1u);
    EXPECT_EQ(r.blocks[0].text, kProse);
}

TEST(Boilerplate, ImageAltTextGoes) {
    EXPECT_EQ(clean("Robert Roe image\n\n" + kProse + "\n"), (std::vector<std::string>{kProse}));
}

TEST(Boilerplate, CreditDetection) {
    const auto p = parse_chrome_phrases(kPhrases);
    EXPECT_TRUE(is_credit_text("Photo/Xinhua", p));
    EXPECT_TRUE(is_credit_text("Mark Roe/Pool via The Example Times", p));
    EXPECT_TRUE(is_credit_text("AFP", p));
    EXPECT_FALSE(is_credit_text("although Moscow's aid was more high-profile", p));
    EXPECT_FALSE(is_credit_text("U.S./China", p));
    EXPECT_EQ(strip_trailing_credit("Caption here. [Photo/AFP]", p), 13u);
    EXPECT_EQ(strip_trailing_credit("No credit (at all)", p), std::string_view::npos);
}

} // namespace
} // namespace kg::ingestion
