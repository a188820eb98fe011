// Graph-theoretic distances for the stress layouts: BFS hops, or Dijkstra when links are weighted.
#pragma once

#include "layout/components.hpp"

#include <cstdint>
#include <vector>

namespace kg::layout_detail {

// Link lengths in hops: 1 for unweighted graphs; heavier links shorter (cube root of the
// mean-to-weight ratio, clamped to [1/3, 3]) so strong ties are drawn closer.
std::vector<float> link_lengths(const CsrGraph& g);

// Distances from `source` to every node (BFS when all lengths are 1, else Dijkstra);
// unreachable nodes get +infinity.
void single_source_distances(const CsrGraph& g, const std::vector<float>& lengths,
                             std::uint32_t source, std::vector<float>& out);

// Row-major n x n distance matrix of a connected graph.
std::vector<float> all_pairs_distances(const CsrGraph& g);

} // namespace kg::layout_detail
