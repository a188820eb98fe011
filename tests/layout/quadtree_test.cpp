// Barnes-Hut repulsion against the exact all-pairs sum it approximates.
#include "layout/quadtree.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace kg::layout_detail {
namespace {

// Sum over j != i of (x_i - x_j) / |x_i - x_j|^2, the quantity repulsion_all approximates.
std::vector<Vec2> exact_repulsion(const std::vector<Vec2>& pos) {
    std::vector<Vec2> out(pos.size());
    for (std::size_t i = 0; i < pos.size(); ++i)
        for (std::size_t j = 0; j < pos.size(); ++j) {
            if (i == j) continue;
            const Vec2 d = pos[i] - pos[j];
            out[i] = out[i] + d * (1.0f / (d.x * d.x + d.y * d.y));
        }
    return out;
}

// Clustered points, as a force layout makes them: dense blobs and a sparse background.
std::vector<Vec2> clustered_points(std::size_t n, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> blob(0.0f, 20.0f);
    std::uniform_real_distribution<float> wide(-500.0f, 500.0f);
    std::vector<Vec2> centres;
    for (int c = 0; c < 8; ++c) centres.push_back({wide(rng), wide(rng)});
    std::vector<Vec2> pos;
    for (std::size_t i = 0; i < n; ++i)
        pos.push_back(i % 5 == 0 ? Vec2{wide(rng), wide(rng)}
                                 : centres[i % centres.size()] + Vec2{blob(rng), blob(rng)});
    return pos;
}

float relative_error(Vec2 got, Vec2 want) {
    return (got - want).length() / std::max(want.length(), 1e-9f);
}

TEST(QuadTree, WithThetaZeroEveryPairIsSummedExactly) {
    const auto pos = clustered_points(700, 3);
    QuadTree tree;
    tree.build(pos);
    std::vector<Vec2> approx;
    tree.repulsion_all(0.0f, approx);
    const auto exact = exact_repulsion(pos);
    ASSERT_EQ(approx.size(), pos.size());
    for (std::size_t i = 0; i < pos.size(); ++i)
        EXPECT_LT(relative_error(approx[i], exact[i]), 1e-3f) << "point " << i;
}

TEST(QuadTree, TheLayoutsThetaStaysCloseToTheExactSum) {
    const auto pos = clustered_points(2000, 5);
    QuadTree tree;
    tree.build(pos);
    std::vector<Vec2> approx;
    tree.repulsion_all(1.0f, approx); // ForceParams::theta
    const auto exact = exact_repulsion(pos);
    // Errors against the typical force: inside a blob the exact sum nearly cancels, so a
    // per-point relative error says little there.
    double typical = 0.0;
    for (const auto& f : exact) typical += f.length();
    typical /= double(exact.size());
    double sum = 0.0;
    float worst = 0.0f;
    for (std::size_t i = 0; i < pos.size(); ++i) {
        const float e = (approx[i] - exact[i]).length() / float(typical);
        sum += e;
        worst = std::max(worst, e);
    }
    EXPECT_LT(sum / double(pos.size()), 0.03); // 0.014 here
    EXPECT_LT(worst, 0.1f);                    // 0.045 here
}

TEST(QuadTree, CoincidentPointsPushApartDeterministically) {
    std::vector<Vec2> pos(50, Vec2{10.0f, 10.0f});
    pos.push_back({200.0f, 0.0f});
    QuadTree tree;
    tree.build(pos);
    std::vector<Vec2> a, b;
    tree.repulsion_all(1.0f, a);
    tree.build(pos);
    tree.repulsion_all(1.0f, b);
    for (std::size_t i = 0; i < pos.size(); ++i) {
        EXPECT_TRUE(std::isfinite(a[i].x) && std::isfinite(a[i].y)) << "point " << i;
        EXPECT_EQ(a[i].x, b[i].x);
        EXPECT_EQ(a[i].y, b[i].y);
    }
    EXPECT_GT((a[0] - a[1]).length(), 0.0f) << "twins must not get the same push";
    EXPECT_GT(a.back().x, 0.0f) << "the lone point is pushed away from the crowd, towards +x";
}

} // namespace
} // namespace kg::layout_detail
