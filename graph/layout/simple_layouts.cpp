// Circle and concentric-by-group layouts, plus the seed derivation shared by all algorithms.
#include "layout/algorithms.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

namespace kg::layout_detail {

std::uint64_t derive_seed(std::uint64_t seed, std::uint64_t index) {
    // splitmix64: neighbouring indices give unrelated streams.
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ull * (index + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

namespace {

// Places `nodes` evenly on a circle of `radius`, starting at angle `phase`.
void place_on_ring(const std::vector<std::uint32_t>& nodes, float radius, float phase,
                   std::vector<Vec2>& out) {
    const auto count = static_cast<float>(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const float a = phase + 2.0f * std::numbers::pi_v<float> * static_cast<float>(i) / count;
        out[nodes[i]] = {radius * std::cos(a), radius * std::sin(a)};
    }
}

// Radius at which `count` nodes sit one edge length apart along the ring.
float ring_radius(std::size_t count, float edge_length) {
    if (count <= 1) return 0.0f;
    return edge_length * static_cast<float>(count) / (2.0f * std::numbers::pi_v<float>);
}

} // namespace

std::vector<Vec2> circle_layout(const CsrGraph& g, const ComponentParams& p) {
    const auto n = static_cast<std::uint32_t>(boost::num_vertices(g));
    std::vector<Vec2> out(n);
    std::vector<std::uint32_t> nodes(n);
    for (std::uint32_t v = 0; v < n; ++v) nodes[v] = v;
    place_on_ring(nodes, ring_radius(n, p.edge_length), 0.0f, out);
    return out;
}

std::vector<Vec2> concentric_layout(const CsrGraph& g, const ComponentParams& p) {
    const auto n = static_cast<std::uint32_t>(boost::num_vertices(g));
    std::map<std::uint8_t, std::vector<std::uint32_t>> rings;
    for (std::uint32_t v = 0; v < n; ++v) rings[v < p.groups.size() ? p.groups[v] : 0].push_back(v);
    std::vector<Vec2> out(n);
    float radius = 0.0f;
    int ring_index = 0;
    for (auto& [group, nodes] : rings) {
        // Within a ring, order by degree so hubs of a type sit together and stay readable.
        std::stable_sort(nodes.begin(), nodes.end(), [&](std::uint32_t a, std::uint32_t b) {
            return boost::out_degree(a, g) > boost::out_degree(b, g);
        });
        // Each ring is at least one edge length outside the previous and wide enough for its nodes.
        const bool centre = ring_index == 0 && nodes.size() == 1;
        radius = centre
                     ? 0.0f
                     : std::max(radius + p.edge_length, ring_radius(nodes.size(), p.edge_length));
        place_on_ring(nodes, radius, 0.3f * static_cast<float>(ring_index), out);
        ++ring_index;
    }
    return out;
}

} // namespace kg::layout_detail
