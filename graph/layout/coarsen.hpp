// Graph coarsening for the multilevel layout: heavy-edge matching plus two-hop pairing.
#pragma once

#include "layout/components.hpp"

#include <cstdint>
#include <vector>

namespace kg::layout_detail {

// One coarsening step: the coarse graph and, for each fine node, its coarse node.
struct Coarsening {
    CsrGraph coarse;
    std::vector<std::uint32_t> fine_to_coarse;
    std::vector<float> coarse_mass; // fine nodes represented by each coarse node
};

// Matches each node with its unmatched neighbour of heaviest weight / (mass_u * mass_v), then
// pairs still-unmatched nodes that share a neighbour (the leaves of a hub, which a matching
// cannot reduce). Merged links keep their mean weight.
Coarsening coarsen(const CsrGraph& g, const std::vector<float>& mass, std::uint64_t seed);

} // namespace kg::layout_detail
