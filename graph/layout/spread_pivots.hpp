// Pivots spread over the drawing: one random node from each equal run along a Hilbert curve.
#pragma once

#include "common/vec2.hpp"

#include <cstdint>
#include <random>
#include <vector>

namespace kg::layout_detail {

// Reusable buffers of `spread_pivots`.
struct CurveScratch {
    std::vector<std::uint32_t> order, key, start;
    std::vector<std::uint32_t> cell_index; // Hilbert index of each grid cell, built once
};

// Cell (x, y) of a side x side grid (side a power of two) numbered along a Hilbert curve,
// which visits each quadrant, recursively, before the next.
std::uint32_t hilbert_index(std::uint32_t side, std::uint32_t x, std::uint32_t y);

// `count` distinct nodes (count <= pos.size()): the nodes are ordered along a Hilbert curve
// through the drawing's bounding box (64 x 64 cells), cut into `count` runs of equal length,
// and one node is drawn uniformly from each run. Every node is still drawn with probability
// count / n, as by uniform sampling, but the pivots cover the plane evenly, so the pull of
// the pivots on a node comes from all directions in every sweep (stratified sampling).
std::vector<std::uint32_t> spread_pivots(const std::vector<Vec2>& pos, std::uint32_t count,
                                         std::mt19937_64& rng, CurveScratch& scratch);

} // namespace kg::layout_detail
