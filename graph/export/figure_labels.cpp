// Figure labels: the view's placement with every node and the frame's boxes as obstacles, first
// beside each node where no other node is as near, then set apart with a leader line.
#include "export/figure_labels.hpp"

#include "view/node_shape.hpp"

#include <algorithm>
#include <cmath>

namespace kg {
namespace {

// The point of `box` nearest `p`.
Vec2 nearest_point(const ScreenBox& box, Vec2 p) {
    return {std::clamp(p.x, box.x0, box.x1), std::clamp(p.y, box.y0, box.y1)};
}

// Node discs in screen pixels, bucketed by centre, so "is another node this near?" looks only
// at the nodes round a box (figures of 10,000 nodes try tens of thousands of spots).
class NodeDiscs {
  public:
    NodeDiscs(const RenderScene& scene, const Camera& camera)
        : nx_(std::max(1, int(camera.viewport.x / kCell) + 1)),
          ny_(std::max(1, int(camera.viewport.y / kCell) + 1)),
          cells_(std::size_t(nx_) * std::size_t(ny_)) {
        for (std::uint32_t i = 0; i < scene.nodes.size(); ++i) {
            const NodeInstance& n = scene.nodes[i];
            discs_.push_back(
                {camera.world_to_screen(n.pos), drawn_radius(n.radius, camera.zoom) * camera.zoom});
            max_r_ = std::max(max_r_, discs_.back().r);
            cells_[cell(cx(discs_.back().c.x), cy(discs_.back().c.y))].push_back(i);
        }
    }

    float gap(std::uint32_t i, const ScreenBox& box) const {
        const Disc& d = discs_[i];
        const Vec2 q = nearest_point(box, d.c);
        return std::max(0.0f, std::hypot(q.x - d.c.x, q.y - d.c.y) - d.r);
    }

    // True when no node but `own` comes within `reach` pixels of `box`.
    bool alone(std::uint32_t own, const ScreenBox& box, float reach) const {
        const float r = reach + max_r_;
        for (int y = cy(box.y0 - r); y <= cy(box.y1 + r); ++y)
            for (int x = cx(box.x0 - r); x <= cx(box.x1 + r); ++x)
                for (std::uint32_t i : cells_[cell(x, y)])
                    if (i != own && gap(i, box) <= reach) return false;
        return true;
    }

    Vec2 centre(std::uint32_t i) const { return discs_[i].c; }
    float radius(std::uint32_t i) const { return discs_[i].r; }

  private:
    struct Disc {
        Vec2 c;
        float r = 0.0f;
    };
    static constexpr float kCell = 64.0f;
    int cx(float x) const { return std::clamp(int(std::floor(x / kCell)), 0, nx_ - 1); }
    int cy(float y) const { return std::clamp(int(std::floor(y / kCell)), 0, ny_ - 1); }
    std::size_t cell(int x, int y) const {
        return std::size_t(y) * std::size_t(nx_) + std::size_t(x);
    }
    int nx_, ny_;
    std::vector<std::vector<std::uint32_t>> cells_;
    std::vector<Disc> discs_;
    float max_r_ = 0.0f;
};

ScreenBox box_of(const PlacedLabel& l) {
    return {l.pos.x, l.pos.y, l.pos.x + l.size.x, l.pos.y + l.size.y};
}

} // namespace

LeaderLook leader_look(const Theme& theme, float label_font_px) {
    const float width = std::max(1.2f, label_font_px * 0.08f);
    return {mix(theme.text, theme.background, 0.2f), theme.background, width, width * 3.0f};
}

FigureLabels place_figure_labels(std::vector<LabelCandidate> candidates, const RenderScene& scene,
                                 const Camera& camera, const FigureFrame& frame,
                                 const LabelOptions& options, std::span<const PlacedLabel> fixed,
                                 std::span<const ScreenBox> blocked_too) {
    std::vector<ScreenBox> blocked = node_obstacles(scene, camera);
    blocked.insert(blocked.end(), blocked_too.begin(), blocked_too.end());
    for (const PlacedLabel& l : fixed) {
        const ScreenBox b = box_of(l);
        const float p = options.padding;
        blocked.push_back({b.x0 - p, b.y0 - p, b.x1 + p, b.y1 + p});
    }
    if (!frame.legend_box.empty())
        blocked.push_back({frame.legend_box.min.x, frame.legend_box.min.y, frame.legend_box.max.x,
                           frame.legend_box.max.y});
    if (!frame.header.empty()) blocked.push_back({-1e9f, -1e9f, 1e9f, frame.plot.min.y});
    if (!frame.footnote.empty())
        blocked.push_back({-1e9f, frame.footnote.front().pos.y, 1e9f, 1e9f});
    LabelOptions whole = options;
    whole.left = 0.0f;

    // Beside its node, where no other node is nearly as near: the reader sees whose label it is.
    const NodeDiscs discs(scene, camera);
    const float margin = 2.0f * options.padding;
    auto unambiguous = [&](const LabelCandidate& c, const ScreenBox& box) {
        return discs.alone(c.node, box, discs.gap(c.node, box) + margin);
    };
    FigureLabels out;
    out.labels.assign(fixed.begin(), fixed.end());
    whole.max_labels = options.max_labels > fixed.size() ? options.max_labels - fixed.size() : 0;
    for (const PlacedLabel& l : place_labels(candidates, whole, blocked, unambiguous))
        out.labels.push_back(l);

    // The rest a little apart, each tied to its node by a leader line.
    std::vector<std::uint8_t> placed(scene.nodes.size(), 0);
    for (const PlacedLabel& l : out.labels) {
        placed[l.node] = 1;
        const ScreenBox b = box_of(l);
        const float p = options.padding;
        blocked.push_back({b.x0 - p, b.y0 - p, b.x1 + p, b.y1 + p});
    }
    std::erase_if(candidates, [&](const LabelCandidate& c) {
        return c.node >= placed.size() || placed[c.node];
    });
    const float lead = 6.0f * options.padding;
    for (LabelCandidate& c : candidates) c.gap += lead;
    whole.max_labels =
        options.max_labels > out.labels.size() ? options.max_labels - out.labels.size() : 0;
    for (const PlacedLabel& l : place_labels(std::move(candidates), whole, blocked)) {
        const Vec2 c = discs.centre(l.node);
        const Vec2 to = nearest_point(box_of(l), c);
        const Vec2 d{to.x - c.x, to.y - c.y};
        const float len = std::hypot(d.x, d.y);
        const float start = discs.radius(l.node) * 1.1f + 1.0f;
        if (len <= start) continue; // cannot happen: the spot is `lead` beyond the node
        out.leaders.push_back({std::uint32_t(out.labels.size()),
                               {c.x + d.x * start / len, c.y + d.y * start / len},
                               to});
        out.labels.push_back(l);
    }
    return out;
}

} // namespace kg
