// Centrality on known graphs and the shortest paths by hops.
#include "explore/centrality.hpp"
#include "explore/paths.hpp"
#include "filter/fixture_corpus.hpp"

#include <gtest/gtest.h>

namespace kg {
namespace {

using test::idx;

// A chain a - b - c - d plus e - f apart; weights chosen per test.
Corpus chain_corpus() {
    Corpus c;
    c.documents.push_back(test::make_document("x.txt", "2020-01-01", {"One.", "Two.", "Three."}));
    c.documents.push_back(test::make_document("y.txt", "2021-01-01", {"Four."}));
    for (const char* id : {"a", "b", "c", "d", "e", "f"})
        c.entities.push_back(
            test::make_entity(id, std::string(1, char(id[0] - 32)), EntityType::Country));
    auto link = [&](const char* a, const char* b, std::initializer_list<test::Ev> ev) {
        c.links.push_back(test::make_link(c, a, b, LinkKind::Cooperation, ev));
    };
    link("a", "b", {{0, 0, LinkKind::Cooperation, 0}});
    link("b", "c", {{0, 1, LinkKind::Cooperation, 0}});
    link("c", "d", {{0, 2, LinkKind::Cooperation, 0}});
    link("e", "f", {{1, 0, LinkKind::Cooperation, 0}});
    return c;
}

TEST(Centrality, BetweennessOnAChainCountsEachPairOnce) {
    const Corpus c = chain_corpus();
    const KnowledgeGraph g = build_knowledge_graph(c);
    const FilterResult all = apply_filter(c, g, {});
    const auto rows = compute_entity_stats(c, g, all);
    ASSERT_EQ(rows.size(), 6u);
    // b lies on a-c and a-d; c on a-d and b-d.
    EXPECT_DOUBLE_EQ(rows[idx(c, "a")].betweenness, 0.0);
    EXPECT_DOUBLE_EQ(rows[idx(c, "b")].betweenness, 2.0);
    EXPECT_DOUBLE_EQ(rows[idx(c, "c")].betweenness, 2.0);
    EXPECT_EQ(rows[idx(c, "b")].degree, 2u);
    EXPECT_EQ(rows[idx(c, "e")].degree, 1u);
}

TEST(Centrality, WeightedBetweennessPrefersStrongLinks) {
    // A square a-b-d, a-c-d where a-b and b-d are strong: b carries the a-d pair alone.
    Corpus c;
    c.documents.push_back(test::make_document("x.txt", "", {"S1.", "S2.", "S3.", "S4."}));
    for (const char* id : {"a", "b", "c", "d"})
        c.entities.push_back(test::make_entity(id, id, EntityType::Country));
    const test::Ev e0{0, 0, LinkKind::Cooperation, 0}, e1{0, 1, LinkKind::Cooperation, 0},
        e2{0, 2, LinkKind::Cooperation, 0};
    c.links.push_back(test::make_link(c, "a", "b", LinkKind::Cooperation, {e0, e1, e2}));
    c.links.push_back(test::make_link(c, "b", "d", LinkKind::Cooperation, {e0, e1, e2}));
    c.links.push_back(test::make_link(c, "a", "c", LinkKind::Cooperation, {e0}));
    c.links.push_back(test::make_link(c, "c", "d", LinkKind::Cooperation, {e0}));
    const KnowledgeGraph g = build_knowledge_graph(c);
    const FilterResult all = apply_filter(c, g, {});
    const auto hops = compute_entity_stats(c, g, all, BetweennessWeight::Hops);
    EXPECT_DOUBLE_EQ(hops[idx(c, "b")].betweenness, 0.5)
        << "two equal shortest paths share the pair";
    const auto weighted = compute_entity_stats(c, g, all, BetweennessWeight::Evidence);
    EXPECT_DOUBLE_EQ(weighted[idx(c, "b")].betweenness, 1.0);
    EXPECT_DOUBLE_EQ(weighted[idx(c, "c")].betweenness, 0.0);
}

TEST(Centrality, MentionsAndDocumentsFollowTheDocumentFilter) {
    const Corpus c = test::fixture_corpus();
    const KnowledgeGraph g = build_knowledge_graph(c);
    auto russia = [&](const FilterSpec& s) {
        for (const EntityStats& r : compute_entity_stats(c, g, apply_filter(c, g, s)))
            if (r.entity == idx(c, "russia")) return r;
        ADD_FAILURE() << "russia not visible";
        return EntityStats{};
    };
    EXPECT_EQ(russia({}).mentions, 5u);
    EXPECT_EQ(russia({}).documents, 3u);
    FilterSpec only_a;
    only_a.documents = {"corpus/a.txt"};
    EXPECT_EQ(russia(only_a).mentions, 2u);
    EXPECT_EQ(russia(only_a).documents, 1u);
}

TEST(Centrality, SortByColumnIsStableAndDeterministic) {
    const Corpus c = test::fixture_corpus();
    const KnowledgeGraph g = build_knowledge_graph(c);
    auto rows = compute_entity_stats(c, g, apply_filter(c, g, {}));
    sort_entity_stats(rows, c, StatsColumn::Degree, true);
    EXPECT_EQ(c.entities[rows.front().entity].id, "russia");
    for (std::size_t i = 1; i < rows.size(); ++i) EXPECT_GE(rows[i - 1].degree, rows[i].degree);
    sort_entity_stats(rows, c, StatsColumn::Name, false);
    EXPECT_EQ(c.entities[rows.front().entity].name, "China");
    sort_entity_stats(rows, c, StatsColumn::Betweenness, true);
    EXPECT_EQ(c.entities[rows.front().entity].id, "russia");
}

TEST(Paths, ShortestPathWithHopsAndBestPassages) {
    const Corpus c = chain_corpus();
    const KnowledgeGraph g = build_knowledge_graph(c);
    const FilterResult all = apply_filter(c, g, {});
    const PathResult p = find_path(c, g, all, idx(c, "a"), idx(c, "d"));
    ASSERT_TRUE(p.found()) << p.reason;
    EXPECT_EQ(p.entities,
              (std::vector<EntityIndex>{idx(c, "a"), idx(c, "b"), idx(c, "c"), idx(c, "d")}));
    ASSERT_EQ(p.hops.size(), 3u);
    EXPECT_EQ(p.hops[1].from, idx(c, "b"));
    ASSERT_TRUE(p.hops[1].best_evidence);
    EXPECT_EQ(c.documents[0].slice(c.links[p.hops[1].link].evidence[*p.hops[1].best_evidence].span),
              "Two.");
    EXPECT_DOUBLE_EQ(p.length, 1.5);
}

// A link with `passages` passages of `kind` (its weight), all in document 0.
Link link_with(const Corpus& c, const char* x, const char* y, std::size_t passages) {
    Link l = test::make_link(c, x, y, LinkKind::Meeting, {});
    for (std::size_t s = 0; s < passages; ++s)
        l.evidence.push_back({0, c.documents[0].sentences[s].span, LinkKind::Meeting, 0});
    return l;
}

// The case: Japan - SCO - Iran (2 hops, one passage each) against Japan - US - China -
// Iran (3 hops, nine passages each). The weighted search took the second; hops come first.
Corpus japan_iran() {
    Corpus c;
    c.documents.push_back(
        test::make_document("x.txt", "", {"A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "I."}));
    for (const char* id : {"japan", "sco", "iran", "us", "china"})
        c.entities.push_back(test::make_entity(id, id, EntityType::Country));
    c.links.push_back(link_with(c, "japan", "us", 9));
    c.links.push_back(link_with(c, "us", "china", 9));
    c.links.push_back(link_with(c, "china", "iran", 9));
    c.links.push_back(link_with(c, "japan", "sco", 1));
    c.links.push_back(link_with(c, "sco", "iran", 1));
    return c;
}

TEST(Paths, FewestHopsFirstThenTheLongerOnes) {
    const Corpus c = japan_iran();
    const KnowledgeGraph g = build_knowledge_graph(c);
    const FilterResult all = apply_filter(c, g, {});
    const PathSet set = find_paths(c, g, all, idx(c, "japan"), idx(c, "iran"));
    ASSERT_EQ(set.paths.size(), 2u) << set.reason;
    EXPECT_EQ(set.paths[0].entities,
              (std::vector<EntityIndex>{idx(c, "japan"), idx(c, "sco"), idx(c, "iran")}));
    EXPECT_EQ(set.paths[1].entities, (std::vector<EntityIndex>{idx(c, "japan"), idx(c, "us"),
                                                               idx(c, "china"), idx(c, "iran")}));
    EXPECT_EQ(find_path(c, g, all, idx(c, "japan"), idx(c, "iran")).hops.size(), 2u);
    for (const PathResult& p : set.paths)
        for (const PathHop& h : p.hops) EXPECT_TRUE(h.best_evidence) << "every hop has its passage";
    // A weight filter that hides the SCO's single-passage links leaves the longer path only.
    FilterSpec s;
    s.min_weight = 2;
    const FilterResult strong = apply_filter(c, g, s);
    const PathSet left = find_paths(c, g, strong, idx(c, "japan"), idx(c, "iran"));
    ASSERT_EQ(left.paths.size(), 1u);
    EXPECT_EQ(left.paths[0].hops.size(), 3u);
}

TEST(Paths, AmongAsManyHopsTheBetterEvidencedFirstAndAtMostFive) {
    // a and z joined through six middles m1..m6, with 1..6 passages per hop: six 2-hop paths.
    Corpus c;
    c.documents.push_back(test::make_document("x.txt", "", {"A.", "B.", "C.", "D.", "E.", "F."}));
    for (const char* id : {"a", "z", "m1", "m2", "m3", "m4", "m5", "m6"})
        c.entities.push_back(test::make_entity(id, id, EntityType::Country));
    for (std::size_t m = 1; m <= 6; ++m) {
        const std::string id = "m" + std::to_string(m);
        c.links.push_back(link_with(c, "a", id.c_str(), m));
        c.links.push_back(link_with(c, id.c_str(), "z", m));
    }
    c.links.push_back(link_with(c, "a", "z", 1)); // and the direct link, one hop
    const KnowledgeGraph g = build_knowledge_graph(c);
    const FilterResult all = apply_filter(c, g, {});
    const PathSet set = find_paths(c, g, all, idx(c, "a"), idx(c, "z"));
    ASSERT_EQ(set.paths.size(), 5u);
    EXPECT_EQ(set.paths[0].hops.size(), 1u);
    for (std::size_t i = 1; i < 5; ++i) {
        ASSERT_EQ(set.paths[i].entities.size(), 3u);
        EXPECT_EQ(c.entities[set.paths[i].entities[1]].id, "m" + std::to_string(7 - i))
            << "strongest middle first";
        EXPECT_LT(set.paths[i - 1].length, set.paths[i].length + 1.0);
    }
    EXPECT_EQ(find_paths(c, g, all, idx(c, "a"), idx(c, "z"), 2).paths.size(), 2u);
}

TEST(Paths, NoPathGivesAReason) {
    const Corpus c = chain_corpus();
    const KnowledgeGraph g = build_knowledge_graph(c);
    const FilterResult all = apply_filter(c, g, {});
    PathResult p = find_path(c, g, all, idx(c, "a"), idx(c, "f"));
    EXPECT_FALSE(p.found());
    EXPECT_NE(p.reason.find("no connection"), std::string::npos);
    EXPECT_TRUE(find_paths(c, g, all, idx(c, "a"), idx(c, "f")).paths.empty());
    EXPECT_FALSE(find_path(c, g, all, idx(c, "a"), idx(c, "a")).found());
    EXPECT_FALSE(find_path(c, g, all, 0, 99).found());
    FilterSpec s;
    s.focus = "a";
    const FilterResult ego = apply_filter(c, g, s);
    p = find_path(c, g, ego, idx(c, "a"), idx(c, "d"));
    EXPECT_NE(p.reason.find("hidden"), std::string::npos);
}

TEST(Paths, BestPassagePrefersTheLinkKindThenNewestThenShortest) {
    const Corpus c = test::fixture_corpus();
    const Link& cr =
        c.links[0]; // china - russia: cooperation in a.txt and b.txt, co-mention in c.txt
    std::vector<std::uint8_t> all(c.documents.size(), 1);
    auto best = best_evidence(c, cr, all);
    ASSERT_TRUE(best);
    EXPECT_EQ(cr.evidence[*best].doc, 1u) << "cooperation, newest";
    std::vector<std::uint8_t> only_c = {0, 0, 1, 0};
    EXPECT_EQ(cr.evidence[*best_evidence(c, cr, only_c)].doc, 2u);
    EXPECT_FALSE(best_evidence(c, cr, std::vector<std::uint8_t>{0, 0, 0, 1}));
}

} // namespace
} // namespace kg
