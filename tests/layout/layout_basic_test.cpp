// compute_layout basics: ids, degenerate inputs, determinism, disconnected graphs.
#include "layout/layout.hpp"
#include "layout/pack.hpp"
#include "support/synthetic_graphs.hpp"
#include "test_graphs.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace kg {
namespace {

using test::all_finite;
using test::graph_of;
using test::options_for;

const LayoutAlgorithm kAll[] = {LayoutAlgorithm::Auto,        LayoutAlgorithm::Stress,
                                LayoutAlgorithm::Multilevel,  LayoutAlgorithm::FruchtermanReingold,
                                LayoutAlgorithm::KamadaKawai, LayoutAlgorithm::Circle,
                                LayoutAlgorithm::Concentric};

TEST(LayoutIds, RoundTripAndUnknown) {
    for (auto a : kAll) EXPECT_EQ(layout_algorithm_from_id(to_id(a)), a) << to_id(a);
    EXPECT_EQ(layout_algorithm_from_id("sfdp"), std::nullopt);
    EXPECT_EQ(layout_algorithm_from_id(""), std::nullopt);
}

TEST(LayoutDegenerate, FiniteForEveryAlgorithm) {
    LayoutGraph empty;
    LayoutGraph one = graph_of(1);
    LayoutGraph no_links = graph_of(7);
    LayoutGraph star = graph_of(9);
    for (std::uint32_t v = 1; v < 9; ++v) star.edges.emplace_back(0, v);
    LayoutGraph dup = graph_of(3, {{0, 1}, {1, 0}, {0, 1}, {1, 2}});
    LayoutGraph loops = graph_of(3, {{0, 0}, {1, 1}, {0, 2}, {2, 2}});
    LayoutGraph bad = graph_of(3, {{0, 1}, {1, 9}}, {NAN, -1.0f});
    for (auto a : kAll) {
        LayoutOptions o = options_for(a);
        EXPECT_TRUE(compute_layout(empty, o).empty());
        for (const auto* g : {&one, &no_links, &star, &dup, &loops, &bad}) {
            auto pos = compute_layout(*g, o);
            ASSERT_EQ(pos.size(), g->node_count) << to_id(a);
            EXPECT_TRUE(all_finite(pos)) << to_id(a) << " n=" << g->node_count;
        }
    }
}

TEST(LayoutDegenerate, NoLinksStillSpreadsNodes) {
    LayoutGraph g = graph_of(5);
    auto pos = compute_layout(g, {});
    for (std::size_t i = 0; i < pos.size(); ++i)
        for (std::size_t j = i + 1; j < pos.size(); ++j)
            EXPECT_GT((pos[i] - pos[j]).length(), 1.0f) << i << "," << j;
}

TEST(LayoutDeterminism, SameSeedSamePositionsOtherSeedDiffers) {
    auto g = make_hub_fixture(150, 7);
    for (auto a : kAll) {
        LayoutOptions o = options_for(a, 42);
        EXPECT_EQ(compute_layout(g, o), compute_layout(g, o)) << to_id(a);
    }
    LayoutOptions a = options_for(LayoutAlgorithm::FruchtermanReingold, 1);
    LayoutOptions b = options_for(LayoutAlgorithm::FruchtermanReingold, 2);
    EXPECT_NE(compute_layout(g, a), compute_layout(g, b));
}

TEST(LayoutComponents, DisconnectedComponentsDoNotOverlap) {
    // Three triangles and two isolated nodes: each component's box must be apart from the others.
    LayoutGraph g =
        graph_of(11, {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {6, 7}, {7, 8}, {8, 6}});
    const std::vector<std::vector<int>> comps = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {9}, {10}};
    for (auto a : kAll) {
        auto pos = compute_layout(g, options_for(a));
        ASSERT_TRUE(all_finite(pos));
        // Nodes of the same triangle are closer to each other than to any node of another one.
        for (std::size_t c = 0; c < comps.size(); ++c)
            for (std::size_t d = 0; d < comps.size(); ++d) {
                if (c == d) continue;
                for (int u : comps[c])
                    for (int v : comps[d])
                        EXPECT_GT((pos[u] - pos[v]).length(), 0.3f * kDefaultEdgeLength)
                            << to_id(a) << " " << u << "," << v;
            }
        // Packed tightly: the drawing is not much larger than its parts.
        float min_x = 1e9f, max_x = -1e9f, min_y = 1e9f, max_y = -1e9f;
        for (auto p : pos) {
            min_x = std::min(min_x, p.x), max_x = std::max(max_x, p.x);
            min_y = std::min(min_y, p.y), max_y = std::max(max_y, p.y);
        }
        EXPECT_LT(std::max(max_x - min_x, max_y - min_y), 8.0f * kDefaultEdgeLength) << to_id(a);
    }
}

} // namespace
} // namespace kg

// A main graph with a few stray pairs: the pairs go beside it, top-aligned, not on a shelf
// below it (which left a band of empty canvas in the seed figure).
TEST(LayoutComponents, SmallComponentsSitBesideADominantOne) {
    using kg::layout_detail::Box;
    const std::vector<Box> boxes = {{{0, 0}, {10, 10}}, {{0, 0}, {100, 100}}, {{5, 5}, {15, 10}}};
    const auto offsets = kg::layout_detail::pack_boxes(boxes, 2.0f);
    auto placed = [&](std::size_t i) {
        return Box{boxes[i].min + offsets[i], boxes[i].max + offsets[i]};
    };
    EXPECT_FLOAT_EQ(placed(1).min.x, 0.0f);
    EXPECT_FLOAT_EQ(placed(1).min.y, 0.0f);
    for (std::size_t i : {0u, 2u}) {
        EXPECT_GE(placed(i).min.x, placed(1).max.x + 2.0f) << i;
        EXPECT_LE(placed(i).max.y, placed(1).max.y) << i;
    }
    EXPECT_FLOAT_EQ(placed(0).min.y, 0.0f);
    EXPECT_GE(placed(2).min.y, placed(0).max.y + 2.0f) << "stacked, not overlapping";
}

// Given the dominant drawing's nodes, a small component tucks into the empty corner a round
// drawing leaves at its top right, instead of standing beyond its bounding box; it still keeps
// the gap from every node.
TEST(LayoutComponents, SmallComponentsTuckIntoTheDominantDrawingsEmptyCorner) {
    using kg::layout_detail::Box;
    std::vector<kg::Vec2> circle;
    for (int i = 0; i < 64; ++i) {
        const float a = float(i) * 6.2831853f / 64.0f;
        circle.push_back({50.0f + 50.0f * std::cos(a), 50.0f + 50.0f * std::sin(a)});
    }
    const std::vector<kg::Vec2> pair = {{0, 0}, {10, 0}};
    const std::vector<Box> boxes = {{{-1, -1}, {101, 101}}, {{-1, -1}, {11, 1}}};
    const auto beside = kg::layout_detail::pack_boxes(boxes, 2.0f);
    const auto tucked = kg::layout_detail::pack_boxes(boxes, 2.0f, {circle, pair});
    EXPECT_GE(boxes[1].min.x + beside[1].x, boxes[0].max.x + beside[0].x + 2.0f);
    EXPECT_LT(boxes[1].max.x + tucked[1].x, boxes[0].max.x + tucked[0].x)
        << "inside the dominant box";
    for (kg::Vec2 p : pair)
        for (kg::Vec2 q : circle) {
            const kg::Vec2 a = p + tucked[1], b = q + tucked[0];
            EXPECT_GE(std::max(std::abs(a.x - b.x), std::abs(a.y - b.y)), 2.0f);
        }
}
