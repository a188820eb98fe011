// A uniform grid of occupied boxes: nodes and frame boxes first, then labels by priority.
#include "export/figure_labels.hpp"

#include "view/node_shape.hpp"

#include <algorithm>
#include <array>

namespace kg {
namespace {

struct Box {
    float x0, y0, x1, y1;
    bool overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

class Grid {
public:
    explicit Grid(Vec2 viewport)
        : nx_(std::max(1, int(viewport.x / kCell) + 1)), ny_(std::max(1, int(viewport.y / kCell) + 1)),
          cells_(std::size_t(nx_) * std::size_t(ny_)) {}
    bool free(const Box& b) const {
        for (int y = cy(b.y0); y <= cy(b.y1); ++y)
            for (int x = cx(b.x0); x <= cx(b.x1); ++x)
                for (const Box& o : cells_[std::size_t(y * nx_ + x)])
                    if (o.overlaps(b)) return false;
        return true;
    }
    void add(const Box& b) {
        for (int y = cy(b.y0); y <= cy(b.y1); ++y)
            for (int x = cx(b.x0); x <= cx(b.x1); ++x) cells_[std::size_t(y * nx_ + x)].push_back(b);
    }

private:
    static constexpr float kCell = 64.0f;
    int cx(float x) const { return std::clamp(int(x / kCell), 0, nx_ - 1); }
    int cy(float y) const { return std::clamp(int(y / kCell), 0, ny_ - 1); }
    int nx_, ny_;
    std::vector<std::vector<Box>> cells_;
};

} // namespace

std::vector<PlacedLabel> place_figure_labels(std::vector<LabelCandidate> candidates,
                                             const RenderScene& scene, const Camera& camera,
                                             const FigureFrame& frame, const LabelOptions& options) {
    const Vec2 vp = options.viewport;
    Grid nodes(vp), labels(vp);
    // Nodes: the box round the drawn shape (diamonds and hexagons reach 1.1 r).
    for (const NodeInstance& n : scene.nodes) {
        const Vec2 c = camera.world_to_screen(n.pos);
        const float r = drawn_radius(n.radius, camera.zoom) * camera.zoom * 1.1f;
        if (c.x + r < 0 || c.y + r < 0 || c.x - r > vp.x || c.y - r > vp.y) continue;
        nodes.add({c.x - r, c.y - r, c.x + r, c.y + r});
    }
    std::vector<Box> blocked;
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
    for (const LabelCandidate& c : candidates) {
        if (placed.size() >= options.max_labels) break;
        const float w = c.size.x, h = c.size.y, g = c.gap * 1.1f + 2.0f;
        const std::array<Vec2, 4> spots = {Vec2{c.anchor.x + g, c.anchor.y - h * 0.5f},
                                           Vec2{c.anchor.x - g - w, c.anchor.y - h * 0.5f},
                                           Vec2{c.anchor.x - w * 0.5f, c.anchor.y + g},
                                           Vec2{c.anchor.x - w * 0.5f, c.anchor.y - g - h}};
        for (Vec2 p : spots) {
            if (p.x < 0 || p.y < 0 || p.x + w > vp.x || p.y + h > vp.y) continue;
            const Box exact{p.x, p.y, p.x + w, p.y + h};
            const Box padded{p.x - pad * 0.5f, p.y - pad * 0.5f, p.x + w + pad * 0.5f, p.y + h + pad * 0.5f};
            if (!nodes.free(exact) || !labels.free(padded)) continue;
            if (std::any_of(blocked.begin(), blocked.end(), [&](const Box& b) { return b.overlaps(exact); }))
                continue;
            labels.add(padded);
            placed.push_back({c.node, p, c.size});
            break;
        }
    }
    return placed;
}

} // namespace kg
