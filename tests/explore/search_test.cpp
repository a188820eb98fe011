// Autocomplete ranking, accent folding, typos, and passage search.
#include "common/text_fold.hpp"
#include "explore/search.hpp"
#include "filter/fixture_corpus.hpp"

#include <gtest/gtest.h>

namespace kg {
namespace {

class SearchTest : public ::testing::Test {
  protected:
    Corpus corpus = test::fixture_corpus();
    EntitySearch search{corpus};

    std::string first(std::string_view q) {
        const auto hits = search.find(q);
        return hits.empty() ? std::string("<none>") : corpus.entities[hits.front().entity].id;
    }
};

TEST(TextFold, LowersAndStripsLatinAccentsWithOffsets) {
    std::vector<std::uint32_t> origin;
    EXPECT_EQ(fold_for_search("Nicolás MADURO", &origin), "nicolas maduro");
    EXPECT_EQ(origin[5], 5u); // 'a' from the two bytes of 'á'
    EXPECT_EQ(origin[6], 7u); // 's' after it
    EXPECT_EQ(origin.back(), 15u);
    EXPECT_EQ(fold_for_search("Straße Œuvre Łódź"), "strasse oeuvre lodz");
    EXPECT_EQ(fold_for_search("Ștefan Țiriac"), "stefan tiriac");
    EXPECT_EQ(fold_for_search("\xff\xfe"), "\xff\xfe") << "invalid UTF-8 passes through";
}

// A passage hit shows the words around the match, not the start of a long sentence.
TEST(PassageContext, KeepsWholeWordsAroundTheMatchAndShortSentencesWhole) {
    const std::string text = "Intro. " + std::string(200, 'a') +
                             " far words before the Arctic route opens "
                             "and then " +
                             std::string(200, 'b') + " end.";
    const Span sentence{7, std::uint32_t(text.size())};
    const std::uint32_t at = std::uint32_t(text.find("Arctic"));
    const Span match{at, at + 6};
    const Span c = passage_context(text, sentence, match, 30);
    const std::string_view shown = std::string_view(text).substr(c.start, c.size());
    EXPECT_NE(shown.find("Arctic"), std::string_view::npos);
    EXPECT_LE(c.size(), 6u + 2 * 30);
    EXPECT_EQ(shown.front(), 'f') << shown; // "far", a whole word
    EXPECT_EQ(shown.substr(shown.size() - 4), "then") << shown;
    const Span whole = passage_context(text, {0, 6}, {0, 5}, 30);
    EXPECT_EQ(whole, (Span{0, 6}));
    // Out-of-range spans are clamped, never read past the text.
    const Span odd = passage_context(text, {5, 999999}, {999990, 999999}, 30);
    EXPECT_LE(odd.end, text.size());
}

TEST(EditDistance, CountsTranspositionsOnceAndCaps) {
    EXPECT_EQ(edit_distance("lavorv", "lavrov", 2), 1u);
    EXPECT_EQ(edit_distance("kitten", "sitting", 5), 3u);
    EXPECT_EQ(edit_distance("abc", "xyzxyz", 1), 2u) << "capped at cap + 1";
}

TEST_F(SearchTest, ExactAliasBeatsEverything) {
    const auto hits = search.find("SCO");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(corpus.entities[hits[0].entity].id, "sco");
    EXPECT_EQ(hits[0].kind, MatchKind::Exact);
    EXPECT_EQ(hits[0].matched, "SCO");
}

TEST_F(SearchTest, ExactThenPrefixThenWordPrefix) {
    const auto hits = search.find("lavrov");
    ASSERT_GE(hits.size(), 2u);
    EXPECT_EQ(corpus.entities[hits[0].entity].id, "lavrov");
    EXPECT_EQ(hits[0].kind, MatchKind::Exact);
    EXPECT_EQ(corpus.entities[hits[1].entity].id, "sergey-lavrov");
    EXPECT_EQ(hits[1].kind, MatchKind::WordPrefix);
    EXPECT_EQ(search.find("chi").front().kind, MatchKind::Prefix);
}

TEST_F(SearchTest, AliasesCaseAndAccents) {
    EXPECT_EQ(first("sergei"), "sergey-lavrov");
    EXPECT_EQ(first("SERGEI LAVROV"), "sergey-lavrov");
    EXPECT_EQ(first("nicolas"), "nicolas-maduro");
    EXPECT_EQ(first("Nicolás"), "nicolas-maduro");
    EXPECT_EQ(first("moscow"), "russia");
    EXPECT_EQ(first("  xi   jinping "), "xi-jinping");
}

// "the Kremlin", "The Moscow" and "moscow" are one name to an analyst: a leading "the" is
// ignored in the query and in the names, with any case.
TEST_F(SearchTest, ALeadingTheIsIgnoredInQueriesAndNames) {
    EXPECT_EQ(first("the moscow"), "russia");
    EXPECT_EQ(first("The MOSCOW"), "russia");
    EXPECT_EQ(first("moscow"), "russia");
}

TEST_F(SearchTest, TyposAndSubsequences) {
    const auto hits = search.find("lavorv");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits[0].kind, MatchKind::Typo);
    EXPECT_EQ(corpus.entities[hits[0].entity].id, "lavrov")
        << "exact-length typo ranks the short name first";
    EXPECT_EQ(first("untd sts"), "united-states");
    EXPECT_EQ(search.find("untd sts").front().kind, MatchKind::Subsequence);
    EXPECT_EQ(first("sco"), "sco");
    EXPECT_TRUE(search.find("qqq").empty());
    EXPECT_TRUE(search.find("   ").empty());
}

TEST_F(SearchTest, ShortQueriesDoNotMatchByTypo) {
    for (const EntityMatch& m : search.find("irn")) EXPECT_NE(m.kind, MatchKind::Typo);
}

TEST_F(SearchTest, LimitAndDeterministicOrder) {
    EXPECT_EQ(search.find("s", 3).size(), 3u);
    EXPECT_EQ(search.find("r", 50).size(), search.find("r", 50).size());
    const auto a = search.find("s"), b = search.find("s");
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].entity, b[i].entity);
}

TEST_F(SearchTest, PassagesReturnSentencesAndMatchSpans) {
    const PassageSearch passages(corpus);
    const auto hits = passages.find("RUSSIA");
    // a.txt: sentences 0 and 2; b.txt: 1; c.txt: 0 and 1.
    ASSERT_EQ(hits.size(), 5u);
    for (const PassageMatch& h : hits) {
        const Document& d = corpus.documents[h.doc];
        EXPECT_EQ(d.slice(h.match), "Russia");
        EXPECT_LE(h.sentence.start, h.match.start);
        EXPECT_GE(h.sentence.end, h.match.end);
    }
    EXPECT_EQ(corpus.documents[hits[0].doc].slice(hits[0].sentence),
              "China and Russia held joint exercises in the Arctic.");
}

TEST_F(SearchTest, PassageSearchIsAccentInsensitiveAndMapsBytesBack) {
    const PassageSearch passages(corpus);
    const auto hits = passages.find("nicolas maduro");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(corpus.documents[hits[0].doc].slice(hits[0].match), "Nicolás Maduro");
    EXPECT_EQ(passages.find("joint exercises in the").size(), 1u);
    EXPECT_TRUE(passages.find("nowhere to be found").empty());
    EXPECT_EQ(passages.find("the", 2).size(), 2u);
}

} // namespace
} // namespace kg
