// An office title before an official's name stands for the state the official serves
// (office_title.hpp).
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

TEST(OfficeTitle, TitleBeforeALeaderIsTheStateTheyServe) {
    Corpus c = extract_text("Russia and India signed a gas deal. Foreign Minister Sergey Lavrov "
                            "praised it in a speech.");
    EXPECT_EQ(mention_texts(c, "russia"), (V{"Russia", "Foreign Minister"}));
    EXPECT_TRUE(linked_by_text(c, "sergey-lavrov", "russia"));
}

TEST(OfficeTitle, TheStateTakesPartInTheSentencesOtherPairs) {
    Corpus c = extract_text("Russia opened a consulate in Mumbai. President Putin later visited "
                            "China.");
    EXPECT_TRUE(linked_by_text(c, "russia", "china"));
}

TEST(OfficeTitle, AStateNamedInTheSentenceIsNotAddedAgain) {
    Corpus c = extract_text("Russia signed the deal. Russian President Vladimir Putin met Xi.");
    EXPECT_EQ(mention_texts(c, "russia"), (V{"Russia", "Russian"}));
}

TEST(OfficeTitle, AStateTheTextNeverNamesIsNotAdded) {
    Corpus c = extract_text("President Vladimir Putin spoke to reporters in Delhi.");
    EXPECT_EQ(entity(c, "russia"), nullptr);
}

TEST(OfficeTitle, HonorificsAndLowerCasePostsAreNoOfficeTitles) {
    Corpus c = extract_text("Russia voted. Later, president Putin spoke and Mr Putin left.");
    EXPECT_EQ(mention_texts(c, "russia"), (V{"Russia"}));
}

TEST(OfficeTitle, ADiscoveredOfficialServesTheStateOfTheirFirstTitle) {
    Corpus c = extract_text("Indian Foreign Minister Arjun Mehta met Lavrov. Foreign Minister "
                            "Arjun Mehta then flew to China.");
    EXPECT_EQ(mention_texts(c, "india"), (V{"Indian", "Foreign Minister"}));
    EXPECT_TRUE(linked_by_text(c, "india", "china"));
}

} // namespace
} // namespace kg
