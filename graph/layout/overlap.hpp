// Post-layout readability: pushes node discs and label boxes apart while keeping the shape.
#pragma once

#include "layout/layout.hpp"

#include <cstdint>
#include <vector>

namespace kg::layout_detail {

// What overlap removal needs per node: half extents of its box and whether it may move.
struct OverlapBoxes {
    std::vector<Vec2> half;  // half width / height of the node's box (disc and label)
    std::vector<bool> fixed; // pinned nodes: the other node of a pair moves the full way
    // Nodes linked to at least half of the graph (an issue area in a big corpus): each round
    // moves them at most as far as their largest single push (remove_overlaps).
    std::vector<bool> hub;
    float gap = 0.0f; // extra clearance between boxes
};

// Boxes for `graph` at `edge_length`: the node disc (node_radii or a tenth of the edge
// length) united with the
// label box centred on the node; hub discs grow by a quarter of log2(1 + weighted degree).
OverlapBoxes make_overlap_boxes(const LayoutGraph& graph, float edge_length,
                                const std::vector<bool>& pinned);

// Sweep-and-prune over x finds overlapping pairs; each pair separates along the axis of
// least penetration, which moves nodes the least and keeps the drawing's shape. Repeats
// until no pair overlaps or `max_rounds`. Returns the number of overlaps left.
std::size_t remove_overlaps(std::vector<Vec2>& pos, const OverlapBoxes& boxes, int max_rounds);

// Uniform scale-up (about the origin, at most `max_scale`) that alone would separate 90% of
// the overlapping pairs: keeps the shape exactly and leaves few, small pushes for
// remove_overlaps. Returns the factor applied (1 when overlaps are rare).
float spread_for_overlaps(std::vector<Vec2>& pos, const OverlapBoxes& boxes, float max_scale);

// Number of overlapping box pairs (for tests and diagnostics).
std::size_t count_overlaps(const std::vector<Vec2>& pos, const OverlapBoxes& boxes);

} // namespace kg::layout_detail
