// The quality numbers every layout table reports: normalized stress against hand-computed values.
#include "layout/layout_quality.hpp"
#include "test_graphs.hpp"

#include <gtest/gtest.h>

#include <cstdint>

namespace kg {
namespace {

using test::graph_of;

constexpr std::uint32_t kEveryNode = 1000; // more sources than nodes: the exact value

TEST(NormalizedStress, ZeroForADrawingProportionalToGraphDistances) {
    const auto path = graph_of(4, {{0, 1}, {1, 2}, {2, 3}});
    EXPECT_NEAR(normalized_stress(path, {{0, 0}, {7, 0}, {14, 0}, {21, 0}}, kEveryNode), 0.0, 1e-9);
}

TEST(NormalizedStress, MatchesTheClosedFormOnASmallPath) {
    // Ordered pairs of 0-1-2 drawn at x = 0, 1, 3: e/d = 1, 1.5, 1, 2, 1.5, 2 (sum 9) and
    // e^2/d^2 sums to 14.5, so NS = 1 - 9^2 / (6 * 14.5) = 6 / 87.
    const auto path = graph_of(3, {{0, 1}, {1, 2}});
    EXPECT_NEAR(normalized_stress(path, {{0, 0}, {1, 0}, {3, 0}}, kEveryNode), 6.0 / 87.0, 1e-9);
}

TEST(NormalizedStress, IsScaleFree) {
    const auto path = graph_of(3, {{0, 1}, {1, 2}});
    const double small = normalized_stress(path, {{0, 0}, {1, 0}, {3, 0}}, kEveryNode);
    const double large = normalized_stress(path, {{0, 0}, {50, 0}, {150, 0}}, kEveryNode);
    EXPECT_NEAR(small, large, 1e-9);
}

TEST(NormalizedStress, SkipsUnplacedNodesAndUnreachablePairs) {
    // Two components and a node without a position: pairs across components, and pairs with
    // node 5, do not count.
    const auto g = graph_of(6, {{0, 1}, {1, 2}, {3, 4}});
    const double with_extras =
        normalized_stress(g, {{0, 0}, {1, 0}, {3, 0}, {9, 9}, {9, 10}, kNoPosition}, kEveryNode);
    // 3-4 adds two ordered pairs with e/d = 1 to the path's sums: 1 - 11^2 / (8 * 16.5) = 1/12.
    EXPECT_NEAR(with_extras, 1.0 / 12.0, 1e-9);
    const auto path = graph_of(3, {{0, 1}, {1, 2}});
    EXPECT_NEAR(normalized_stress(
                    g, {{0, 0}, {1, 0}, {3, 0}, kNoPosition, kNoPosition, kNoPosition}, kEveryNode),
                normalized_stress(path, {{0, 0}, {1, 0}, {3, 0}}, kEveryNode), 1e-9);
}

TEST(NormalizedStress, ASampleOfSourcesIsSeededAndApproachesTheExactValue) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ring;
    const std::uint32_t n = 400;
    for (std::uint32_t i = 0; i < n; ++i) ring.emplace_back(i, (i + 1) % n);
    const auto g = graph_of(n, std::move(ring));
    // A ring drawn as a noisy square: a drawing that is neither perfect nor degenerate.
    std::vector<Vec2> pos(n);
    for (std::uint32_t i = 0; i < n; ++i)
        pos[i] = Vec2{float(i % 20) + 0.3f * float((i * 7) % 5), float(i / 20)};
    const double exact = normalized_stress(g, pos, kEveryNode);
    EXPECT_EQ(normalized_stress(g, pos, 64, 5), normalized_stress(g, pos, 64, 5));
    EXPECT_NE(normalized_stress(g, pos, 64, 5), normalized_stress(g, pos, 64, 6));
    EXPECT_NEAR(normalized_stress(g, pos, 256), exact, 0.1 * exact);
}

} // namespace
} // namespace kg
