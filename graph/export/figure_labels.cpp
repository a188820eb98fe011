// A uniform grid of occupied boxes: nodes and frame boxes first, then labels by priority.
#include "export/figure_labels.hpp"

#include "view/box_grid.hpp"
#include "view/node_shape.hpp"

#include <algorithm>

namespace kg {

std::vector<PlacedLabel> place_figure_labels(std::vector<LabelCandidate> candidates,
                                             const RenderScene& scene, const Camera& camera,
                                             const FigureFrame& frame, const LabelOptions& options) {
    const Vec2 vp = options.viewport;
    BoxGrid nodes(vp), labels(vp);
    // Nodes: the box round the drawn shape (diamonds and hexagons reach 1.1 r).
    for (const NodeInstance& n : scene.nodes) {
        const Vec2 c = camera.world_to_screen(n.pos);
        const float r = drawn_radius(n.radius, camera.zoom) * camera.zoom * 1.1f;
        if (c.x + r < 0 || c.y + r < 0 || c.x - r > vp.x || c.y - r > vp.y) continue;
        nodes.add({c.x - r, c.y - r, c.x + r, c.y + r});
    }
    std::vector<ScreenBox> blocked;
    if (!frame.legend_box.empty())
        blocked.push_back({frame.legend_box.min.x, frame.legend_box.min.y, frame.legend_box.max.x,
                           frame.legend_box.max.y});
    if (!frame.header.empty()) blocked.push_back({-1e9f, -1e9f, 1e9f, frame.plot.min.y});
    if (!frame.footnote.empty()) blocked.push_back({-1e9f, frame.footnote.front().pos.y, 1e9f, 1e9f});

    std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
        return a.priority != b.priority ? a.priority > b.priority : a.node < b.node;
    });
    std::vector<PlacedLabel> placed;
    const float pad = options.padding;
    auto padded = [pad](Vec2 p, Vec2 size) {
        return ScreenBox{p.x - pad * 0.5f, p.y - pad * 0.5f, p.x + size.x + pad * 0.5f, p.y + size.y + pad * 0.5f};
    };
    for (const LabelCandidate& c : candidates) {
        if (placed.size() >= options.max_labels) break;
        auto fits = [&](Vec2 p, Vec2 size) {
            if (p.x < 0 || p.y < 0 || p.x + size.x > vp.x || p.y + size.y > vp.y) return false;
            const ScreenBox exact{p.x, p.y, p.x + size.x, p.y + size.y};
            return nodes.free(exact) && labels.free(padded(p, size)) &&
                   std::none_of(blocked.begin(), blocked.end(), [&](const ScreenBox& b) { return b.overlaps(exact); });
        };
        if (auto label = first_fitting_spot(c, c.gap * 1.1f + 2.0f, fits)) {
            labels.add(padded(label->pos, label->size));
            placed.push_back(*label);
        }
    }
    return placed;
}

} // namespace kg
