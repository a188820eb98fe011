// Knowledge-base loading: the fixture loads whole; every kind of bad input is a diagnostic, never a
// throw.
#include "kb/knowledge_base.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

namespace kg {
namespace {

const std::filesystem::path kFixture = std::filesystem::path(KGVIZ_TEST_DATA_DIR) / "kb-fixture";

bool mentions(const Diagnostics& d, std::string_view path_part, std::string_view message_part) {
    for (const Diagnostic& x : d)
        if (x.path.find(path_part) != std::string::npos &&
            x.message.find(message_part) != std::string::npos)
            return true;
    return false;
}

KnowledgeBase load_one(std::string_view json, Diagnostics& d) {
    KnowledgeBase kb;
    load_knowledge_base_file(json, "test.json", kb, d);
    finish_knowledge_base(kb, d);
    return kb;
}

TEST(KbLoad, FixtureLoadsCleanAndSorted) {
    Diagnostics d;
    KnowledgeBase kb = load_knowledge_base(kFixture, d);
    EXPECT_TRUE(d.empty()) << format_diagnostic(d.front());
    ASSERT_GE(kb.entities.size(), 15u);
    EXPECT_TRUE(std::is_sorted(kb.entities.begin(), kb.entities.end(),
                               [](const KbEntity& a, const KbEntity& b) { return a.id < b.id; }));
    std::int64_t putin = kb.find("vladimir-putin");
    ASSERT_GE(putin, 0);
    EXPECT_EQ(kb.entities[putin].affiliation, "russia");
    std::int64_t sco = kb.find("sco");
    ASSERT_GE(sco, 0);
    EXPECT_EQ(kb.entities[sco].members, (std::vector<std::string>{"china", "russia", "india"}));
    // One issue entity per topic of topics.json, named by the taxonomy.
    std::int64_t energy = kb.find("energy");
    ASSERT_GE(energy, 0);
    EXPECT_EQ(kb.entities[energy].type, EntityType::Issue);
    EXPECT_EQ(kb.entities[energy].name, "Energy");
    EXPECT_EQ(kb.entities[kb.find("arctic")].regions, region_bit(Region::Arctic));
    EXPECT_FALSE(kb.cooperation_cues.empty());
    EXPECT_EQ(kb.pair_cues[std::size_t(EntityType::Leader)].size(), 2u);
}

TEST(KbLoad, MissingFolderOrEmptyFolderIsTolerated) {
    Diagnostics d;
    KnowledgeBase kb = load_knowledge_base(kFixture / "no-such-folder", d);
    EXPECT_TRUE(kb.entities.empty());
    EXPECT_EQ(d.size(), 1u);
    auto empty = std::filesystem::temp_directory_path() / "kgviz-kb-empty-test";
    std::filesystem::create_directories(empty);
    Diagnostics d2;
    EXPECT_TRUE(load_knowledge_base(empty, d2).entities.empty());
    EXPECT_TRUE(d2.empty());
}

TEST(KbLoad, MalformedJsonNamesTheFile) {
    Diagnostics d;
    KnowledgeBase kb = load_one(R"({"format": "kgviz-kb/1", "entities": [ {"id": )", d);
    EXPECT_TRUE(kb.entities.empty());
    EXPECT_TRUE(mentions(d, "test.json", "malformed JSON"));
}

TEST(KbLoad, WrongFormatOrShapeSkipsFile) {
    Diagnostics d;
    load_one(R"({"format": "other/2", "entities": []})", d);
    load_one(R"([1, 2, 3])", d);
    load_one(R"({"format": "kgviz-kb/1", "entities": {"id": "x"}})", d);
    EXPECT_TRUE(mentions(d, "test.json", "\"format\""));
    EXPECT_TRUE(mentions(d, "test.json", "top level"));
    EXPECT_TRUE(mentions(d, "test.json:entities", "must be an array"));
}

TEST(KbLoad, BadEntriesAreSkippedAndTheRestKept) {
    Diagnostics d;
    KnowledgeBase kb = load_one(R"({"format": "kgviz-kb/1", "entities": [
        {"id": "china", "name": "China", "type": "country", "region": "east-asia"},
        {"id": "atlantis", "name": "Atlantis", "type": "country", "region": "mid-ocean"},
        {"id": "nowhere", "name": "Nowhere", "type": "country"},
        {"id": "li", "name": "Li", "type": "leader"},
        {"id": "ghost", "name": "Ghost", "type": "leader", "affiliation": "atlantis"},
        {"id": "china", "name": "China again", "type": "country", "region": "east-asia"},
        {"id": "Bad Id", "name": "x", "type": "country", "region": "europe"},
        {"id": "typed", "name": 42, "type": "organization"},
        {"id": "kind", "name": "Kind", "type": "planet"},
        {"id": "nato", "name": "NATO", "type": "organization", "aliases": "Alliance", "members": ["china", "mars"]},
        17
    ]})",
                                d);
    std::vector<std::string> ids;
    for (const KbEntity& e : kb.entities) ids.push_back(e.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"china", "nato"}));
    EXPECT_TRUE(mentions(d, "entities[1] (atlantis)", "unknown region id \"mid-ocean\""));
    EXPECT_TRUE(mentions(d, "entities[2] (nowhere)", "exactly one \"region\""));
    EXPECT_TRUE(mentions(d, "entities[3] (li)", "needs an \"affiliation\""));
    EXPECT_TRUE(mentions(d, "entities[4] (ghost)", "not a known country"));
    EXPECT_TRUE(mentions(d, "entities[5] (china)", "duplicate id"));
    EXPECT_TRUE(mentions(d, "entities[6]", "malformed \"id\""));
    EXPECT_TRUE(mentions(d, "entities[7] (typed)", "\"name\" must be a string"));
    EXPECT_TRUE(mentions(d, "entities[8] (kind)", "\"type\""));
    EXPECT_TRUE(mentions(d, "entities[9] (nato)", "\"aliases\" must be an array"));
    EXPECT_TRUE(mentions(d, "entities[9] (nato)", "unknown member \"mars\""));
    EXPECT_TRUE(mentions(d, "entities[10]", "must be an object"));
    EXPECT_EQ(kb.entities[kb.find("nato")].members, (std::vector<std::string>{"china"}));
}

