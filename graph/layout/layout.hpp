// Graph layout: positions for the nodes of a plain weighted graph.
#pragma once

#include "common/progress.hpp"
#include "common/vec2.hpp"

#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace kg {

enum class LayoutAlgorithm : std::uint8_t {
    Auto,                // picks by size
    Stress,              // stress majorization on BFS distances (small graphs)
    Multilevel,          // coarsen + Barnes-Hut force refinement (large graphs)
    FruchtermanReingold, // Boost's FR, parameterized
    KamadaKawai,         // Boost's KK per component
    Circle,
    Concentric, // rings by node group (entity type)
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
    // Label box (width, height) per node in world units, centred on the node, measured by the
    // app with the real font; empty = no labels. Overlap removal keeps these boxes apart.
    std::vector<Vec2> label_sizes;
};

// Marks "no position yet" in LayoutOptions::initial (a node new to the graph).
inline constexpr Vec2 kNoPosition{std::numeric_limits<float>::quiet_NaN(),
                                  std::numeric_limits<float>::quiet_NaN()};

// True when `p` is a real position rather than kNoPosition.
inline bool has_position(Vec2 p) {
    return std::isfinite(p.x) && std::isfinite(p.y);
}

// World-unit scale: the ideal length of an edge of weight 1; empty radii default to a tenth.
inline constexpr float kDefaultEdgeLength = 40.0f;

struct LayoutOptions {
    LayoutAlgorithm algorithm = LayoutAlgorithm::Auto;
    std::uint64_t seed = 1;
    std::vector<Vec2> initial; // warm start (size node_count) or empty; kNoPosition = new node
    std::vector<bool> pinned;  // pinned nodes keep their initial position
    bool remove_overlaps = true;
    float edge_length = kDefaultEdgeLength; // ideal edge length in world units
};

// Lays out `graph`. Deterministic for a given graph, options and seed.
// Returns early (with the best positions so far) when control.stop is requested.
std::vector<Vec2> compute_layout(const LayoutGraph& graph, const LayoutOptions& options,
                                 const WorkControl& control = {});

// Receives intermediate positions of every node (after each multilevel level, every few
// stress sweeps) so a caller can animate; never affects the result.
using LayoutPreviewFn = std::function<void(const std::vector<Vec2>& positions)>;

// compute_layout that also reports intermediate positions to `preview`.
std::vector<Vec2> compute_layout(const LayoutGraph& graph, const LayoutOptions& options,
                                 const WorkControl& control, const LayoutPreviewFn& preview);

} // namespace kg
