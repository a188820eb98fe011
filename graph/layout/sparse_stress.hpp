// Sampled stress polish: stress majorization with links plus fresh random pivots each sweep.
#pragma once

#include "layout/components.hpp"
#include "layout/stage.hpp"

#include <cstdint>
#include <vector>

namespace kg::layout_detail {

// Parameters of a sampled stress run.
struct SparseStressParams {
    float edge_length = kDefaultEdgeLength;
    std::uint32_t pivots = 20; // fresh random pivots per sweep (one bit-parallel BFS per 64)
    int sweeps = 30;
    float damping = 0.3f;  // step of sweep t is 1 / (1 + damping * t) of the way to the target
    bool stratify = false; // pivots spread over the drawing (`spread_pivots`), not uniform
    std::uint64_t seed = 1;
};

// Improves `pos` (one finite position per node of the connected graph `g`, e.g. a force
// layout) towards low stress against graph distances. Each sweep draws `pivots` random nodes,
// finds their hop distances (one multi-source BFS per 64 pivots) and moves every node part of
// the way to its majorization target over its links (exact, with the weighted link lengths)
// and the pivots (BFS hops, each standing for (n - 1 - degree) / pivots nodes). Fresh pivots
// every sweep and shrinking steps average the sampling noise out, which a fixed pivot set
// cannot: at the same number of BFS runs it leaves a visibly worse stress. Rescales `pos` to
// the stress-optimal size first. Deterministic for a seed; returns false when cancelled
// (positions stay valid).
bool sparse_stress(const CsrGraph& g, std::vector<Vec2>& pos, const SparseStressParams& params,
                   const Stage& stage);

} // namespace kg::layout_detail
