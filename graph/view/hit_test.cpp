// The picking grid. Cells are sized from node density; long links are walked cell by cell
// (a supercover line) so a query only looks at links that actually cross nearby cells.
#include "view/hit_test.hpp"

#include "view/node_shape.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kg {

float distance_to_segment(Vec2 p, Vec2 a, Vec2 b) {
    const Vec2 ab = b - a, ap = p - a;
    const float len2 = ab.x * ab.x + ab.y * ab.y;
    const float t = len2 > 0 ? std::clamp((ap.x * ab.x + ap.y * ab.y) / len2, 0.0f, 1.0f) : 0.0f;
    return (p - (a + ab * t)).length();
}

SpatialIndex::SpatialIndex(const RenderScene& scene) : scene_(&scene) {
    Bounds b = scene.bounds;
    for (const EdgeInstance& e : scene.edges) {
        b.add(e.a);
        b.add(e.b);
    }
    if (b.empty()) return;
    const Vec2 size = b.size();
    // About two nodes per cell, capped so a huge sparse scene does not allocate millions of cells.
    const float area = std::max(size.x, 1e-3f) * std::max(size.y, 1e-3f);
    cell_size_ = std::sqrt(area / float(std::max<std::size_t>(scene.nodes.size() / 2, 1)));
    cell_size_ = std::max({cell_size_, size.x / 1024.0f, size.y / 1024.0f, 1e-4f});
    origin_ = b.min;
    nx_ = std::max(1, int(size.x / cell_size_) + 1);
    ny_ = std::max(1, int(size.y / cell_size_) + 1);
    cells_.resize(std::size_t(nx_) * std::size_t(ny_));
    for (std::uint32_t i = 0; i < scene.nodes.size(); ++i)
        cell(cell_x(scene.nodes[i].pos.x), cell_y(scene.nodes[i].pos.y)).nodes.push_back(i);
    for (std::uint32_t i = 0; i < scene.edges.size(); ++i)
        add_edge(i, scene.edges[i].a, scene.edges[i].b);
}

int SpatialIndex::cell_x(float x) const {
    return std::clamp(int((x - origin_.x) / cell_size_), 0, nx_ - 1);
}
int SpatialIndex::cell_y(float y) const {
    return std::clamp(int((y - origin_.y) / cell_size_), 0, ny_ - 1);
}

void SpatialIndex::add_edge(std::uint32_t index, Vec2 a, Vec2 b) {
    // Walk the cells the segment crosses (Amanatides & Woo).
    int x = cell_x(a.x), y = cell_y(a.y);
    const int x_end = cell_x(b.x), y_end = cell_y(b.y);
    const float dx = b.x - a.x, dy = b.y - a.y;
    const int step_x = dx > 0 ? 1 : -1, step_y = dy > 0 ? 1 : -1;
    const float inf = std::numeric_limits<float>::infinity();
    const float delta_x = dx != 0 ? cell_size_ / std::abs(dx) : inf;
    const float delta_y = dy != 0 ? cell_size_ / std::abs(dy) : inf;
    auto first_boundary = [&](float p, float o, int c, int step, float d) {
        if (d == 0) return inf;
        const float edge = o + float(c + (step > 0 ? 1 : 0)) * cell_size_;
        return std::abs((edge - p) / d);
    };
    float t_x = first_boundary(a.x, origin_.x, x, step_x, dx);
    float t_y = first_boundary(a.y, origin_.y, y, step_y, dy);
    for (int guard = nx_ + ny_ + 2; guard > 0; --guard) {
        cell(x, y).edges.push_back(index);
        if (x == x_end && y == y_end) break;
        if (t_x < t_y) {
            x = std::clamp(x + step_x, 0, nx_ - 1);
            t_x += delta_x;
        } else {
            y = std::clamp(y + step_y, 0, ny_ - 1);
            t_y += delta_y;
        }
    }
}

HoverTarget SpatialIndex::pick(Vec2 world, float zoom, float link_tolerance_px) const {
    HoverTarget none;
    if (!scene_ || cells_.empty()) return none;
    const RenderScene& s = *scene_;
    // Search as far as the biggest drawn node (nodes never shrink below kMinNodeRadiusPx).
    const float reach = drawn_radius(s.max_radius, zoom);
    const int x0 = cell_x(world.x - reach), x1 = cell_x(world.x + reach);
    const int y0 = cell_y(world.y - reach), y1 = cell_y(world.y + reach);
    std::int64_t best_node = -1;
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            for (std::uint32_t i : cell(x, y).nodes) {
                const NodeInstance& n = s.nodes[i];
                // The topmost node is the last drawn: the highest instance index.
                if (std::int64_t(i) > best_node &&
                    shape_distance(NodeShape(n.shape), world - n.pos,
                                   drawn_radius(n.radius, zoom)) <= 0)
                    best_node = i;
            }
    if (best_node >= 0) return {HoverTarget::Kind::Node, std::uint32_t(best_node)};

    const float tol = link_tolerance_px / zoom;
    const int ex0 = cell_x(world.x - tol), ex1 = cell_x(world.x + tol);
    const int ey0 = cell_y(world.y - tol), ey1 = cell_y(world.y + tol);
    float best = std::numeric_limits<float>::infinity();
    std::int64_t best_edge = -1;
    for (int y = ey0; y <= ey1; ++y)
        for (int x = ex0; x <= ex1; ++x)
            for (std::uint32_t i : cell(x, y).edges) {
                const EdgeInstance& e = s.edges[i];
                const float d = distance_to_segment(world, e.a, e.b);
                const float limit = (e.width_px * 0.5f + link_tolerance_px) / zoom;
                // Ties go to the later (topmost) instance, like the pixels.
                if (d <= limit && (d < best || (d == best && std::int64_t(i) > best_edge))) {
                    best = d;
                    best_edge = i;
                }
            }
    if (best_edge >= 0) return {HoverTarget::Kind::Edge, std::uint32_t(best_edge)};
    return none;
}

std::vector<std::uint32_t> SpatialIndex::nodes_in(const Bounds& box) const {
    std::vector<std::uint32_t> out;
    if (!scene_ || cells_.empty() || box.empty()) return out;
    for (int y = cell_y(box.min.y); y <= cell_y(box.max.y); ++y)
        for (int x = cell_x(box.min.x); x <= cell_x(box.max.x); ++x)
            for (std::uint32_t i : cell(x, y).nodes)
                if (box.contains(scene_->nodes[i].pos)) out.push_back(i);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace kg
