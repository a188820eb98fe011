// A document's topics are those it discusses: cues in list items, in page chrome and currencies in
// amounts make no topic, and a topic that is only a side word of sentences about others is minor.
#include "extract/extract.hpp"
#include "extract/text_class.hpp"
#include "extract/topic_choice.hpp"
#include "extract/topic_tags.hpp"
#include "simple_document.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace kg {
namespace {

using test::entity;
using test::fixture;
using test::mention_texts;
using V = std::vector<std::string>;

Corpus run(Document doc) {
    std::vector<Document> docs;
    docs.push_back(std::move(doc));
    return extract(fixture(), std::move(docs));
}

bool figure(std::string text, std::string_view cue) {
    auto at = std::uint32_t(text.find(cue));
    return is_figure(text, {at, at + std::uint32_t(cue.size())});
}

TEST(TopicChoice, CurrencyInAnAmountIsAFigure) {
    EXPECT_TRUE(figure("a cap of 60 dollars a barrel", "dollars"));
    EXPECT_TRUE(figure("Egypt lost billions of dollars in revenue", "dollars"));
    EXPECT_TRUE(figure("more than 12.5 euros, and", "euros"));
    EXPECT_TRUE(figure("a loan of 3 billion yuan", "yuan"));
    EXPECT_FALSE(figure("trade settled in yuan and rubles", "yuan"));
    EXPECT_FALSE(figure("the dollar's role in trade", "dollar"));
    EXPECT_FALSE(figure("dollars", "dollars"));
    EXPECT_FALSE(figure("60 barrels", "barrels")); // not a currency
}

bool in_name(std::string text, std::string_view cue) {
    auto at = std::uint32_t(text.find(cue));
    std::string lower(cue);
    for (char& c : lower) c = ascii_lower(c);
    return in_unknown_name(text, lower, {at, at + std::uint32_t(cue.size())}, 0);
}

TEST(TopicChoice, CapitalizedCueBesideANameIsPartOfIt) {
    EXPECT_TRUE(in_name("Tankers registered in the Cook Islands or Panama.", "Islands"));
    EXPECT_TRUE(in_name("She holds a doctorate from Sciences Po.", "Sciences"));
    EXPECT_FALSE(in_name("Oil prices fell.", "Oil")); // the sentence's first word
    EXPECT_FALSE(in_name("They said \"Trade is war\" twice.", "Trade")); // no name beside it
    EXPECT_FALSE(in_name("Tankers near the islands of Japan.", "islands"));
}

TopicEvidence prose(std::uint32_t sentences, double share) {
    return {sentences, 0, share, 0};
}

TEST(TopicChoice, SharesDecideDiscussedAndMinor) {
    std::array<TopicEvidence, kTopicCount> e{};
    e[std::size_t(Topic::Energy)] = prose(1, 1.0);    // one sentence about it
    e[std::size_t(Topic::Trade)] = prose(2, 0.4);     // a side word twice
    e[std::size_t(Topic::Finance)] = {0, 3, 0.0, 0};  // only in list items
    e[std::size_t(Topic::Sanctions)] = prose(2, 0.5); // an equal part of two sentences
    const DocTopics d = choose_topics(e);
    EXPECT_EQ(d.topics, topic_bit(Topic::Energy) | topic_bit(Topic::Sanctions));
    EXPECT_EQ(d.minor, topic_bit(Topic::Trade) | topic_bit(Topic::Finance));
}

TEST(TopicChoice, OneSentenceBesideAMainTopicTwelveTimesLargerIsMinor) {
    std::array<TopicEvidence, kTopicCount> e{};
    e[std::size_t(Topic::Energy)] = prose(14, 13.0); // what the article is about
    e[std::size_t(Topic::Trade)] = prose(1, 1.0);    // one plain sentence: under a twelfth
    e[std::size_t(Topic::Sanctions)] = prose(2, 1.5);
    const DocTopics d = choose_topics(e);
    EXPECT_EQ(d.topics, topic_bit(Topic::Energy) | topic_bit(Topic::Sanctions));
    EXPECT_EQ(d.minor, topic_bit(Topic::Trade));
}

TEST(TopicChoice, ListItemsAreMinor) {
    // The fixture's cues: energy (oil, gas), trade (trade, economy), sanctions (sanction*).
    Document doc = test::simple_document(
        "China and Russia signed sanctions deals.\n\nThe sanctions hit both.\n\nThey want:\n\n"
        "oil from the north\n\ngas from the east");
    for (std::size_t p = 3; p < doc.paragraphs.size(); ++p) doc.paragraphs[p].list_item = true;
    Corpus c = run(std::move(doc));
    EXPECT_EQ(mention_texts(c, "sanctions"), (V{"sanctions", "sanctions"}));
    EXPECT_EQ(entity(c, "energy"), nullptr);
}

TEST(TopicChoice, ChromeAndFiguresAreNoCues) {
    Document doc = test::simple_document(
        "China sold oil to India for 60 dollars a barrel, and the oil trade grew.\n\n"
        "Related: Why the sanctions failed");
    Corpus c = run(std::move(doc));
    EXPECT_EQ(mention_texts(c, "energy"), (V{"oil", "oil"}));
    EXPECT_EQ(entity(c, "sanctions"), nullptr);
}

TEST(TopicChoice, SideWordOfAnotherTopicIsMinor) {
    // Trade is a fourth of each of its two sentences: minor; energy and sanctions are discussed.
    Corpus c = run(test::simple_document(
        "China buys oil, gas and pipeline gas under trade rules. Russia sells oil, gas and natural "
        "gas in trade. The sanctions on Russia grew."));
    EXPECT_NE(entity(c, "energy"), nullptr);
    EXPECT_NE(entity(c, "sanctions"), nullptr);
    EXPECT_EQ(entity(c, "trade"), nullptr);
}

TEST(TopicChoice, BackgroundCuesMakeNoTopic) {
    // Energy is cued only in a descriptor and in an aside; sanctions are what the text is about.
    Corpus c = run(test::simple_document(
        "China and Russia signed sanctions deals. India, which buys oil from Russia, said the "
        "sanctions hurt. The Russian gas company said so too."));
    EXPECT_EQ(mention_texts(c, "sanctions"), (V{"sanctions", "sanctions"}));
    EXPECT_EQ(entity(c, "energy"), nullptr);
    // The same cues in main clauses of their own make it a topic.
    Corpus plain = run(test::simple_document(
        "China and Russia signed sanctions deals. India buys oil from Russia. Gas prices rose."));
    EXPECT_NE(entity(plain, "energy"), nullptr);
}

TEST(TopicChoice, BackgroundCuesAddAQuarterToATopicTheArticleCarries) {
    // Energy: a third of one plain sentence (0.33, minor alone) and an aside (0.25): discussed.
    Corpus c = run(test::simple_document(
        "China and Russia signed sanctions deals. India, which buys oil from Russia, agreed. Oil, "
        "trade and sanctions grew."));
    EXPECT_NE(entity(c, "energy"), nullptr);
    Corpus plain = run(test::simple_document(
        "China and Russia signed sanctions deals. India agreed. Oil, trade and sanctions grew."));
    EXPECT_EQ(entity(plain, "energy"), nullptr);
}

// Whether some link of `c` carries `t` from its passages.
bool linked_topic(const Corpus& c, Topic t) {
    return std::any_of(c.links.begin(), c.links.end(),
                       [&](const Link& l) { return (l.topics & topic_bit(t)) != 0; });
}

TEST(TopicChoice, CueWordsInAnotherSenseMakeNoTopicAndTagNoPassage) {
    // "canola oil" is food: no energy mention, no energy on its passage; crude oil is energy.
    Corpus c = run(test::simple_document(
        "China and Russia signed sanctions deals. China bought canola oil from Russia. The "
        "sanctions bit."));
    EXPECT_EQ(entity(c, "energy"), nullptr);
    EXPECT_FALSE(linked_topic(c, Topic::Energy));
    Corpus crude = run(test::simple_document(
        "China and Russia signed sanctions deals. China bought crude oil from Russia. The "
        "sanctions bit."));
    EXPECT_NE(entity(crude, "energy"), nullptr);
    EXPECT_TRUE(linked_topic(crude, Topic::Energy));
}

TEST(TopicChoice, ExamplesCountOnlyWhenTheyElaborateTheSentencesTopic) {
    // Trade and energy as items of one list of interests: neither is discussed here.
    Corpus listed = run(test::simple_document(
        "China and Russia signed sanctions deals. They share interests, including trade and "
        "oil. The sanctions bit."));
    EXPECT_EQ(entity(listed, "energy"), nullptr);
    EXPECT_EQ(entity(listed, "trade"), nullptr);
    // Examples of the energy the sentence is about: "gas, including pipeline gas".
    Corpus elaborated = run(test::simple_document(
        "China and Russia signed sanctions deals. Russia sells gas, including pipeline gas and "
        "oil. The sanctions bit."));
    EXPECT_NE(entity(elaborated, "energy"), nullptr);
}

} // namespace
} // namespace kg
