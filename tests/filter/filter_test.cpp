// Every filter facet on the fixture corpus, alone and combined.
#include "filter/filter.hpp"
#include "filter/fixture_corpus.hpp"

#include <gtest/gtest.h>

namespace kg {
namespace {

using test::idx;
using test::visible_ids;
using V = std::vector<std::string>;

class FilterTest : public ::testing::Test {
  protected:
    Corpus corpus = test::fixture_corpus();
    KnowledgeGraph graph = build_knowledge_graph(corpus);

    FilterResult run(const FilterSpec& spec, std::span<const ReviewState> review = {}) {
        return apply_filter(corpus, graph, spec, review);
    }
    V nodes(const FilterSpec& spec) { return visible_ids(corpus, run(spec).node_visible); }
    std::size_t link(std::string_view a, std::string_view b, LinkKind k) const {
        for (std::size_t l = 0; l < corpus.links.size(); ++l) {
            const Link& x = corpus.links[l];
            const auto ea = idx(corpus, a), eb = idx(corpus, b);
            if (x.kind == k &&
                ((x.source == ea && x.target == eb) || (x.source == eb && x.target == ea)))
                return l;
        }
        ADD_FAILURE() << "no link " << a << " - " << b;
        return 0;
    }
};

TEST_F(FilterTest, DefaultShowsEverythingLinkedAndHidesIsolated) {
    const FilterResult r = run({});
    EXPECT_EQ(r.visible_links, corpus.links.size());
    EXPECT_EQ(r.visible_nodes, corpus.entities.size() - 1);
    EXPECT_FALSE(r.node_visible[idx(corpus, "mongolia")]);
    EXPECT_TRUE(r.node_visible[idx(corpus, "venezuela")]) << "a knowledge-base link keeps it";
    EXPECT_TRUE(r.diagnostics.empty());
}

TEST_F(FilterTest, KeepIsolatedShowsEntitiesWithoutLinks) {
    FilterSpec s;
    s.keep_isolated = true;
    EXPECT_EQ(run(s).visible_nodes, corpus.entities.size());
}

TEST_F(FilterTest, EntityTypesHideNodesAndTheirLinks) {
    FilterSpec s;
    s.entity_types = EntityTypeMask(kAllEntityTypes & ~type_bit(EntityType::Leader));
    EXPECT_EQ(nodes(s), (V{"china", "dmitri-trenin", "energy", "iran", "russia", "sco", "syria",
                           "united-states"}));
}

TEST_F(FilterTest, DiscoveredEntitiesCanBeHidden) {
    FilterSpec s;
    s.show_discovered = false;
    const FilterResult r = run(s);
    EXPECT_FALSE(r.node_visible[idx(corpus, "lavrov")]);
    EXPECT_FALSE(r.link_visible[link("lavrov", "sco", LinkKind::CoMention)]);
    EXPECT_TRUE(r.node_visible[idx(corpus, "sco")]);
}

TEST_F(FilterTest, RegionKeepsOnlyLinksInsideTheRegion) {
    FilterSpec s;
    s.regions = region_bit(Region::MiddleEast);
    EXPECT_EQ(nodes(s), (V{"iran", "syria"}));
}

TEST_F(FilterTest, RegionWithPartnersKeepsLinkedOutsiders) {
    FilterSpec s;
    s.regions = region_bit(Region::MiddleEast);
    s.keep_partners = true;
    const FilterResult r = run(s);
    EXPECT_EQ(visible_ids(corpus, r.node_visible),
              (V{"energy", "iran", "russia", "syria", "united-states"}));
    EXPECT_FALSE(r.link_visible[link("china", "russia", LinkKind::Cooperation)])
        << "partners among themselves";
}

TEST_F(FilterTest, LeadersFollowTheirAffiliationsRegion) {
    FilterSpec s;
    s.regions = region_bit(Region::Europe);
    EXPECT_EQ(nodes(s), (V{"russia", "sergey-lavrov"}));
}

TEST_F(FilterTest, OrganizationsMatchTheRegionsTheyConcern) {
    FilterSpec s;
    s.regions = region_bit(Region::EastAsia);
    s.keep_isolated = true;
    EXPECT_EQ(nodes(s), (V{"china", "dmitri-trenin", "mongolia", "sco", "xi-jinping"}))
        << "a person follows its organization";
}

TEST_F(FilterTest, TopicKeepsOnTopicLinksAndTheIssueNode) {
    FilterSpec s;
    s.topics = topic_bit(Topic::Energy);
    const FilterResult r = run(s);
    EXPECT_EQ(visible_ids(corpus, r.node_visible),
              (V{"china", "energy", "iran", "russia", "syria"}));
    EXPECT_FALSE(r.link_visible[link("russia", "sco", LinkKind::MemberOf)])
        << "KB link to an off-topic node";
    EXPECT_EQ(r.link_weight[link("china", "russia", LinkKind::Cooperation)], 3.0);
}

TEST_F(FilterTest, IssueNodeOfTheTopicShowsEvenWithoutLinks) {
    FilterSpec s;
    s.topics = topic_bit(Topic::Energy);
    s.link_kinds = kind_bit(LinkKind::Tension);
    EXPECT_EQ(nodes(s), (V{"energy"}));
}

TEST_F(FilterTest, LinkKinds) {
    FilterSpec s;
    s.link_kinds = kind_bit(LinkKind::Tension);
    EXPECT_EQ(nodes(s), (V{"china", "iran", "united-states"}));
}

TEST_F(FilterTest, MinimumWeightAndDocuments) {
    FilterSpec s;
    s.min_weight = 2;
    EXPECT_EQ(nodes(s), (V{"china", "russia"}));
    s = {};
    s.min_documents = 3;
    EXPECT_EQ(nodes(s), (V{"china", "russia"}));
    s.min_documents = 4;
    EXPECT_TRUE(nodes(s).empty());
}

TEST_F(FilterTest, DocumentsRestrictEvidenceAndWeights) {
    FilterSpec s;
    s.documents = {"corpus/b.txt"};
    const FilterResult r = run(s);
    // The member-of link survives because both its ends have passage links in b.txt.
    EXPECT_EQ(visible_ids(corpus, r.node_visible),
              (V{"china", "iran", "lavrov", "russia", "sco", "united-states"}));
    EXPECT_TRUE(r.link_visible[link("russia", "sco", LinkKind::MemberOf)]);
    EXPECT_FALSE(r.link_visible[link("xi-jinping", "china", LinkKind::Leads)]);
    const std::size_t cr = link("china", "russia", LinkKind::Cooperation);
    EXPECT_EQ(r.link_weight[cr], 1.0);
    EXPECT_EQ(r.link_documents[cr], 1u);
    s.documents = {"d1"};
    EXPECT_EQ(run(s).node_visible, r.node_visible) << "ids are accepted too";
}

TEST_F(FilterTest, UnknownDocumentIsReportedNotFatal) {
    FilterSpec s;
    s.documents = {"nope.txt"};
    const FilterResult r = run(s);
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_NE(r.diagnostics[0].message.find("nope.txt"), std::string::npos);
    EXPECT_EQ(r.visible_nodes, 0u);
}

TEST_F(FilterTest, DateRangeWithPrefixBoundsExcludesUndated) {
    FilterSpec s;
    s.date_from = "2022";
    s.date_to = "2022";
    FilterSpec b;
    b.documents = {"corpus/b.txt"};
    EXPECT_EQ(run(s).node_visible, run(b).node_visible);
    s = {};
    s.date_to = "2021";
    const FilterResult r = run(s);
    EXPECT_EQ(visible_ids(corpus, r.node_visible),
              (V{"china", "energy", "iran", "russia", "sergey-lavrov", "syria", "xi-jinping"}));
    EXPECT_TRUE(r.link_visible[link("xi-jinping", "china", LinkKind::Leads)]);
    EXPECT_FALSE(r.document_allowed[2]) << "undated documents leave when a range is set";
}

TEST_F(FilterTest, EgoNetworkByHops) {
    FilterSpec s;
    s.focus = "iran";
    const FilterResult one = run(s);
    EXPECT_EQ(visible_ids(corpus, one.node_visible),
              (V{"energy", "iran", "russia", "syria", "united-states"}));
    EXPECT_EQ(one.hop_distance[idx(corpus, "iran")], 0);
    EXPECT_EQ(one.hop_distance[idx(corpus, "china")], 2);
    s.hops = 2;
    EXPECT_EQ(nodes(s), (V{"china", "energy", "iran", "nicolas-maduro", "russia", "sco",
                           "sergey-lavrov", "syria", "united-states"}));
}

TEST_F(FilterTest, EgoRunsOnTheFilteredGraph) {
    FilterSpec s;
    s.focus = "iran";
    s.hops = 5;
    s.link_kinds = kind_bit(LinkKind::Tension);
    EXPECT_EQ(nodes(s), (V{"china", "iran", "united-states"}));
}

TEST_F(FilterTest, FocusProblemsAreDiagnostics) {
    FilterSpec s;
    s.focus = "atlantis";
    FilterResult r = run(s);
    EXPECT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.visible_nodes, corpus.entities.size() - 1);
    s.focus = "mongolia";
    r = run(s);
    EXPECT_EQ(visible_ids(corpus, r.node_visible), (V{"mongolia"}));
    EXPECT_EQ(r.diagnostics.size(), 1u);
}

TEST_F(FilterTest, OnlyUnreviewedLinks) {
    std::vector<ReviewState> review(corpus.links.size(), ReviewState::Unreviewed);
    const std::size_t cr = link("china", "russia", LinkKind::Cooperation);
    review[cr] = ReviewState::Accepted;
    FilterSpec s;
    s.only_unreviewed = true;
    const FilterResult r = run(s, review);
    EXPECT_FALSE(r.link_visible[cr]);
    EXPECT_EQ(r.visible_links, corpus.links.size() - 1);
    const FacetCounts c = count_facets(corpus, r, review);
    EXPECT_EQ(c.unreviewed_total, corpus.links.size() - 1);
}

TEST_F(FilterTest, CombinedFacets) {
    FilterSpec s;
    s.regions = region_bit(Region::MiddleEast);
    s.keep_partners = true;
    s.topics = topic_bit(Topic::Energy);
    s.documents = {"corpus/a.txt", "corpus/b.txt"};
    s.entity_types = EntityTypeMask(kAllEntityTypes & ~type_bit(EntityType::Issue));
    EXPECT_EQ(nodes(s), (V{"iran", "russia", "syria"}));
}

TEST_F(FilterTest, FacetCountsVisibleAndTotal) {
    FilterSpec s;
    s.link_kinds = kind_bit(LinkKind::Tension);
    const FacetCounts c = count_facets(corpus, run(s));
    EXPECT_EQ(c.type_total[std::size_t(EntityType::Country)], 7u);
    EXPECT_EQ(c.type_visible[std::size_t(EntityType::Country)], 3u);
    EXPECT_EQ(c.region_total[std::size_t(Region::EastAsia)],
              5u); // china, mongolia, sco, xi, trenin
    EXPECT_EQ(c.region_visible[std::size_t(Region::EastAsia)], 1u);
    EXPECT_EQ(c.kind_total[std::size_t(LinkKind::CoMention)], 8u);
    EXPECT_EQ(c.kind_visible[std::size_t(LinkKind::Tension)], 2u);
    EXPECT_EQ(c.topic_visible[std::size_t(Topic::Sanctions)], 1u);
    EXPECT_EQ(c.discovered_total, 1u);
    EXPECT_EQ(c.discovered_visible, 0u);
}

// With one topic ticked, the topic's count is the header's link count: a link on the topic's
// issue node counts in it, as the facet keeps it.
TEST_F(FilterTest, TopicCountAgreesWithTheVisibleLinksOfThatTopic) {
    for (std::size_t t = 0; t < kTopicCount; ++t) {
        FilterSpec s;
        s.topics = topic_bit(Topic(t));
        const FilterResult r = run(s);
        const FacetCounts c = count_facets(corpus, r);
        EXPECT_EQ(c.topic_visible[t], r.visible_links) << label(Topic(t));
    }
}

TEST_F(FilterTest, FilteredViewHasOnlyVisibleEdges) {
    FilterSpec s;
    s.link_kinds = kind_bit(LinkKind::Tension);
    const FilterResult r = run(s);
    const FilteredKnowledgeGraph view = filtered_view(graph, r);
    std::size_t edges = 0, vertices = 0;
    for (auto [e, end] = boost::edges(view); e != end; ++e) ++edges;
    for (auto [v, end] = boost::vertices(view); v != end; ++v) ++vertices;
    EXPECT_EQ(edges, 2u);
    EXPECT_EQ(vertices, 3u);
}

TEST(FilterRobustness, CorruptLinksAndEmptyCorpus) {
    Corpus empty;
    EXPECT_EQ(apply_filter(empty, build_knowledge_graph(empty), {}).visible_nodes, 0u);
    Corpus c = test::fixture_corpus();
    c.links.push_back(c.links.front());
    c.links.back().source = 999; // out of range: skipped, never a crash
    const FilterResult r = apply_filter(c, build_knowledge_graph(c), {});
    EXPECT_FALSE(r.link_visible.back());
}

} // namespace
} // namespace kg
