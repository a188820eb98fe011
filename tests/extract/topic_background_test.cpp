// Cues that are background to their sentence: part of a descriptor, in an aside, an example in a
// list, or a cue word in another sense. Sentences written for these tests.
#include "extract/topic_background.hpp"

#include <gtest/gtest.h>

#include <string>

namespace kg {
namespace {

// How `cue` (its first occurrence at or after `from`) sits in `text`, one sentence.
Background how(const std::string& text, const std::string& cue, std::size_t from = 0) {
    const auto at = std::uint32_t(text.find(cue, from));
    EXPECT_NE(at, std::uint32_t(std::string::npos)) << cue;
    return background_cue(text, {0, std::uint32_t(text.size())},
                          {at, at + std::uint32_t(cue.size())});
}

TEST(TopicBackground, CueBeforeTheNounOfItsBearerDescribesIt) {
    EXPECT_EQ(how("Its partners include Mitsui, the Japanese trading company.", "trading"),
              Background::Descriptor);
    EXPECT_EQ(how("said Noura Haddad, a maritime security researcher at a think tank.", "maritime"),
              Background::Descriptor);
    EXPECT_EQ(how("The oil and gas company Equinor said so.", "oil"), Background::Descriptor);
    EXPECT_EQ(how("said a former official of the ministry of agriculture.", "agriculture"),
              Background::Descriptor);
    EXPECT_EQ(how("the energy minister flew to Oslo.", "energy"), Background::Descriptor);
    // The cue is what is done or what is bought.
    EXPECT_EQ(how("Russia supplied weapons to the company.", "weapons"), Background::None);
    EXPECT_EQ(how("China buys oil from the state firm.", "oil"), Background::None);
    EXPECT_EQ(how("Oil exports fell by a third.", "Oil"), Background::None);
    EXPECT_EQ(how("The talks on trade. Company X", "trade"), Background::None);
}

TEST(TopicBackground, CueInAnAsideIsBackground) {
    EXPECT_EQ(how("Russia, which has bought Iranian drones, is less likely to comply.", "drones"),
              Background::Aside);
    EXPECT_EQ(how("Paul Kagame, who first sent troops in 2021, spoke.", "troops"),
              Background::Aside);
    EXPECT_EQ(how("work stopped in 2021, when insurgents attacked the town.", "attacked"),
              Background::Aside);
    // The main clause after the aside, a clause without a wh-word, no comma before the wh-word.
    EXPECT_EQ(how("China, which has invested in the corridor, urged a ceasefire.", "ceasefire"),
              Background::None);
    EXPECT_EQ(how("Prices rose, and the sanctions bit.", "sanctions"), Background::None);
    // A clause about a noun that ends the sentence goes on with the story.
    EXPECT_EQ(how("Iran armed the Houthis, who fired missiles at Saudi ports.", "missiles"),
              Background::None);
    EXPECT_EQ(how("The firms which trade with Iran were listed.", "trade"),
              Background::Relative); // no comma: a clause that picks out the firms
    EXPECT_EQ(how("Talks stalled (which surprised no one); troops moved.", "troops"),
              Background::None);
}

TEST(TopicBackground, CueInAClauseThatPicksOutANounIsBackground) {
    EXPECT_EQ(how("Riyadh fears the end of the truce that has held along the border.", "border"),
              Background::Relative);
    EXPECT_EQ(how("part of a fleet of tankers that carry Russian oil past sanctions.", "oil"),
              Background::Relative);
    EXPECT_EQ(
        how("a researcher at the institute who has interviewed displaced families.", "displaced"),
        Background::Relative);
    // What is said, a determiner, the main clause before the relative one.
    EXPECT_EQ(how("Officials said that the sanctions would stay.", "sanctions"), Background::None);
    EXPECT_EQ(how("In that war, both sides lost.", "war"), Background::None);
    EXPECT_EQ(how("Oil prices rose in a week that surprised traders.", "Oil"), Background::None);
}

TEST(TopicBackground, ItemsAfterIncludingOrSuchAsAreExamples) {
    const std::string interests =
        "shared interests, including regional security, economic integration, and technology.";
    EXPECT_EQ(how(interests, "regional security"), Background::Example);
    EXPECT_EQ(how(interests, "economic"), Background::Example);
    EXPECT_EQ(how("pressures, such as U.S. policy or military posture.", "military"),
              Background::Example);
    EXPECT_EQ(how("They signed deals on oil and gas, including an oil pipeline.", "oil"),
              Background::None); // before the list
    EXPECT_EQ(how("They signed deals on oil and gas, including an oil pipeline.", "oil", 40),
              Background::Example);
}

TEST(TopicBackground, CueInAClauseOfTimeOrCauseSetsTheScene) {
    EXPECT_EQ(how("Finland and Sweden joined NATO after Russia invaded Ukraine.", "invaded"),
              Background::Setting);
    EXPECT_EQ(how("Protests followed since the disputed election of 2024.", "disputed"),
              Background::Setting);
    EXPECT_EQ(how("Trade fell because of the war in Sudan.", "war"), Background::Setting);
    // The main clause before it; "once" as an adverb; the time phrase ended by a comma.
    EXPECT_EQ(how("Russia invaded Ukraine after months of threats.", "invaded"), Background::None);
    EXPECT_EQ(how("BRICS was once an investment acronym.", "investment"), Background::None);
    EXPECT_EQ(how("After the talks, the war resumed.", "war"), Background::None);
}

TEST(TopicBackground, CueWordsInAnotherSense) {
    EXPECT_EQ(how("Biden is banking on the strength of allies.", "banking"), Background::Idiom);
    EXPECT_EQ(how("The EU said the bloc already pays for monitors.", "bloc"), Background::Idiom);
    EXPECT_EQ(how("Central banks hold more gold; the bank raised rates.", "bank", 30),
              Background::None);
    EXPECT_EQ(how("a Western bloc against China", "bloc"), Background::None);
}

// Whether `cue` (its first occurrence) means something else in `text`, one sentence.
bool other(const std::string& text, const std::string& cue) {
    const auto at = std::uint32_t(text.find(cue));
    EXPECT_NE(at, std::uint32_t(std::string::npos)) << cue;
    return other_sense(text, {0, std::uint32_t(text.size())}, {at, at + std::uint32_t(cue.size())});
}

TEST(TopicBackground, CueWordsThatAreNoCuesHere) {
    EXPECT_TRUE(other("States agreed on the last annex of the pact.", "annex"));
    EXPECT_TRUE(other("The annex lists the pathogens.", "annex"));
    EXPECT_TRUE(other("Small island states want grants.", "island"));
    EXPECT_TRUE(other("\"Island governments take both,\" he said.", "Island"));
    EXPECT_TRUE(other("Serbia and Kosovo are trading accusations again.", "trading"));
    EXPECT_TRUE(other("Mexico bought more canola oil.", "oil"));
    EXPECT_TRUE(other("Its status is not up for negotiation.", "negotiation"));
    EXPECT_TRUE(other("The EU's carbon border adjustment mechanism starts soon.", "border"));
    // The same words as cues: the verb, a disputed island, trade itself, crude oil, talks, a
    // frontier.
    EXPECT_FALSE(other("Venezuela is preparing to annex the region.", "annex"));
    EXPECT_FALSE(other("China claims the island and its waters.", "island"));
    EXPECT_FALSE(other("Both are trading partners; trade grew.", "trading"));
    EXPECT_FALSE(other("Saudi Arabia exports crude oil.", "oil"));
    EXPECT_FALSE(other("The negotiation went on for a year.", "negotiation"));
    EXPECT_FALSE(other("Talks stalled, up for a negotiation later.", "negotiation"));
    EXPECT_FALSE(other("Troops massed on the border.", "border"));
    // A cue outside the sentence given.
    EXPECT_FALSE(other_sense("canola oil", {0, 3}, {7, 10}));
}

TEST(TopicBackground, CueOutsideTheSentenceIsNoneOfThese) {
    const std::string text = "the energy company. Oil";
    EXPECT_EQ(background_cue(text, {0, 5}, {4, 10}), Background::None);
    EXPECT_EQ(background_cue(text, {0, 100}, {4, 10}), Background::None);
}

} // namespace
} // namespace kg
