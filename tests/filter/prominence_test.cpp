// The prominence budget: which entities it keeps, the weight floor it finds, and that small
// corpora open unchanged.
#include "filter/big_corpus.hpp"
#include "filter/filter.hpp"
#include "filter/fixture_corpus.hpp"
#include "filter/prominence.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>

namespace kg {
namespace {

using test::idx;
using test::visible_ids;
using V = std::vector<std::string>;

class ProminenceTest : public ::testing::Test {
  protected:
    Corpus corpus = test::fixture_corpus();
    KnowledgeGraph graph = build_knowledge_graph(corpus);

    V nodes(const FilterSpec& spec) {
        return visible_ids(corpus, apply_filter(corpus, graph, spec).node_visible);
    }
};

TEST_F(ProminenceTest, KeepsTheMostMentionedAndTheLinksBetweenThem) {
    FilterSpec s;
    s.top_entities = 2; // China and Russia: five mentions each
    const FilterResult r = apply_filter(corpus, graph, s);
    EXPECT_EQ(visible_ids(corpus, r.node_visible), (V{"china", "russia"}));
    EXPECT_EQ(r.visible_links, 1u);
}

TEST_F(ProminenceTest, TiesGoToTheHeavierWeightedDegreeThenTheLowerIndex) {
    // Iran, the United States and the SCO have two mentions each; Iran and the SCO weigh 4 (the
    // United States 2), and Iran comes first.
    FilterSpec s;
    s.top_entities = 3;
    EXPECT_EQ(nodes(s), (V{"china", "iran", "russia"}));
    s.top_entities = 4;
    EXPECT_EQ(nodes(s), (V{"china", "iran", "russia", "sco"}));
}

TEST_F(ProminenceTest, RanksOnlyWhatTheOtherFacetsKeep) {
    FilterSpec s;
    s.entity_types = EntityTypeMask(kAllEntityTypes & ~type_bit(EntityType::Country));
    s.top_entities = 2; // the SCO and Maduro (two mentions); China and Russia are not candidates
    s.keep_isolated = true;
    EXPECT_EQ(nodes(s), (V{"nicolas-maduro", "sco"}));
}

TEST_F(ProminenceTest, TheFocusAndTickedIssuesStayInsideABudget) {
    FilterSpec s;
    s.top_entities = 2;
    s.focus = "iran";
    EXPECT_EQ(nodes(s), (V{"iran", "russia"}));
    FilterSpec t;
    t.top_entities = 2;
    t.topics = topic_bit(Topic::Energy);
    EXPECT_EQ(nodes(t), (V{"china", "energy", "russia"}));
}

TEST_F(ProminenceTest, ABudgetLargerThanTheCorpusChangesNothing) {
    FilterSpec s;
    s.top_entities = 1000;
    const FilterResult all = apply_filter(corpus, graph, {});
    const FilterResult budgeted = apply_filter(corpus, graph, s);
    EXPECT_EQ(budgeted.node_visible, all.node_visible);
    EXPECT_EQ(budgeted.link_visible, all.link_visible);
}

TEST_F(ProminenceTest, SmallCorporaOpenOnEverything) {
    EXPECT_FALSE(is_big_corpus(corpus));
    EXPECT_EQ(default_filter(corpus, graph), FilterSpec{});
}

TEST(ProminenceBudget, FindsTheWeightFloorNearestTheLinkBudget) {
    const Corpus c = test::big_corpus();
    const KnowledgeGraph g = build_knowledge_graph(c);
    ASSERT_TRUE(is_big_corpus(c));
    const std::uint32_t n = 40; // 780 links among them, budget 160
    const FilterSpec s = with_prominence_budget(c, g, FilterSpec{}, n);
    EXPECT_EQ(s.top_entities, n);
    const std::size_t budget = kLinksPerTopEntity * n;
    // Brute force: every whole floor, the visible link count it gives.
    auto links_at = [&](double floor) {
        FilterSpec t = s;
        t.min_weight = floor;
        return apply_filter(c, g, t).visible_links;
    };
    double best = 0;
    std::size_t best_gap = std::size_t(-1);
    for (double w = 1; w <= 8; ++w) {
        const std::size_t count = links_at(w);
        const std::size_t gap = count > budget ? count - budget : budget - count;
        if (gap < best_gap) best_gap = gap, best = w;
    }
    EXPECT_EQ(s.min_weight, best);
    EXPECT_LT(links_at(s.min_weight), 780u);
    EXPECT_EQ(default_filter(c, g),
              with_prominence_budget(c, g, FilterSpec{}, kDefaultTopEntities));
}

TEST(ProminenceBudget, NoBudgetLiftsTheWeightFloor) {
    const Corpus c = test::big_corpus();
    const KnowledgeGraph g = build_knowledge_graph(c);
    FilterSpec s = with_prominence_budget(c, g, FilterSpec{}, 40);
    ASSERT_GT(s.min_weight, 1.0);
    s = with_prominence_budget(c, g, s, 0);
    EXPECT_EQ(s, FilterSpec{});
}

} // namespace
} // namespace kg
