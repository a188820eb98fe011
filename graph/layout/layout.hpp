// Graph layout: positions for the nodes of a plain weighted graph.
#pragma once

#include "common/progress.hpp"
#include "common/vec2.hpp"

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace kg {

enum class LayoutAlgorithm : std::uint8_t {
    Auto,               // picks by size
    Stress,             // stress majorization on BFS distances (small graphs)
    Multilevel,         // coarsen + Barnes-Hut force refinement (large graphs)
    FruchtermanReingold, // Boost's FR, parameterized
    KamadaKawai,        // Boost's KK per component
    Circle,
    Concentric,         // rings by node group (entity type)
};

std::string_view to_id(LayoutAlgorithm a);
std::optional<LayoutAlgorithm> layout_algorithm_from_id(std::string_view id);

// The input: nodes 0..node_count-1 and undirected weighted edges.
struct LayoutGraph {
    std::uint32_t node_count = 0;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    std::vector<float> edge_weights; // empty = all 1; larger pulls closer
    std::vector<float> node_radii;   // empty = all equal; used for overlap removal and spacing
    std::vector<std::uint8_t> node_groups; // for Concentric (entity type); empty = one group
};

struct LayoutOptions {
    LayoutAlgorithm algorithm = LayoutAlgorithm::Auto;
    std::uint64_t seed = 1;
    std::vector<Vec2> initial;     // warm start (size node_count) or empty
    std::vector<bool> pinned;      // pinned nodes keep their initial position
    bool remove_overlaps = true;
};

// Lays out `graph`. Deterministic for a given graph, options and seed.
// Returns early (with the best positions so far) when control.stop is requested.
std::vector<Vec2> compute_layout(const LayoutGraph& graph, const LayoutOptions& options,
                                 const WorkControl& control = {});

} // namespace kg
