// merge_shard_corpora on small hand-made shards: the rules one process follows, one by one.
#include "shards/merge_shards.hpp"

#include <gtest/gtest.h>

namespace kg {
namespace {

Document doc(std::string path, std::string text) {
    Document d;
    d.path = std::move(path);
    d.text = std::move(text);
    return d;
}

Entity entity(std::string id, EntityType type, std::vector<Mention> mentions,
              bool discovered = false) {
    Entity e;
    e.id = id;
    e.name = id;
    e.type = type;
    e.mentions = std::move(mentions);
    e.discovered = discovered;
    return e;
}

KbEntity kb_entity(std::string id, EntityType type, std::vector<std::string> members = {}) {
    KbEntity k;
    k.id = k.name = std::move(id);
    k.type = type;
    k.members = std::move(members);
    return k;
}

// Shard 1 holds b.txt and d.txt, shard 2 a.txt and c.txt.
std::vector<Corpus> two_shards() {
    Corpus one, two;
    one.documents = {doc("b.txt", "Norway and Sweden. Norway again."),
                     doc("d.txt", "Sweden alone.")};
    two.documents = {doc("a.txt", "Norway with Sweden."), doc("c.txt", "NATO met.")};
    one.entities = {entity("norway", EntityType::Country, {{0, {0, 6}}, {0, {19, 25}}}),
                    entity("sweden", EntityType::Country, {{0, {11, 17}}, {1, {0, 6}}})};
    two.entities = {entity("nato", EntityType::Organization, {{1, {0, 4}}}),
                    entity("norway", EntityType::Country, {{0, {0, 6}}}),
                    entity("sweden", EntityType::Country, {{0, {12, 18}}})};
    Link l1{0, 1, LinkKind::CoMention, 0, {{0, {0, 18}, LinkKind::Tension}}};
    Link l2{1, 2, LinkKind::Cooperation, 0, {{0, {0, 19}, LinkKind::Cooperation}}};
    one.links = {l1};
    two.links = {l2};
    return {std::move(one), std::move(two)};
}

TEST(MergeShards, DocumentsTakeThePathOrderAndTheirIdsAgain) {
    Diagnostics diagnostics;
    const Corpus merged = merge_shard_corpora(two_shards(), KnowledgeBase{}, diagnostics);
    ASSERT_EQ(merged.documents.size(), 4u);
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(merged.documents[i].path, std::string(1, char('a' + i)) + ".txt");
        EXPECT_EQ(merged.documents[i].id, "d" + std::to_string(i));
    }
    ASSERT_EQ(merged.entities.size(), 3u);
    EXPECT_EQ(merged.entities[0].id, "nato");
    EXPECT_EQ(merged.entities[0].mentions[0].doc, 2u); // c.txt
    const Entity& norway = merged.entities[1];
    ASSERT_EQ(norway.mentions.size(), 3u);
    EXPECT_EQ(norway.mentions[0].doc, 0u); // a.txt, from shard 2
    EXPECT_EQ(norway.mentions[1].doc, 1u); // b.txt, from shard 1
    EXPECT_EQ(norway.mentions[2].span.start, 19u);
}

TEST(MergeShards, PassageLinksJoinAndTheirKindIsRecomputed) {
    Diagnostics diagnostics;
    const Corpus merged = merge_shard_corpora(two_shards(), KnowledgeBase{}, diagnostics);
    ASSERT_EQ(merged.links.size(), 1u);
    const Link& l = merged.links[0];
    EXPECT_EQ(l.source, 1u);
    EXPECT_EQ(l.target, 2u);
    ASSERT_EQ(l.evidence.size(), 2u);
    EXPECT_EQ(l.evidence[0].doc, 0u);
    EXPECT_EQ(l.evidence[1].doc, 1u);
    EXPECT_EQ(l.weight(), 2.0);
    // One cooperation, one tension: the tie goes to cooperation, as best_supported_kind says.
    EXPECT_EQ(l.kind, LinkKind::Cooperation);
}

TEST(MergeShards, StatedLinksWhoseEndsAreInDifferentShardsAppear) {
    KnowledgeBase kb;
    kb.entities = {kb_entity("nato", EntityType::Organization, {"norway", "sweden"}),
                   kb_entity("norway", EntityType::Country),
                   kb_entity("sweden", EntityType::Country)};
    Diagnostics diagnostics;
    const Corpus merged = merge_shard_corpora(two_shards(), kb, diagnostics);
    std::vector<std::pair<std::string, std::string>> stated;
    for (const Link& l : merged.links)
        if (l.from_knowledge_base) {
            EXPECT_EQ(l.kind, LinkKind::MemberOf);
            stated.emplace_back(merged.entities[l.source].id, merged.entities[l.target].id);
        }
    EXPECT_EQ(stated, (std::vector<std::pair<std::string, std::string>>{{"norway", "nato"},
                                                                        {"sweden", "nato"}}));
    // Sorted by (source, target) as extraction sorts: norway -> nato, norway - sweden, sweden ->
    // nato.
    ASSERT_EQ(merged.links.size(), 3u);
    EXPECT_TRUE(merged.links[0].from_knowledge_base);
    EXPECT_FALSE(merged.links[1].from_knowledge_base);
    EXPECT_TRUE(merged.links[2].from_knowledge_base);
}

TEST(MergeShards, ADiscoveredEntityIsNamedByItsFirstArticleAndFilledByTheNext) {
    std::vector<Corpus> shards = two_shards();
    Entity later = entity("jane-doe", EntityType::Person, {{1, {0, 6}}}, true); // d.txt
    later.name = "Jane Doe (later)";
    later.role = "Minister";
    later.affiliation = "sweden";
    Entity first = entity("jane-doe", EntityType::Person, {{0, {0, 6}}}, true); // a.txt
    first.name = "Jane Doe";
    first.affiliation = "norway";
    shards[0].entities.push_back(later);
    shards[1].entities.push_back(first);
    Diagnostics diagnostics;
    const Corpus merged = merge_shard_corpora(std::move(shards), KnowledgeBase{}, diagnostics);
    const std::int64_t j = merged.find_entity("jane-doe");
    ASSERT_GE(j, 0);
    const Entity& e = merged.entities[std::size_t(j)];
    EXPECT_EQ(e.name, "Jane Doe");
    EXPECT_EQ(e.affiliation, "norway");
    EXPECT_EQ(e.role, "Minister");
    EXPECT_EQ(e.mentions.size(), 2u);
}

TEST(MergeShards, ACopyInAnotherShardLeavesWithItsMentionsAndPassages) {
    std::vector<Corpus> shards = two_shards();
    shards[0].documents.edit(1).text = shards[1].documents[0].text; // d.txt copies a.txt
    shards[0].documents.edit(1).date = "2024-05-01";
    Diagnostics diagnostics;
    const Corpus merged = merge_shard_corpora(std::move(shards), KnowledgeBase{}, diagnostics);
    ASSERT_EQ(merged.documents.size(), 3u);
    EXPECT_EQ(merged.documents[0].date, "2024-05-01")
        << "the kept article takes what the copy knows";
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].path, "d.txt");
    const Entity& sweden = merged.entities[std::size_t(merged.find_entity("sweden"))];
    for (const Mention& m : sweden.mentions) EXPECT_LT(m.doc, 3u);
    EXPECT_EQ(sweden.mentions.size(), 2u) << "the copy's mention was kept";
}

} // namespace
} // namespace kg
