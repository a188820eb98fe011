// Greedy label placement over an occupancy grid of placed boxes.
#include "view/label_placement.hpp"

#include "view/node_shape.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace kg {
namespace {

struct Box {
    float x0, y0, x1, y1;
    bool overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

// Buckets of placed boxes so each test looks only at nearby labels.
class Occupancy {
public:
    explicit Occupancy(Vec2 viewport)
        : nx_(std::max(1, int(viewport.x / kCell) + 1)), ny_(std::max(1, int(viewport.y / kCell) + 1)),
          cells_(std::size_t(nx_) * std::size_t(ny_)) {}

    bool free(const Box& b) const {
        bool ok = true;
        visit(b, [&](const std::vector<Box>& cell) {
            for (const Box& o : cell)
                if (o.overlaps(b)) ok = false;
        });
        return ok;
    }
    void add(const Box& b) {
        visit_mut(b, [&](std::vector<Box>& cell) { cell.push_back(b); });
    }

private:
    static constexpr float kCell = 64.0f;
    int cx(float x) const { return std::clamp(int(x / kCell), 0, nx_ - 1); }
    int cy(float y) const { return std::clamp(int(y / kCell), 0, ny_ - 1); }
    template <class F> void visit(const Box& b, F f) const {
        for (int y = cy(b.y0); y <= cy(b.y1); ++y)
            for (int x = cx(b.x0); x <= cx(b.x1); ++x) f(cells_[std::size_t(y * nx_ + x)]);
    }
    template <class F> void visit_mut(const Box& b, F f) {
        for (int y = cy(b.y0); y <= cy(b.y1); ++y)
            for (int x = cx(b.x0); x <= cx(b.x1); ++x) f(cells_[std::size_t(y * nx_ + x)]);
    }
    int nx_, ny_;
    std::vector<std::vector<Box>> cells_;
};

} // namespace

std::vector<PlacedLabel> place_labels(std::vector<LabelCandidate> candidates,
                                      const LabelOptions& options) {
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
        return a.priority != b.priority ? a.priority > b.priority : a.node < b.node;
    });
    Occupancy occupied(options.viewport);
    std::vector<PlacedLabel> placed;
    const float pad = options.padding;
    for (const LabelCandidate& c : candidates) {
        if (placed.size() >= options.max_labels) break;
        const float w = c.size.x, h = c.size.y, g = c.gap + 2.0f;
        // Right of the node first (reads naturally), then left, below, above.
        const std::array<Vec2, 4> spots = {Vec2{c.anchor.x + g, c.anchor.y - h * 0.5f},
                                           Vec2{c.anchor.x - g - w, c.anchor.y - h * 0.5f},
                                           Vec2{c.anchor.x - w * 0.5f, c.anchor.y + g},
                                           Vec2{c.anchor.x - w * 0.5f, c.anchor.y - g - h}};
        for (Vec2 p : spots) {
            if (p.x < options.left || p.y < 0 || p.x + w > options.viewport.x || p.y + h > options.viewport.y)
                continue;
            // Boxes are grown by half the padding each, so neighbours keep `padding` between them.
            const Box box{p.x - pad * 0.5f, p.y - pad * 0.5f, p.x + w + pad * 0.5f, p.y + h + pad * 0.5f};
            if (!occupied.free(box)) continue;
            occupied.add(box);
            placed.push_back({c.node, p, c.size});
            break;
        }
    }
    return placed;
}

std::vector<LabelCandidate> label_candidates(const RenderScene& scene, const Camera& camera,
                                             std::span<const Vec2> label_sizes,
                                             std::int64_t hovered_entity,
                                             const LabelOptions& options) {
    std::vector<LabelCandidate> out;
    const Bounds view = camera.visible_world();
    for (std::uint32_t i = 0; i < scene.nodes.size(); ++i) {
        const NodeInstance& n = scene.nodes[i];
        const EntityIndex e = scene.node_entity[i];
        if (e >= label_sizes.size() || (n.flags & kNodeDimmed) || !view.contains(n.pos)) continue;
        const float r_px = drawn_radius(n.radius, camera.zoom) * camera.zoom;
        const bool selected = n.flags & kNodeSelected;
        const bool hovered = std::int64_t(e) == hovered_entity;
        if (!selected && !hovered && r_px < options.min_node_px) continue;
        float priority = r_px;
        if (hovered) priority += 1e6f;
        if (selected) priority += 1e7f;
        out.push_back({i, camera.world_to_screen(n.pos), r_px, label_sizes[e], priority});
    }
    return out;
}

} // namespace kg
