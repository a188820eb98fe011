// Community layout: sqrt(n)/2 clusters on a jittered grid, nodes gaussian around their centre;
// 90% of links join two nodes of one cluster, 10% join random nodes.
#include "synthetic_scene.hpp"

#include <cmath>
#include <random>

namespace kg::bench {

SyntheticGraph make_synthetic_graph(std::uint32_t nodes, std::uint32_t links, std::uint64_t seed) {
    SyntheticGraph g;
    std::mt19937_64 rng(seed);
    const std::uint32_t clusters =
        std::max<std::uint32_t>(1, std::uint32_t(std::sqrt(double(nodes)) / 2));
    const std::uint32_t side = std::uint32_t(std::ceil(std::sqrt(double(clusters))));
    std::normal_distribution<float> spread(0.0f, 1.0f);
    std::uniform_real_distribution<float> unit(0.0f, 1.0f);
    std::vector<Vec2> centres;
    for (std::uint32_t c = 0; c < clusters; ++c)
        centres.push_back({(float(c % side) + unit(rng) * 0.4f) * 100.0f,
                           (float(c / side) + unit(rng) * 0.4f) * 100.0f});
    const float sigma = 100.0f / 6.0f;
    std::vector<std::vector<EntityIndex>> members(clusters);
    for (std::uint32_t i = 0; i < nodes; ++i) {
        const std::uint32_t c = i % clusters;
        Entity e;
        e.id = "e" + std::to_string(i);
        e.name = "Entity " + std::to_string(i);
        e.type = EntityType(rng() % kEntityTypeCount);
        // A heavy tail of mentions, like real corpora: a few big nodes, many small.
        e.mentions.resize(std::size_t(1 + 200.0 / (1.0 + double(rng() % 1000))));
        g.corpus.entities.push_back(std::move(e));
        g.positions.push_back(centres[c] + Vec2{spread(rng) * sigma, spread(rng) * sigma});
        members[c].push_back(i);
    }
    for (std::uint32_t l = 0; l < links && nodes > 1; ++l) {
        Link link;
        if (unit(rng) < 0.9f) {
            const auto& m = members[rng() % clusters];
            if (m.size() < 2) continue;
            link.source = m[rng() % m.size()];
            link.target = m[rng() % m.size()];
        } else {
            link.source = EntityIndex(rng() % nodes);
            link.target = EntityIndex(rng() % nodes);
        }
        if (link.source == link.target) link.target = (link.target + 1) % nodes;
        link.kind = LinkKind(rng() % 4);
        const std::uint32_t docs = 1 + std::uint32_t(rng() % 3);
        for (std::uint32_t d = 0; d < docs; ++d) link.evidence.push_back({d, {0, 1}, link.kind, 0});
        g.corpus.links.push_back(std::move(link));
    }
    g.corpus.documents.edit().resize(3);
    return g;
}

} // namespace kg::bench