TEST(KbLoad, DuplicateAliasAcrossEntitiesIsDropped) {
    Diagnostics d;
    KnowledgeBase kb = load_one(R"({"format": "kgviz-kb/1", "entities": [
        {"id": "georgia", "name": "Georgia", "type": "country", "region": "europe", "aliases": ["Tbilisi", "Georgian"]},
        {"id": "georgia-state", "name": "State of Georgia", "type": "organization", "aliases": ["Georgian", "Atlanta"]}
    ]})",
                                d);
    ASSERT_EQ(kb.entities.size(), 2u);
    EXPECT_EQ(kb.entities[kb.find("georgia")].aliases,
              (std::vector<std::string>{"Tbilisi", "Georgian"}));
    EXPECT_EQ(kb.entities[kb.find("georgia-state")].aliases, (std::vector<std::string>{"Atlanta"}));
    EXPECT_TRUE(
        mentions(d, "entities[1] (georgia-state)", "alias \"Georgian\" already names \"georgia\""));
}

TEST(KbLoad, TopicsAndCuesValidate) {
    Diagnostics d;
    KnowledgeBase kb = load_one(R"({"format": "kgviz-kb/1",
        "topics": [{"id": "energy", "cues": ["oil", 3]}, {"id": "astrology", "cues": ["stars"]}, "x"],
        "cooperation": ["ally"], "tension": "rival", "pair": {"country": ["both sides"], "planet": ["x"]}})",
                                d);
    EXPECT_EQ(kb.topic_cues[std::size_t(Topic::Energy)], (std::vector<std::string>{"oil"}));
    EXPECT_TRUE(mentions(d, "topics[0] (energy)", "\"cues\"[1]"));
    EXPECT_TRUE(mentions(d, "topics[1]", "unknown topic id \"astrology\""));
    EXPECT_TRUE(mentions(d, "topics[2]", "must be an object"));
    EXPECT_TRUE(mentions(d, "test.json", "\"tension\" must be an array"));
    EXPECT_TRUE(mentions(d, "pair.planet", "unknown entity type"));
    EXPECT_EQ(kb.cooperation_cues, (std::vector<std::string>{"ally"}));
    EXPECT_EQ(kb.pair_cues[std::size_t(EntityType::Country)],
              (std::vector<std::string>{"both sides"}));
}

