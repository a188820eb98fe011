// Layout quality measures shared by tests, the benchmark and the comparison script.
#pragma once

#include "layout/layout.hpp"

#include <cstdint>
#include <vector>

namespace kg {

// Normalized stress (docs/layout.md): over pairs (i, j) with i in a seeded sample of
// `sources` nodes and j != i reachable from i, d_ij the BFS hop distance and e_ij the drawn
// distance scaled by the optimal s, the mean of ((s*e_ij - d_ij) / d_ij)^2. Scale-free: 0 is
// a perfect drawing of graph distances. Pairs with a non-finite position are skipped.
double normalized_stress(const LayoutGraph& graph, const std::vector<Vec2>& positions,
                         std::uint32_t sources = 256, std::uint64_t seed = 12345);

// Mean displacement of the nodes placed in both `before` and `after`, divided by the diagonal of
// the bounding box of `after`: how much a re-layout disturbed the user's mental map.
double relative_displacement(const std::vector<Vec2>& before, const std::vector<Vec2>& after);

} // namespace kg
