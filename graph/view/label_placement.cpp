// Greedy label placement over a grid of placed boxes.
#include "view/label_placement.hpp"

#include "view/box_grid.hpp"
#include "view/node_shape.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace kg {

std::array<Vec2, 8> label_spots(Vec2 anchor, float gap, Vec2 size) {
    const float w = size.x, h = size.y,
                d = gap * 0.7071f; // the diagonals touch the circle at 45 degrees
    return {
        Vec2{anchor.x + gap, anchor.y - h * 0.5f}, Vec2{anchor.x - gap - w, anchor.y - h * 0.5f},
        Vec2{anchor.x - w * 0.5f, anchor.y + gap}, Vec2{anchor.x - w * 0.5f, anchor.y - gap - h},
        Vec2{anchor.x + d, anchor.y - d - h},      Vec2{anchor.x + d, anchor.y + d},
        Vec2{anchor.x - d - w, anchor.y - d - h},  Vec2{anchor.x - d - w, anchor.y + d}};
}

namespace {

// Where a pinned label goes when no spot is free: its first form at its first spot, moved inside
// the viewport (right of `left`) so that it can be read; nullopt when it has no form at all.
std::optional<PlacedLabel> forced_spot(const LabelCandidate& c, float gap,
                                       const LabelOptions& options) {
    for (std::size_t f = 0; f < kLabelForms; ++f) {
        const Vec2 size = c.sizes[f];
        if (size.x <= 0.0f || size.y <= 0.0f) continue;
        Vec2 p = label_spots(c.anchor, gap, size)[0];
        const float right = options.viewport.x - options.right - size.x;
        p.x = std::max(std::min(p.x, right), options.left);
        p.y = std::max(std::min(p.y, options.viewport.y - size.y), 0.0f);
        return PlacedLabel{c.node, p, size, LabelForm(f)};
    }
    return std::nullopt;
}

} // namespace

std::vector<PlacedLabel> place_labels(std::vector<LabelCandidate> candidates,
                                      const LabelOptions& options,
                                      std::span<const ScreenBox> obstacles,
                                      const LabelSpotFilter& accept) {
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
        return a.priority != b.priority ? a.priority > b.priority : a.node < b.node;
    });
    BoxGrid blocked(options.viewport), labels(options.viewport);
    for (const ScreenBox& b : obstacles) blocked.add(b);
    std::vector<PlacedLabel> placed;
    const float pad = options.padding;
    // Label boxes are grown by half the padding each, so neighbours keep `padding` between them;
    // obstacles are met by the exact box.
    auto padded = [pad](Vec2 p, Vec2 size) {
        return ScreenBox{p.x - pad * 0.5f, p.y - pad * 0.5f, p.x + size.x + pad * 0.5f,
                         p.y + size.y + pad * 0.5f};
    };
    for (const LabelCandidate& c : candidates) {
        // Pinned candidates sort first, so the cap only ever stops unpinned ones.
        if (placed.size() >= options.max_labels && !c.pinned) break;
        auto fits = [&](Vec2 p, Vec2 size) {
            if (p.x < options.left || p.y < 0 ||
                p.x + size.x > options.viewport.x - options.right ||
                p.y + size.y > options.viewport.y)
                return false;
            const ScreenBox box{p.x, p.y, p.x + size.x, p.y + size.y};
            return labels.free(padded(p, size)) && blocked.free(box) && (!accept || accept(c, box));
        };
        std::optional<PlacedLabel> label = first_fitting_spot(c, c.gap * 1.1f + 2.0f, fits);
        if (!label && c.pinned) label = forced_spot(c, c.gap * 1.1f + 2.0f, options);
        if (label) {
            labels.add(padded(label->pos, label->size));
            placed.push_back(*label);
        }
    }
    return placed;
}

std::vector<ScreenBox> node_obstacles(const RenderScene& scene, const Camera& camera,
                                      float min_radius_px) {
    std::vector<ScreenBox> boxes;
    const Vec2 vp = camera.viewport;
    for (const NodeInstance& n : scene.nodes) {
        const float r = drawn_radius(n.radius, camera.zoom) * camera.zoom * 1.1f;
        if (r < min_radius_px * 1.1f) continue;
        const Vec2 c = camera.world_to_screen(n.pos);
        if (c.x + r < 0 || c.y + r < 0 || c.x - r > vp.x || c.y - r > vp.y) continue;
        boxes.push_back({c.x - r, c.y - r, c.x + r, c.y + r});
    }
    return boxes;
}

std::vector<LabelCandidate> label_candidates(const RenderScene& scene, const Camera& camera,
                                             std::span<const LabelBoxes> label_sizes,
                                             std::int64_t hovered_entity,
                                             const LabelOptions& options) {
    std::vector<LabelCandidate> out;
    const Bounds view = camera.visible_world();
    for (std::uint32_t i = 0; i < scene.nodes.size(); ++i) {
        const NodeInstance& n = scene.nodes[i];
        const EntityIndex e = scene.node_entity[i];
        if (e >= label_sizes.size() || !view.contains(n.pos)) continue;
        if ((n.flags & kNodeDimmed) && !(n.flags & kNodeLabelPinned)) continue;
        const float r_px = drawn_radius(n.radius, camera.zoom) * camera.zoom;
        const bool selected = n.flags & kNodeSelected;
        const bool hovered = std::int64_t(e) == hovered_entity;
        const bool pinned = n.flags & kNodeLabelPinned;
        if (!selected && !hovered && !pinned && r_px < options.min_node_px) continue;
        float priority = r_px;
        if (hovered) priority += 1e6f;
        if (selected) priority += 1e7f;
        if (pinned) priority += 1e8f;
        out.push_back({i, camera.world_to_screen(n.pos), r_px, label_sizes[e], priority, pinned});
    }
    return out;
}

} // namespace kg
