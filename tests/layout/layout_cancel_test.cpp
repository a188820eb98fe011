// Cancellation: every iterative step stops within one iteration of a stop request.
#include "layout/algorithms.hpp"
#include "layout/force_refine.hpp"
#include "layout/graph_distances.hpp"
#include "layout/sparse_stress.hpp"
#include "layout/stress.hpp"
#include "support/synthetic_graphs.hpp"
#include "test_graphs.hpp"

#include <gtest/gtest.h>

#include <stop_token>

namespace kg {
namespace {

using namespace layout_detail;

CsrGraph big_component() {
    const auto g = make_barabasi_albert(600, 2, 1);
    return split_components(g).front().graph;
}

TEST(LayoutCancel, StressStopsWithinOneSweep) {
    const auto g = big_component();
    const auto dist = all_pairs_distances(g);
    const auto start = pivot_mds(dist, 600, kDefaultEdgeLength, 1);
    std::stop_source source;
    WorkControl control;
    control.stop = source.get_token();
    int sweeps_after_stop = -1;
    StressParams p;
    p.on_sweep = [&](int) {
        if (sweeps_after_stop >= 0) ++sweeps_after_stop;
        if (sweeps_after_stop < 0) source.request_stop(), sweeps_after_stop = 0;
    };
    auto pos = start;
    EXPECT_FALSE(stress_majorize(dist, pos, p, Stage{&control}));
    EXPECT_EQ(sweeps_after_stop, 0);
    // Exactly one sweep happened: the same as a run limited to one iteration.
    auto one = start;
    StressParams limited;
    limited.max_iterations = 1;
    stress_majorize(dist, one, limited, Stage{});
    EXPECT_EQ(pos, one);
}

TEST(LayoutCancel, ForceRefineStopsBeforeTheNextIteration) {
    const auto g = big_component();
    std::vector<Vec2> pos(600);
    for (std::uint32_t v = 0; v < 600; ++v) pos[v] = {float(v % 25) * 10.0f, float(v / 25) * 10.0f};
    const auto start = pos;
    std::stop_source source;
    source.request_stop();
    WorkControl control;
    control.stop = source.get_token();
    EXPECT_FALSE(force_refine(g, pos, ForceParams{}, Stage{&control}));
    EXPECT_EQ(pos, start);
}

TEST(LayoutCancel, StressPolishStopsBeforeTheFirstSweep) {
    const auto g = big_component();
    std::vector<Vec2> pos(600);
    for (std::uint32_t v = 0; v < 600; ++v) pos[v] = {float(v % 25) * 10.0f, float(v / 25) * 10.0f};
    const auto start = pos;
    std::stop_source source;
    source.request_stop();
    WorkControl control;
    control.stop = source.get_token();
    EXPECT_FALSE(sparse_stress(g, pos, SparseStressParams{}, Stage{&control}));
    EXPECT_EQ(pos, start);
}

TEST(LayoutCancel, ComputeLayoutReturnsUsablePositionsWhenStopped) {
    const auto g = make_barabasi_albert(3000, 2, 5);
    for (auto a : {LayoutAlgorithm::Auto, LayoutAlgorithm::Stress, LayoutAlgorithm::KamadaKawai,
                   LayoutAlgorithm::FruchtermanReingold}) {
        std::stop_source source;
        WorkControl control;
        control.stop = source.get_token();
        int reports_after_stop = 0;
        control.progress = [&](float, std::string_view) {
            if (source.stop_requested()) ++reports_after_stop;
            source.request_stop();
        };
        const auto pos = compute_layout(g, test::options_for(a), control);
        ASSERT_EQ(pos.size(), g.node_count);
        EXPECT_TRUE(test::all_finite(pos)) << to_id(a);
        // Stopping skips the rest: at most the closing report and one per remaining level.
        EXPECT_LT(reports_after_stop, 20) << to_id(a);
    }
}

} // namespace
} // namespace kg
