// The per-component layout algorithms behind compute_layout; internal to the layout module.
#pragma once

#include "layout/components.hpp"
#include "layout/stage.hpp"

#include <cstdint>
#include <functional>
#include <vector>

namespace kg::layout_detail {

// What every per-component algorithm gets besides the graph.
struct ComponentParams {
    float edge_length = kDefaultEdgeLength;
    std::uint64_t seed = 1;
    std::vector<Vec2> initial; // local warm start or empty; kNoPosition entries are new nodes
    std::vector<bool> pinned;  // local; pinned nodes never move (needs initial)
    std::vector<std::uint8_t> groups; // local node groups (Concentric) or empty
    // Receives intermediate local positions (one per node) for animation, or is empty.
    std::function<void(const std::vector<Vec2>&)> preview;
};

// Boost fruchterman_reingold_force_directed_layout, scaled so k is the edge length, seeded,
// with a cooling schedule that starts hot enough to untangle and checks for cancel.
std::vector<Vec2> fr_layout(const CsrGraph& g, const ComponentParams& p, const Stage& stage);

// Boost kamada_kawai_spring_layout with a bounded `done` functor (no energy loop).
std::vector<Vec2> kk_layout(const CsrGraph& g, const ComponentParams& p, const Stage& stage);

// Stress majorization on BFS (weighted) distances; best readability for small graphs.
std::vector<Vec2> stress_layout(const CsrGraph& g, const ComponentParams& p, const Stage& stage);

// Coarsen by matching, lay out the coarsest graph, refine with Barnes-Hut repulsion.
std::vector<Vec2> multilevel_layout(const CsrGraph& g, const ComponentParams& p,
                                    const Stage& stage);

// Nodes evenly on one circle sized for the edge length.
std::vector<Vec2> circle_layout(const CsrGraph& g, const ComponentParams& p);

// One ring per node group, ordered by group id, innermost first.
std::vector<Vec2> concentric_layout(const CsrGraph& g, const ComponentParams& p);

// A well-mixed 64-bit seed for part `index` of a job seeded with `seed`.
std::uint64_t derive_seed(std::uint64_t seed, std::uint64_t index);

} // namespace kg::layout_detail
