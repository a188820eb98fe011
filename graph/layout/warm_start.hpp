// Warm starts: where new nodes go, and a gentle refinement that keeps survivors in place.
#pragma once

#include "layout/algorithms.hpp"

#include <vector>

namespace kg::layout_detail {

// Fills kNoPosition entries of `pos`: breadth-first from the placed nodes, each new node goes
// beside its placed neighbours (their mean, nudged outward by a seeded fraction of an edge
// length). Returns false when no node of the component was placed (lay it out afresh).
bool place_new_nodes(const CsrGraph& g, std::vector<Vec2>& pos, float edge_length,
                     std::uint64_t seed);

// Refines a warm-started component: anchored stress majorization for up to kMaxStressNodes
// (survivors are pulled towards where they were, new nodes are free), otherwise a short,
// small-step force refinement. Pinned nodes never move.
void refine_warm(const CsrGraph& g, std::vector<Vec2>& pos, const std::vector<bool>& had_position,
                 const ComponentParams& p, const Stage& stage);

} // namespace kg::layout_detail
