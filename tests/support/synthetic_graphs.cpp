// Seeded synthetic graph generators.
#include "support/synthetic_graphs.hpp"

#include <algorithm>
#include <random>
#include <set>

namespace kg {

LayoutGraph make_barabasi_albert(std::uint32_t nodes, std::uint32_t links_per_node,
                                 std::uint64_t seed) {
    LayoutGraph g;
    g.node_count = nodes;
    std::mt19937_64 rng(seed);
    // Every edge end is one entry: drawing an entry uniformly is drawing by degree.
    std::vector<std::uint32_t> ends;
    const std::uint32_t m = std::max<std::uint32_t>(1, links_per_node);
    for (std::uint32_t v = 1; v < nodes; ++v) {
        std::set<std::uint32_t> targets;
        const std::uint32_t want = std::min(m, v);
        while (targets.size() < want) {
            std::uint32_t t =
                ends.empty()
                    ? 0
                    : ends[std::uniform_int_distribution<std::size_t>(0, ends.size() - 1)(rng)];
            // The first nodes must link to all earlier ones: draw them uniformly.
            if (v <= m) t = static_cast<std::uint32_t>(rng() % v);
            targets.insert(t);
        }
        for (auto t : targets) {
            g.edges.emplace_back(v, t);
            ends.push_back(v);
            ends.push_back(t);
        }
    }
    return g;
}

LayoutGraph make_planted_partition(std::uint32_t nodes, std::uint32_t groups, double intra,
                                   double inter, std::uint64_t seed) {
    LayoutGraph g;
    g.node_count = nodes;
    if (nodes < 2 || groups == 0) return g;
    std::mt19937_64 rng(seed);
    const std::uint32_t size = std::max<std::uint32_t>(1, nodes / groups);
    auto block_of = [&](std::uint32_t v) { return std::min(v / size, groups - 1); };
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (std::uint32_t v = 0; v < nodes; ++v) {
        const std::uint32_t b = block_of(v);
        const std::uint32_t lo = b * size;
        const std::uint32_t hi = b == groups - 1 ? nodes : lo + size;
        // Half the expected degree is drawn by each end, so degrees average intra + inter.
        for (double k = unit(rng); k < intra / 2; k += 1.0) {
            auto t = lo + static_cast<std::uint32_t>(rng() % (hi - lo));
            if (t != v) g.edges.emplace_back(v, t);
        }
        for (double k = unit(rng); k < inter / 2; k += 1.0) {
            auto t = static_cast<std::uint32_t>(rng() % nodes);
            if (block_of(t) != b) g.edges.emplace_back(v, t);
        }
    }
    return g;
}

LayoutGraph make_hub_fixture(std::uint32_t nodes, std::uint64_t seed) {
    LayoutGraph g = make_barabasi_albert(nodes, 1, seed);
    std::mt19937_64 rng(seed ^ 0xA5A5u);
    // Sparse cross links between non-hubs, as articles relating two minor entities.
    for (std::uint32_t i = 0; i < nodes / 6; ++i) {
        auto a = static_cast<std::uint32_t>(rng() % nodes);
        auto b = static_cast<std::uint32_t>(rng() % nodes);
        if (a != b) g.edges.emplace_back(a, b);
    }
    g.node_groups.resize(nodes);
    g.label_sizes.resize(nodes);
    for (std::uint32_t v = 0; v < nodes; ++v) {
        g.node_groups[v] = static_cast<std::uint8_t>(rng() % 5);
        // Names of 5..20 characters at roughly 7 world units per character, 12 units high.
        g.label_sizes[v] = Vec2{7.0f * static_cast<float>(5 + rng() % 16), 12.0f};
    }
    return g;
}

} // namespace kg
