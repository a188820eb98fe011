// Descriptions that stand for the organization or state named just before them: "the company",
// "the ministry", "Its chief executive" (org_reference.hpp).
#include "extract/extract.hpp"
#include "simple_document.hpp"

#include <gtest/gtest.h>

namespace kg {
namespace {

using test::entity;
using test::extract_text;
using test::linked_by_text;
using test::mention_texts;
using V = std::vector<std::string>;

TEST(OrgReference, ItsBeforeATitleIsTheBodyOfTheSentenceBefore) {
    Corpus c =
        extract_text("The Wilson Center opened an office in Delhi. Its director, Ana Roe, met "
                     "India's envoy.");
    EXPECT_EQ(mention_texts(c, "wilson-center"), (V{"Wilson Center", "Its"}));
    EXPECT_TRUE(linked_by_text(c, "wilson-center", "india"));
}

TEST(OrgReference, ItsInsideASentenceIsItsFirstBodyOrState) {
    Corpus c =
        extract_text("The SCO, a bloc led by China and Russia, met, and its secretary spoke to the "
                     "United States.");
    EXPECT_EQ(mention_texts(c, "sco"), (V{"SCO", "its"}));
}

TEST(OrgReference, ItsBeforeATieOfTheBody) {
    Corpus c =
        extract_text("Tarnet Energy, the state company, stopped work. Its partners include India's "
                     "Orvex Holdings.");
    EXPECT_EQ(mention_texts(c, "tarnet-energy"), (V{"Tarnet Energy", "Its"}));
}

TEST(OrgReference, ItsWithNoTitleAfterItStaysUnresolved) {
    Corpus c =
        extract_text("The Wilson Center opened an office. Its budget grew with India's help.");
    EXPECT_EQ(mention_texts(c, "wilson-center"), (V{"Wilson Center"}));
}

TEST(OrgReference, TheCompanyIsTheFirstCompanyOfTheSentenceBefore) {
    Corpus c =
        extract_text("Tarnet Energy, the state company, is owned by Orvex Holdings, the Russian "
                     "firm. The company's chief executive flew to China. U.S. sanctions on the "
                     "company followed.");
    EXPECT_EQ(mention_texts(c, "tarnet-energy"),
              (V{"Tarnet Energy", "The company", "the company"}));
    EXPECT_TRUE(linked_by_text(c, "tarnet-energy", "china"));
    EXPECT_TRUE(linked_by_text(c, "tarnet-energy", "united-states"));
}

TEST(OrgReference, TheMinistryNeedsAMinistryAndTheForumAForum) {
    Corpus c =
        extract_text("The Eurasian Trade Ministry summoned the envoy. The ministry then blamed "
                     "India. The Wilson Center met too. The forum was closed.");
    EXPECT_EQ(mention_texts(c, "eurasian-trade-ministry"),
              (V{"Eurasian Trade Ministry", "The ministry"}));
    EXPECT_TRUE(linked_by_text(c, "eurasian-trade-ministry", "india"));
    EXPECT_EQ(mention_texts(c, "wilson-center"), (V{"Wilson Center"})); // no forum named
}

TEST(OrgReference, APluralOrAnOfPhraseIsNoBodyNamedBefore) {
    Corpus c =
        extract_text("Tarnet Energy, the state company, grew. The companies merged. The group of "
                     "seven objected.");
    EXPECT_EQ(mention_texts(c, "tarnet-energy"), (V{"Tarnet Energy"}));
}

TEST(OrgReference, TooFarBackIsNoReference) {
    Corpus c =
        extract_text("Tarnet Energy, the state company, grew. India paid. China waited. Russia "
                     "left. The company shrank.");
    EXPECT_EQ(mention_texts(c, "tarnet-energy"), (V{"Tarnet Energy"}));
}

} // namespace
} // namespace kg
