// Seeded synthetic graphs (Barabasi-Albert, planted partition, hub-heavy) for tests and benchmarks.
#pragma once

#include "layout/layout.hpp"

#include <cstdint>

namespace kg {

// Preferential attachment: each new node links to `links_per_node` distinct earlier nodes
// chosen proportionally to degree. Connected, hub-heavy, small diameter.
LayoutGraph make_barabasi_albert(std::uint32_t nodes, std::uint32_t links_per_node,
                                 std::uint64_t seed);

// `groups` equal blocks; each node draws `intra` links inside its block and `inter` links to
// other blocks on average (sparse, community structure). May be disconnected at tiny sizes.
LayoutGraph make_planted_partition(std::uint32_t nodes, std::uint32_t groups, double intra,
                                   double inter, std::uint64_t seed);

// A knowledge-graph-like fixture: a few hubs (countries, organizations) with many spokes and
// sparse cross links, node groups set, and label boxes sized like short names.
LayoutGraph make_hub_fixture(std::uint32_t nodes, std::uint64_t seed);

} // namespace kg
