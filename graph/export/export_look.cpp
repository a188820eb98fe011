// Node looks through build_render_scene, so the data files carry the sizes and colours the
// figure draws, not a second guess at them.
#include "export/export_look.hpp"

#include <cmath>

namespace kg {

LayoutGraph corpus_layout_graph(const Corpus& corpus) {
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

std::vector<Vec2> default_positions(const Corpus& corpus) {
    LayoutOptions options;
    options.seed = 1;
    return compute_layout(corpus_layout_graph(corpus), options);
}

std::vector<NodeLook> node_looks(const Corpus& corpus, std::span<const Vec2> positions,
                                 const SceneStyle& style) {
    std::vector<Vec2> computed;
    if (positions.size() != corpus.entities.size()) {
        computed = default_positions(corpus);
        positions = computed;
    }
    const RenderScene scene = build_render_scene(corpus, positions, style, {});
    std::vector<NodeLook> looks(corpus.entities.size());
    for (std::size_t i = 0; i < looks.size(); ++i) {
        const std::int32_t n = i < scene.entity_node.size() ? scene.entity_node[i] : -1;
        // 0 - y, not -y: a node at y = 0 is written "0", not "-0".
        if (n < 0) {
            looks[i].pos = {positions[i].x, 0.0f - positions[i].y};
            continue;
        }
        const NodeInstance& inst = scene.nodes[std::size_t(n)];
        looks[i] = {{inst.pos.x, 0.0f - inst.pos.y}, inst.radius, Rgba::unpack(inst.fill)};
    }
    return looks;
}

LinkEnds link_ends(const Link& link) {
    if (link.from_knowledge_base) return {link.source, link.target, true};
    bool forward = false, backward = false;
    for (const Evidence& ev : link.evidence) {
        forward |= ev.direction == Direction::Forward;
        backward |= ev.direction == Direction::Backward;
    }
    if (forward != backward)
        return forward ? LinkEnds{link.source, link.target, true}
                       : LinkEnds{link.target, link.source, true};
    return {link.source, link.target, false};
}

std::string topic_list(TopicMask topics) {
    std::string out;
    for (std::size_t t = 0; t < kTopicCount; ++t) {
        if (!(topics & (1u << t))) continue;
        if (!out.empty()) out += ';';
        out += to_id(Topic(t));
    }
    return out;
}

} // namespace kg