TEST(KbLoad, DeepNestingIsRefusedBeforeParsing) {
    Diagnostics d;
    const std::string deep = R"({"format": "kgviz-kb/1", "entities": )" + std::string(100, '[') +
                             std::string(100, ']') + "}";
    KnowledgeBase kb = load_one(deep, d);
    EXPECT_TRUE(kb.entities.empty());
    EXPECT_TRUE(mentions(d, "test.json", "nested deeper than 64 levels"));
    // Depth 64 itself is fine: the file loads (and says its entities are malformed).
    Diagnostics ok;
    load_one(R"({"format": "kgviz-kb/1", "entities": )" + std::string(60, '[') +
                 std::string(60, ']') + "}",
             ok);
    EXPECT_FALSE(mentions(ok, "test.json", "nested deeper"));
}

TEST(KbLoad, OversizedFileIsSkippedWithItsName) {
    auto dir = std::filesystem::temp_directory_path() / "kgviz-kb-oversized-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    {
        std::ofstream big(dir / "big.json", std::ios::binary);
        big << R"({"format": "kgviz-kb/1", "cooperation": [)";
        const std::string cue = R"("cooperation", )";
        for (std::uint64_t n = 0; n * cue.size() <= kMaxKbFileBytes; ++n) big << cue;
        big << R"("ally"]})";
        std::ofstream(dir / "small.json", std::ios::binary)
            << R"({"format": "kgviz-kb/1", "tension": ["rivalry"]})";
    }
    Diagnostics d;
    KnowledgeBase kb = load_knowledge_base(dir, d);
    EXPECT_TRUE(kb.cooperation_cues.empty());
    EXPECT_EQ(kb.tension_cues, (std::vector<std::string>{"rivalry"})); // the other file still loads
    EXPECT_TRUE(mentions(d, "big.json", "larger than 8 MB"));
    // The same limit holds for bytes handed over directly.
    Diagnostics d2;
    load_one(std::string(kMaxKbFileBytes + 1, ' '), d2);
    EXPECT_TRUE(mentions(d2, "test.json", "larger than 8 MB"));
    std::filesystem::remove_all(dir);
}

TEST(KbLoad, ShippedKnowledgeBaseLoadsWithoutErrors) {
    Diagnostics d;
    KnowledgeBase kb =
        load_knowledge_base(std::filesystem::path(KGVIZ_SOURCE_DIR) / "assets" / "kb", d);
    for (const Diagnostic& x : d)
        if (x.severity == Diagnostic::Severity::Error) ADD_FAILURE() << format_diagnostic(x);
    for (std::size_t t = 0; t < kTopicCount; ++t) {
        EXPECT_FALSE(kb.topic_cues[t].empty()) << to_id(Topic(t));
        EXPECT_GE(kb.find(to_id(Topic(t))), 0) << to_id(Topic(t));
    }
    EXPECT_GE(kb.find("china"), 0);
}

TEST(KbLoad, ShippedRelationCuesGiveEachWordOneKind) {
    // The cue files add up (link_cues.json, link_cues_cameo.json, link_cues_news.json): a word
    // listed under two kinds would be a cue of both wherever it stands.
    Diagnostics d;
    KnowledgeBase kb =
        load_knowledge_base(std::filesystem::path(KGVIZ_SOURCE_DIR) / "assets" / "kb", d);
    std::map<std::string, std::string> kind_of;
    for (auto [kind, cues] :
         {std::pair{"cooperation", &kb.cooperation_cues}, std::pair{"tension", &kb.tension_cues},
          std::pair{"meeting", &kb.meeting_cues}})
        for (const std::string& cue : *cues) {
            auto [it, fresh] = kind_of.emplace(cue, kind);
            EXPECT_TRUE(fresh || it->second == kind)
                << cue << " is a " << it->second << " and a " << kind << " cue";
        }
    // Fifth round: news idioms and a summoned envoy (a protest, not a meeting).
    EXPECT_EQ(kind_of["at loggerheads"], "tension");
    EXPECT_EQ(kind_of["sided with"], "cooperation");
    EXPECT_EQ(kind_of["summoned"], "tension");
    // A request or a visitor refused (CAMEO 12, reject).
    EXPECT_EQ(kind_of["turned down"], "tension");
    EXPECT_EQ(kind_of["turning away"], "tension");
}

} // namespace
} // namespace kg
