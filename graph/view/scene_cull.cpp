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

bool segment_touches_viewport(Vec2 a, Vec2 b, float half_width, Vec2 viewport) {
    // Liang-Barsky clip of the centre line against the viewport grown by the half width.
    const float x0 = -half_width, y0 = -half_width;
    const float x1 = viewport.x + half_width, y1 = viewport.y + half_width;
    const float dx = b.x - a.x, dy = b.y - a.y;
    float t0 = 0.0f, t1 = 1.0f;
    const float p[4] = {-dx, dx, -dy, dy};
    const float q[4] = {a.x - x0, x1 - a.x, a.y - y0, y1 - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0f) {
            if (q[i] < 0.0f) return false; // parallel to this side and outside it
            continue;
        }
        const float t = q[i] / p[i];
        if (p[i] < 0.0f) t0 = std::max(t0, t);
        else t1 = std::min(t1, t);
        if (t0 > t1) return false;
    }
    return true;
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
        if (sx + e >= 0.0f && sx - e <= camera.viewport.x && sy + e >= 0.0f && sy - e <= camera.viewport.y)
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

} // namespace kg
