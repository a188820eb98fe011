// Small helpers shared by the layout tests.
#pragma once

#include "layout/layout.hpp"

#include <cmath>
#include <utility>
#include <vector>

namespace kg::test {

// Builds a graph without designated initializers (which warn about the omitted members).
inline LayoutGraph graph_of(std::uint32_t n,
                            std::vector<std::pair<std::uint32_t, std::uint32_t>> edges = {},
                            std::vector<float> weights = {}) {
    LayoutGraph g;
    g.node_count = n;
    g.edges = std::move(edges);
    g.edge_weights = std::move(weights);
    return g;
}

inline LayoutOptions options_for(LayoutAlgorithm a, std::uint64_t seed = 1) {
    LayoutOptions o;
    o.algorithm = a;
    o.seed = seed;
    return o;
}

inline bool all_finite(const std::vector<Vec2>& pos) {
    for (auto p : pos)
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) return false;
    return true;
}

} // namespace kg::test
