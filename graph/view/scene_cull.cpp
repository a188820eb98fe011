// Culling: a screen-space test per instance. A linear pass over flat arrays is a few ms even for
// half a million links, far below what drawing them costs a software rasterizer.
#include "view/scene_cull.hpp"

#include "view/node_shape.hpp"

#include <algorithm>
#include <cmath>

namespace kg {

float node_extent_px(const NodeInstance& node, float zoom) {
    const float r = std::max(node.radius * zoom, kMinNodeRadiusPx);
    return (node.flags & kNodeSelected) ? r * 1.2f + 6.0f : r * 1.15f + 0.75f;
}

namespace {

// Liang-Barsky: clips the segment a-b to the box [lo, hi]; on true, [t0, t1] is the part inside.
bool clip_segment(Vec2 a, Vec2 b, Vec2 lo, Vec2 hi, float& t0, float& t1) {
    const float dx = b.x - a.x, dy = b.y - a.y;
    t0 = 0.0f;
    t1 = 1.0f;
    const float p[4] = {-dx, dx, -dy, dy};
    const float q[4] = {a.x - lo.x, hi.x - a.x, a.y - lo.y, hi.y - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0f) {
            if (q[i] < 0.0f) return false; // parallel to this side and outside it
            continue;
        }
        const float t = q[i] / p[i];
        if (p[i] < 0.0f)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1) return false;
    }
    return true;
}

} // namespace

bool segment_touches_viewport(Vec2 a, Vec2 b, float half_width, Vec2 viewport) {
    // The centre line against the viewport grown by the half width.
    float t0, t1;
    return clip_segment(a, b, {-half_width, -half_width},
                        {viewport.x + half_width, viewport.y + half_width}, t0, t1);
}

void cull_instances(std::span<const NodeInstance> nodes, std::span<const EdgeInstance> edges,
                    const Camera& camera, float min_link_px, VisibleInstances& out) {
    out.nodes.clear();
    out.edges.clear();
    const Vec2 half = camera.viewport * 0.5f;
    const float zoom = camera.zoom;
    const Vec2 shift = half - camera.center * zoom; // screen = world * zoom + shift

    for (std::uint32_t i = 0; i < nodes.size(); ++i) {
        const NodeInstance& n = nodes[i];
        const float e = node_extent_px(n, zoom);
        const float sx = n.pos.x * zoom + shift.x, sy = n.pos.y * zoom + shift.y;
        if (sx + e >= 0.0f && sx - e <= camera.viewport.x && sy + e >= 0.0f &&
            sy - e <= camera.viewport.y)
            out.nodes.push_back(i);
    }

    const float min2 = min_link_px * min_link_px;
    for (std::uint32_t i = 0; i < edges.size(); ++i) {
        const EdgeInstance& e = edges[i];
        const Vec2 a{e.a.x * zoom + shift.x, e.a.y * zoom + shift.y};
        const Vec2 b{e.b.x * zoom + shift.x, e.b.y * zoom + shift.y};
        const float dx = b.x - a.x, dy = b.y - a.y;
        if (dx * dx + dy * dy < min2 && !(e.flags & kEdgeHighlighted)) continue;
        // Half the width plus the anti-aliasing margin (edge.vert), rounded up to a pixel.
        const float hw = 0.5f * e.width_px + 1.0f;
        // Cheap box reject first; the exact clip only for boxes that overlap.
        if (std::max(a.x, b.x) + hw < 0.0f || std::min(a.x, b.x) - hw > camera.viewport.x ||
            std::max(a.y, b.y) + hw < 0.0f || std::min(a.y, b.y) - hw > camera.viewport.y)
            continue;
        if (segment_touches_viewport(a, b, hw, camera.viewport)) out.edges.push_back(i);
    }
    out.all_nodes = out.nodes.size() == nodes.size();
    out.all_edges = out.edges.size() == edges.size();
}

std::vector<std::uint32_t> link_importance_order(std::span<const EdgeInstance> edges) {
    std::vector<std::uint32_t> order(edges.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    auto rank = [&](std::uint32_t i) {
        const EdgeInstance& e = edges[i];
        return (e.flags & kEdgeHighlighted) ? 0 : (e.flags & kEdgeDimmed) ? 2 : 1;
    };
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const int ra = rank(a), rb = rank(b);
        if (ra != rb) return ra < rb;
        return edges[a].width_px > edges[b].width_px; // stable: ties stay by index
    });
    return order;
}

float link_pixels_in_view(const EdgeInstance& e, const Camera& camera, float min_link_px,
                          bool thin_lines) {
    const Vec2 a = camera.world_to_screen(e.a), b = camera.world_to_screen(e.b);
    const float len = (b - a).length();
    if (len < min_link_px && !(e.flags & kEdgeHighlighted)) return 0.0f;
    float t0, t1; // the fraction of the centre line inside the viewport
    if (!clip_segment(a, b, {0.0f, 0.0f}, camera.viewport, t0, t1)) return 0.0f;
    const float width = thin_lines && !(e.flags & kEdgeHighlighted) ? 1.0f : e.width_px + 1.0f;
    // At least one pixel: a link whose ends are on screen shows something.
    return std::max(len * (t1 - t0), 1.0f) * width;
}

void budget_links(std::span<const EdgeInstance> edges, std::span<const std::uint32_t> order,
                  const Camera& camera, float min_link_px, bool thin_lines, double budget_px,
                  LinkBudget& out) {
    out.keep.assign(edges.size(), 0);
    out.in_view = out.kept = 0;
    out.pixels_in_view = 0.0;
    double used = 0.0;
    bool full = false; // once a link does not fit, lighter ones are not drawn either
    for (const std::uint32_t i : order) {
        const EdgeInstance& e = edges[i];
        const float px = link_pixels_in_view(e, camera, min_link_px, thin_lines);
        if (px <= 0.0f) continue;
        ++out.in_view;
        out.pixels_in_view += px;
        if (!(e.flags & kEdgeHighlighted)) {
            if (full || used + px > budget_px) {
                full = true;
                continue;
            }
        }
        used += px;
        out.keep[i] = 1;
        ++out.kept;
    }
}

} // namespace kg
