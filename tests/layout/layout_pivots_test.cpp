// Pivot sampling of the stress polish: the Hilbert curve and the spread (stratified) pivots.
#include "layout/spread_pivots.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <set>
#include <vector>

namespace kg {
namespace {

using namespace layout_detail;

TEST(LayoutPivots, HilbertCurveVisitsEveryCellOnceMovingToANeighbour) {
    constexpr std::uint32_t side = 16;
    std::vector<int> x_of(side * side, -1), y_of(side * side, -1);
    for (std::uint32_t x = 0; x < side; ++x)
        for (std::uint32_t y = 0; y < side; ++y) {
            const auto d = hilbert_index(side, x, y);
            ASSERT_LT(d, side * side);
            ASSERT_EQ(x_of[d], -1) << "cell index " << d << " used twice";
            x_of[d] = int(x);
            y_of[d] = int(y);
        }
    for (std::uint32_t d = 1; d < side * side; ++d)
        EXPECT_EQ(std::abs(x_of[d] - x_of[d - 1]) + std::abs(y_of[d] - y_of[d - 1]), 1) << d;
}

TEST(LayoutPivots, SpreadPivotsAreDistinctAndCoverTheQuadrantsEqually) {
    // A 40 x 40 grid of nodes: each quadrant holds 400 nodes, 16 runs of 25 along the curve,
    // so it gets exactly 16 of 64 pivots (uniform sampling: 16 +- 3.5, often 10 or 22).
    std::vector<Vec2> pos;
    for (int i = 0; i < 1600; ++i) pos.push_back({float(i % 40), float(i / 40)});
    CurveScratch scratch;
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        std::mt19937_64 rng(seed);
        const auto pivots = spread_pivots(pos, 64, rng, scratch);
        ASSERT_EQ(pivots.size(), 64u);
        EXPECT_EQ(std::set<std::uint32_t>(pivots.begin(), pivots.end()).size(), 64u);
        int quadrant[4] = {};
        for (auto v : pivots) ++quadrant[(pos[v].x >= 20.0f ? 1 : 0) + (pos[v].y >= 20.0f ? 2 : 0)];
        for (int q = 0; q < 4; ++q)
            EXPECT_EQ(quadrant[q], 16) << "seed " << seed << " quadrant " << q;
    }
    // More pivots than nodes: every node once.
    std::mt19937_64 rng(1);
    const std::vector<Vec2> three{{0, 0}, {1, 0}, {0, 1}};
    const auto all = spread_pivots(three, 10, rng, scratch);
    EXPECT_EQ(std::set<std::uint32_t>(all.begin(), all.end()), (std::set<std::uint32_t>{0, 1, 2}));
}

} // namespace
} // namespace kg
