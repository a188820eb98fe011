// Spring-electrical refinement with Barnes-Hut repulsion.
#include "layout/force_refine.hpp"

#include "layout/quadtree.hpp"

#include <cmath>

namespace kg::layout_detail {
namespace {

constexpr float kRepulsion = 0.2f; // Hu's C: balances K^2/d against d^2/K
constexpr float kCooling = 0.9f;   // step *= t on a bad iteration, /= t after 5 good ones
constexpr int kGoodRunLength = 5;

} // namespace

bool force_refine(const CsrGraph& g, std::vector<Vec2>& pos, const ForceParams& params,
                  const Stage& stage) {
    const auto n = static_cast<std::uint32_t>(boost::num_vertices(g));
    if (n < 2) return true;
    const float k = params.natural_length;
    const float repulsion_scale = kRepulsion * k * k;
    QuadTree tree;
    std::vector<Vec2> repulsion;
    float step = params.initial_step;
    double energy = std::numeric_limits<double>::max();
    int progress = 0;
    for (int iter = 0; iter < params.max_iterations; ++iter) {
        if (stage.stop_requested()) return false;
        if (iter % 8 == 0) stage.report(static_cast<float>(iter) / params.max_iterations);
        tree.build(pos);
        tree.repulsion_all(params.theta, repulsion);
        const double previous_energy = energy;
        energy = 0.0;
        double moved = 0.0;
        for (std::uint32_t i = 0; i < n; ++i) {
            if (params.pinned != nullptr && (*params.pinned)[i]) continue;
            const Vec2 p = pos[i];
            Vec2 f = repulsion[i] * repulsion_scale;
            for (auto e : boost::make_iterator_range(boost::out_edges(i, g))) {
                const Vec2 d = pos[boost::target(e, g)] - p;
                f = f + d * (g[e].weight * d.length() / k);
            }
            const float len = f.length();
            if (!(len > 0.0f) || !std::isfinite(len)) continue;
            // Gauss-Seidel: later nodes in this sweep already see the new position.
            pos[i] = p + f * (step / len);
            energy += double(len) * len;
            moved += step;
        }
        if (energy < previous_energy) {
            if (++progress >= kGoodRunLength) {
                progress = 0;
                step /= kCooling;
            }
        } else {
            progress = 0;
            step *= kCooling;
        }
        if (moved / n < params.tolerance * k) break;
    }
    stage.report(1.0f);
    return true;
}

} // namespace kg::layout_detail
