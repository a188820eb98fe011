// The relation cues generated at build time from WordNet (kb/generated_cues.hpp): loaded after the
// hand-written lists, which they never repeat, and read as cues in sentences of our own.
#include "extract/extract.hpp"
#include "kb/generated_cues.hpp"
#include "kb/knowledge_base.hpp"
#include "simple_document.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

namespace kg {
namespace {

const std::filesystem::path kKbDir = std::filesystem::path(KGVIZ_SOURCE_DIR) / "assets" / "kb";

std::set<std::string> generated(const char* kind) {
    const auto doc = nlohmann::json::parse(generated_link_cues());
    return doc.at(kind).get<std::set<std::string>>();
}

bool has_generated_cues() {
    return !generated("tension").empty();
}

// The kind of the first passage that links `a` and `b` in `text`, with the hand lists alone or
// with the generated list too.
LinkKind kind_of(const std::string& text, std::string_view a, std::string_view b,
                 bool with_generated) {
    Diagnostics d;
    const KnowledgeBase kb =
        with_generated ? load_default_knowledge_base(kKbDir, d) : load_knowledge_base(kKbDir, d);
    std::vector<Document> docs;
    docs.push_back(test::simple_document(text));
    const Corpus c = extract(kb, std::move(docs));
    const std::int64_t x = c.find_entity(a), y = c.find_entity(b);
    for (const Link& l : c.links)
        if (((l.source == x && l.target == y) || (l.source == y && l.target == x)) &&
            !l.from_knowledge_base && !l.evidence.empty())
            return l.evidence.front().kind;
    ADD_FAILURE() << "no passage links " << a << " and " << b << " in: " << text;
    return LinkKind::CoMention;
}

TEST(GeneratedCues, LoadCleanlyAfterTheHandListsAndRepeatNoneOfTheirWords) {
    Diagnostics d;
    const KnowledgeBase hand = load_knowledge_base(kKbDir, d);
    const KnowledgeBase both = load_default_knowledge_base(kKbDir, d);
    EXPECT_TRUE(d.empty()) << d.front().path << ": " << d.front().message;
    const auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        return s;
    };
    std::set<std::string> listed;
    for (const auto* list : {&hand.cooperation_cues, &hand.tension_cues, &hand.meeting_cues})
        for (const std::string& cue : *list) listed.insert(lower(cue));
    for (const char* kind : {"cooperation", "tension"})
        for (const std::string& cue : generated(kind)) EXPECT_FALSE(listed.count(cue)) << cue;
    EXPECT_EQ(both.tension_cues.size(), hand.tension_cues.size() + generated("tension").size());
    EXPECT_EQ(both.cooperation_cues.size(),
              hand.cooperation_cues.size() + generated("cooperation").size());
}

TEST(GeneratedCues, WordsMostlyUsedInAnotherSenseAreLeftOut) {
    ASSERT_TRUE(has_generated_cues()) << "the build makes them from wordnet-base";
    const auto tension = generated("tension"), cooperation = generated("cooperation");
    // "charge" is a synonym of accuse whose most frequent sense asks a price; "bar" is mostly a
    // noun, so only "barred" and "barring" are acts; "further" is mostly an adverb.
    for (const char* word : {"charge", "charges", "bar", "bars"})
        EXPECT_FALSE(tension.count(word)) << word;
    EXPECT_TRUE(tension.count("barred"));
    EXPECT_TRUE(tension.count("banished"));
    for (const char* word : {"further", "provides", "headquarters"})
        EXPECT_FALSE(cooperation.count(word)) << word;
    EXPECT_TRUE(cooperation.count("offered"));
}

TEST(GeneratedCues, HostileAndCooperativeActsOutsideTheHandLists) {
    ASSERT_TRUE(has_generated_cues()) << "the build makes them from wordnet-base";
    const std::string barred = "Bangladesh barred Indian jute from its markets on Sunday.";
    EXPECT_NE(kind_of(barred, "bangladesh", "india", false), LinkKind::Tension);
    EXPECT_EQ(kind_of(barred, "bangladesh", "india", true), LinkKind::Tension);
    const std::string banished = "Mali banished the French ambassador last week.";
    EXPECT_EQ(kind_of(banished, "mali", "france", true), LinkKind::Tension);
    const std::string offered = "Greece offered Libya a joint survey of the disputed shelf.";
    EXPECT_EQ(kind_of(offered, "greece", "libya", true), LinkKind::Cooperation);
}

TEST(GeneratedCues, APriceChargedIsNoAccusation) {
    const std::string charge = "Russia will charge Moldova more for its gas next winter.";
    EXPECT_NE(kind_of(charge, "russia", "moldova", true), LinkKind::Tension);
}

} // namespace
} // namespace kg
