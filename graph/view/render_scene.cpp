// Scene building: node sizes and colours, link widths, dashes, dimming and draw order.
#include "view/render_scene.hpp"

#include "view/node_shape.hpp"

#include <algorithm>
#include <cmath>

namespace kg {
namespace {

// Size measure per entity: mentions (weight) or distinct neighbours (centrality).
std::vector<float> size_measure(const Corpus& corpus, SizeMode mode) {
    std::vector<float> m(corpus.entities.size(), 0.0f);
    if (mode == SizeMode::ByWeight) {
        for (std::size_t i = 0; i < corpus.entities.size(); ++i)
            m[i] = float(corpus.entities[i].mentions.size());
        // Entities known only from the KB have no mentions: fall back to their link weight.
        for (const Link& l : corpus.links) {
            m[l.source] = std::max(m[l.source], float(l.weight()));
            m[l.target] = std::max(m[l.target], float(l.weight()));
        }
    } else {
        for (const Link& l : corpus.links) {
            m[l.source] += 1.0f;
            m[l.target] += 1.0f;
        }
    }
    return m;
}

Rgba node_color(const Entity& e, const SceneStyle& style, const Theme& t) {
    if (style.color == ColorMode::ByType) return t.entity[std::size_t(e.type)];
    if (e.region) return t.region[std::size_t(*e.region)];
    // Organizations and issues may concern several regions: the lowest one stands for them.
    for (std::size_t r = 0; r < kRegionCount; ++r)
        if (e.regions & (1u << r)) return t.region[r];
    return t.no_region;
}

} // namespace

float spacing_of(std::span<const Vec2> positions) {
    const Bounds b = bounds_of(positions);
    const Vec2 s = b.size();
    const float area = std::max(s.x, 1e-6f) * std::max(s.y, 1e-6f);
    const float spacing = std::sqrt(area / float(std::max<std::size_t>(positions.size(), 1)));
    return spacing > 1e-5f ? spacing : 1.0f;
}

std::vector<float> node_size_fractions(const Corpus& corpus, SizeMode mode) {
    std::vector<float> fraction = size_measure(corpus, mode);
    float max_measure = 1.0f;
    for (float m : fraction) max_measure = std::max(max_measure, m);
    // Square root: area, not radius, grows with the measure.
    for (float& f : fraction) f = 0.09f + 0.21f * std::sqrt(f / max_measure);
    return fraction;
}

RenderScene build_render_scene(const Corpus& corpus, std::span<const Vec2> positions,
                               const SceneStyle& style, const SceneMarks& marks) {
    const Theme& t = theme(style.theme);
    RenderScene scene;
    scene.background = t.background;
    const std::size_t n = std::min(corpus.entities.size(), positions.size());
    auto visible = [&](std::size_t i) { return marks.visible.empty() || marks.visible[i]; };

    // Focus: the focused entity and its neighbours stay lit, everything else dims.
    std::vector<std::uint8_t> lit;
    std::vector<std::uint8_t> on_path(corpus.links.size(), 0);
    for (std::uint32_t li : marks.path_links)
        if (li < corpus.links.size()) on_path[li] = 1;
    if (!marks.path_links.empty()) {
        // A path answers "how are A and B connected": only its entities stay lit.
        lit.assign(n, 0);
        for (std::uint32_t li : marks.path_links)
            if (li < corpus.links.size()) {
                const Link& l = corpus.links[li];
                if (l.source < n) lit[l.source] = 1;
                if (l.target < n) lit[l.target] = 1;
            }
    } else if (marks.focus && *marks.focus < n) {
        lit.assign(n, 0);
        lit[*marks.focus] = 1;
        for (const Link& l : corpus.links)
            if (l.source == *marks.focus || l.target == *marks.focus)
                lit[l.source] = lit[l.target] = 1;
    }
    std::vector<std::uint8_t> selected(n, 0);
    for (EntityIndex e : marks.selected_nodes)
        if (e < n) selected[e] = 1;
    if (marks.selected_link && *marks.selected_link < corpus.links.size()) {
        const Link& l = corpus.links[*marks.selected_link];
        if (l.source < n) selected[l.source] = 1;
        if (l.target < n) selected[l.target] = 1;
    }

    const std::vector<float> size_fraction = node_size_fractions(corpus, style.size);
    const float spacing = spacing_of(positions.first(n));

    // Nodes in three passes so that selected ones draw (and pick) on top.
    scene.entity_node.assign(corpus.entities.size(), -1);
    auto node_rank = [&](std::size_t i) {
        return selected[i] ? 2 : (!lit.empty() && !lit[i]) ? 0 : 1;
    };
    for (int pass = 0; pass < 3; ++pass) {
        for (std::size_t i = 0; i < n; ++i) {
            if (!visible(i) || node_rank(i) != pass) continue;
            const Entity& e = corpus.entities[i];
            NodeInstance inst;
            inst.pos = positions[i];
            inst.radius = spacing * size_fraction[i];
            Rgba fill = node_color(e, style, t);
            Rgba outline = t.node_outline;
            if (pass == 0) {
                fill = mix(fill, t.background, t.dim_amount);
                outline = mix(outline, t.background, t.dim_amount);
                inst.flags |= kNodeDimmed;
            }
            if (selected[i]) inst.flags |= kNodeSelected;
            if (i < marks.pinned.size() && marks.pinned[i]) inst.flags |= kNodePinned;
            if (i < marks.fresh.size() && marks.fresh[i]) inst.flags |= kNodeNew;
            if (i < marks.labels_pinned.size() && marks.labels_pinned[i])
                inst.flags |= kNodeLabelPinned;
            inst.fill = fill.packed();
            inst.outline = outline.packed();
            inst.shape = std::uint8_t(shape_for(e.type));
            scene.entity_node[i] = std::int32_t(scene.nodes.size());
            scene.node_entity.push_back(EntityIndex(i));
            scene.nodes.push_back(inst);
            scene.bounds.add(inst.pos, inst.radius);
            scene.max_radius = std::max(scene.max_radius, inst.radius);
        }
    }

    auto weight = [&](std::uint32_t li) {
        return li < marks.link_weight.size() ? float(marks.link_weight[li])
                                             : float(corpus.links[li].weight());
    };
    float max_weight = 1.0f;
    for (std::uint32_t li = 0; li < corpus.links.size(); ++li)
        max_weight = std::max(max_weight, weight(li));
    // Each link once, styled by its marks; the order of drawing is set below.
    auto emit_link = [&](std::uint32_t li, bool dimmed) {
        const Link& l = corpus.links[li];
        if (li < marks.visible_links.size() && !marks.visible_links[li]) return;
        const std::int32_t a = l.source < n ? scene.entity_node[l.source] : -1;
        const std::int32_t b = l.target < n ? scene.entity_node[l.target] : -1;
        if (a < 0 || b < 0) return;
        EdgeInstance inst;
        inst.a = positions[l.source];
        inst.b = positions[l.target];
        inst.width_px = 0.9f + 3.1f * std::sqrt(weight(li) / max_weight);
        Rgba c = t.link[std::size_t(l.kind)];
        if (l.document_count() == 1) inst.flags |= kEdgeDashed;
        if (marks.selected_link == li || on_path[li]) {
            inst.flags |= kEdgeHighlighted;
            inst.width_px += 2.0f;
        } else if (dimmed) {
            c = mix(c, t.background, t.dim_amount);
            inst.flags |= kEdgeDimmed;
        }
        inst.color = c.packed();
        scene.edge_link.push_back(li);
        scene.edge_ends.emplace_back(std::uint32_t(a), std::uint32_t(b));
        scene.edges.push_back(inst);
    };
    auto link_dimmed = [&](std::uint32_t li) {
        if (!marks.path_links.empty()) return !on_path[li];
        const Link& l = corpus.links[li];
        return !lit.empty() && !(l.source == *marks.focus || l.target == *marks.focus);
    };
    // Dimmed links, then lit ones, then the path's (on top), then the selected link.
    auto pass_of = [&](std::uint32_t li) { return on_path[li] ? 2 : link_dimmed(li) ? 0 : 1; };
    for (int pass = 0; pass < 3; ++pass)
        for (std::uint32_t li = 0; li < corpus.links.size(); ++li)
            if (pass_of(li) == pass && marks.selected_link != li) emit_link(li, pass == 0);
    if (marks.selected_link && *marks.selected_link < corpus.links.size())
        emit_link(*marks.selected_link, false);
    return scene;
}

RenderScene build_hover_overlay(const RenderScene& scene, const HoverTarget& hover,
                                const Theme& theme) {
    RenderScene overlay;
    overlay.background = scene.background;
    auto add_node = [&](std::uint32_t i) {
        if (i >= scene.nodes.size()) return;
        NodeInstance n = scene.nodes[i];
        n.flags = std::uint8_t((n.flags & ~kNodeDimmed) | kNodeHovered);
        n.outline = theme.hover.packed();
        overlay.nodes.push_back(n);
        overlay.node_entity.push_back(scene.node_entity[i]);
    };
    if (hover.kind == HoverTarget::Kind::Node) add_node(hover.index);
    if (hover.kind == HoverTarget::Kind::Edge && hover.index < scene.edges.size()) {
        EdgeInstance e = scene.edges[hover.index];
        e.flags |= kEdgeHighlighted;
        e.width_px += 1.5f;
        overlay.edges.push_back(e);
        overlay.edge_link.push_back(scene.edge_link[hover.index]);
        add_node(scene.edge_ends[hover.index].first);
        add_node(scene.edge_ends[hover.index].second);
    }
    return overlay;
}

} // namespace kg
