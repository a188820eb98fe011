// Warm starts: survivors move little, new nodes land beside their neighbours, pins never move.
#include "layout/layout.hpp"
#include "layout/layout_quality.hpp"
#include "support/synthetic_graphs.hpp"
#include "test_graphs.hpp"

#include <gtest/gtest.h>

#include <random>

namespace kg {
namespace {

// Removes a seeded 20% of the nodes; returns the smaller graph and each survivor's old id.
std::pair<LayoutGraph, std::vector<std::uint32_t>> remove_fifth(const LayoutGraph& g,
                                                                std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::vector<std::int64_t> new_id(g.node_count, -1);
    std::vector<std::uint32_t> old_id;
    for (std::uint32_t v = 0; v < g.node_count; ++v)
        if (rng() % 5 != 0)
            new_id[v] = static_cast<std::int64_t>(old_id.size()), old_id.push_back(v);
    LayoutGraph out = g;
    out.node_count = static_cast<std::uint32_t>(old_id.size());
    out.edges.clear();
    out.label_sizes.clear();
    out.node_groups.clear();
    for (auto [u, v] : g.edges)
        if (new_id[u] >= 0 && new_id[v] >= 0)
            out.edges.emplace_back(static_cast<std::uint32_t>(new_id[u]),
                                   static_cast<std::uint32_t>(new_id[v]));
    return {out, old_id};
}

// Relative displacement of survivors after removing 20% of `g` and re-laying out warm.
double displacement_after_removal(const LayoutGraph& g) {
    const auto before = compute_layout(g, {});
    auto [smaller, old_id] = remove_fifth(g, 99);
    LayoutOptions warm;
    for (auto v : old_id) warm.initial.push_back(before[v]);
    const auto after = compute_layout(smaller, warm);
    return relative_displacement(warm.initial, after);
}

TEST(LayoutStability, RemovingAFifthMovesSurvivorsLittleSmallGraph) {
    EXPECT_LT(displacement_after_removal(make_hub_fixture(300, 4)), 0.05);
}

TEST(LayoutStability, RemovingAFifthMovesSurvivorsLittleLargeGraph) {
    EXPECT_LT(displacement_after_removal(make_planted_partition(4000, 40, 6.0, 1.0, 4)), 0.05);
}

TEST(LayoutStability, FreshLayoutOfTheSmallerGraphWouldMoveMore) {
    // Guards the measure itself: without the warm start the same change moves nodes a lot.
    const auto g = make_hub_fixture(300, 4);
    const auto before = compute_layout(g, {});
    auto [smaller, old_id] = remove_fifth(g, 99);
    std::vector<Vec2> survivors;
    for (auto v : old_id) survivors.push_back(before[v]);
    const auto cold = compute_layout(smaller, {});
    EXPECT_GT(relative_displacement(survivors, cold), 0.1);
}

TEST(LayoutStability, NewNodeAppearsBesideItsNeighbour) {
    auto g = make_hub_fixture(120, 8);
    const auto before = compute_layout(g, {});
    const std::uint32_t anchor = 37;
    g.node_count += 1;
    g.edges.emplace_back(anchor, 120);
    g.label_sizes.push_back(Vec2{50.0f, 12.0f});
    g.node_groups.push_back(0);
    LayoutOptions warm;
    warm.initial = before;
    warm.initial.push_back(kNoPosition);
    const auto after = compute_layout(g, warm);
    ASSERT_TRUE(test::all_finite(after));
    EXPECT_LT((after[120] - after[anchor]).length(), 3.0f * kDefaultEdgeLength);
}

TEST(LayoutStability, PinnedNodesNeverMove) {
    auto g = make_hub_fixture(150, 2);
    LayoutOptions o;
    o.initial.assign(g.node_count, kNoPosition);
    o.pinned.assign(g.node_count, false);
    // Pin three nodes at arbitrary places, including on top of each other's neighbourhood.
    const std::uint32_t pins[] = {0, 5, 77};
    const Vec2 where[] = {{0.0f, 0.0f}, {10.0f, 0.0f}, {-500.0f, 300.0f}};
    for (int k = 0; k < 3; ++k) o.initial[pins[k]] = where[k], o.pinned[pins[k]] = true;
    for (auto a : {LayoutAlgorithm::Auto, LayoutAlgorithm::Multilevel, LayoutAlgorithm::Circle}) {
        o.algorithm = a;
        const auto pos = compute_layout(g, o);
        ASSERT_TRUE(test::all_finite(pos));
        for (int k = 0; k < 3; ++k) EXPECT_EQ(pos[pins[k]], where[k]) << to_id(a);
    }
}

TEST(LayoutStability, NewComponentGoesBesideTheDrawing) {
    auto g = test::graph_of(6, {{0, 1}, {1, 2}, {2, 0}});
    const auto before = compute_layout(g, {});
    g.edges.emplace_back(3, 4);
    g.edges.emplace_back(4, 5);
    LayoutOptions warm;
    warm.initial = {before[0], before[1], before[2], kNoPosition, kNoPosition, kNoPosition};
    const auto after = compute_layout(g, warm);
    const float right = std::max({after[0].x, after[1].x, after[2].x});
    for (int v = 3; v < 6; ++v) EXPECT_GT(after[v].x, right) << v;
}

} // namespace
} // namespace kg
