// Corpus -> LayoutGraph, and the one-shot layout call.
#include "ui/graph_positions.hpp"

#include "view/render_scene.hpp"

#include <cmath>

namespace kg::app {

LayoutGraph layout_graph_of(const Corpus& corpus) {
    LayoutGraph g;
    g.node_count = std::uint32_t(corpus.entities.size());
    for (const Link& l : corpus.links) {
        g.edges.emplace_back(l.source, l.target);
        // Diminishing returns: ten sentences should not pull ten times harder than one.
        g.edge_weights.push_back(1.0f + std::log2(float(l.weight())));
    }
    // Drawn radii are a fraction of the node spacing, which a stress layout makes about 1.5
    // edge lengths; telling the layout the same sizes lets overlap removal make room for hubs.
    for (float fraction : node_size_fractions(corpus, SizeMode::ByWeight))
        g.node_radii.push_back(1.5f * kDefaultEdgeLength * fraction);
    for (const Entity& e : corpus.entities) g.node_groups.push_back(std::uint8_t(e.type));
    return g;
}

std::vector<Vec2> initial_layout(const Corpus& corpus) {
    LayoutOptions options;
    options.seed = 1;
    return compute_layout(layout_graph_of(corpus), options);
}

} // namespace kg::app
