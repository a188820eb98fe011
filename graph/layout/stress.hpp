// Stress majorization on graph distances (Gansner, Koren & North), with optional anchors.
#pragma once

#include "layout/components.hpp"
#include "layout/stage.hpp"

#include <cstdint>
#include <functional>
#include <vector>

namespace kg::layout_detail {

// Components up to this size get the full all-pairs stress; larger ones go multilevel.
inline constexpr std::uint32_t kMaxStressNodes = 2000;

// Parameters of a majorization run.
struct StressParams {
    float edge_length = kDefaultEdgeLength;
    int max_iterations = 300;
    float tolerance = 1e-3f;    // stop when the mean move drops below tolerance * edge length
    float anchor_weight = 0.0f; // > 0 pulls anchored nodes towards their start (warm starts)
    const std::vector<bool>* anchored = nullptr; // which nodes have an anchor; null = all
    std::function<void(int sweep)> on_sweep;     // after each sweep (previews); may be empty
    const std::vector<bool>* pinned = nullptr;   // local ids that never move, or null
};

// Improves `pos` (one finite position per node) by majorizing the stress against the
// all-pairs distances `dist` (row-major n x n, in hops). Returns false when cancelled.
bool stress_majorize(const std::vector<float>& dist, std::vector<Vec2>& pos,
                     const StressParams& params, const Stage& stage);

// Pivot MDS (Brandes & Pich) start positions from the distance matrix, scaled to fit it.
std::vector<Vec2> pivot_mds(const std::vector<float>& dist, std::uint32_t n, float edge_length,
                            std::uint64_t seed);

} // namespace kg::layout_detail
