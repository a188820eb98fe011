// New-node placement and anchored refinement for warm starts.
#include "layout/warm_start.hpp"

#include "layout/force_refine.hpp"
#include "layout/graph_distances.hpp"
#include "layout/stress.hpp"

#include <cmath>
#include <deque>
#include <numbers>
#include <random>

namespace kg::layout_detail {

bool place_new_nodes(const CsrGraph& g, std::vector<Vec2>& pos, float edge_length,
                     std::uint64_t seed) {
    const auto n = static_cast<std::uint32_t>(pos.size());
    std::deque<std::uint32_t> queue;
    std::vector<bool> placed(n, false);
    for (std::uint32_t v = 0; v < n; ++v)
        if (has_position(pos[v])) placed[v] = true, queue.push_back(v);
    if (queue.empty()) return false;
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<float> angle(0.0f, 2.0f * std::numbers::pi_v<float>);
    // Breadth-first from the survivors, so a chain of new nodes grows outward step by step.
    while (!queue.empty()) {
        const auto u = queue.front();
        queue.pop_front();
        for (auto e : boost::make_iterator_range(boost::out_edges(u, g))) {
            const auto v = static_cast<std::uint32_t>(boost::target(e, g));
            if (placed[v]) continue;
            Vec2 sum{};
            float count = 0.0f;
            for (auto f : boost::make_iterator_range(boost::out_edges(v, g))) {
                const auto w = static_cast<std::uint32_t>(boost::target(f, g));
                if (placed[w]) sum = sum + pos[w], count += 1.0f;
            }
            const float a = angle(rng);
            // Beside the neighbours, not on top of them: offset by half an edge length.
            pos[v] = sum * (1.0f / count) + Vec2{std::cos(a), std::sin(a)} * (0.5f * edge_length);
            placed[v] = true;
            queue.push_back(v);
        }
    }
    return true;
}

void refine_warm(const CsrGraph& g, std::vector<Vec2>& pos, const std::vector<bool>& had_position,
                 const ComponentParams& p, const Stage& stage) {
    const auto n = static_cast<std::uint32_t>(pos.size());
    std::vector<bool> pinned(n, false);
    for (std::uint32_t v = 0; v < n && v < p.pinned.size(); ++v)
        pinned[v] = p.pinned[v] && had_position[v];
    if (n <= kMaxStressNodes) {
        const auto dist = all_pairs_distances(g);
        StressParams sp;
        sp.edge_length = p.edge_length;
        sp.max_iterations = 100;
        // Strong enough that survivors barely move, weak enough that new nodes and their
        // immediate neighbours can make room.
        sp.anchor_weight = 1.0f;
        sp.anchored = &had_position;
        sp.pinned = &pinned;
        stress_majorize(dist, pos, sp, stage);
        return;
    }
    ForceParams fp;
    fp.natural_length = p.edge_length;
    // Small steps and few of them: a warm start only settles what changed locally; the
    // drawing was already good, and every extra step drifts survivors away from where the
    // analyst last saw them.
    fp.initial_step = 0.02f * p.edge_length;
    fp.max_iterations = 15;
    fp.pinned = &pinned;
    force_refine(g, pos, fp, stage);
}

} // namespace kg::layout_detail
