// Node and label overlap removal by sweep-and-prune pair separation.
#include "layout/overlap.hpp"

#include "layout/components.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kg::layout_detail {
namespace {

// Calls `on_pair(i, j)` for every pair of boxes overlapping (with gap) at `pos`.
template <typename OnPair>
void for_each_overlap(const std::vector<Vec2>& pos, const OverlapBoxes& boxes,
                      std::vector<std::uint32_t>& order, OnPair on_pair) {
    const auto n = static_cast<std::uint32_t>(pos.size());
    order.resize(n);
    std::iota(order.begin(), order.end(), 0u);
    auto min_x = [&](std::uint32_t i) { return pos[i].x - boxes.half[i].x; };
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return min_x(a) != min_x(b) ? min_x(a) < min_x(b) : a < b;
    });
    for (std::uint32_t a = 0; a < n; ++a) {
        const auto i = order[a];
        for (std::uint32_t b = a + 1; b < n; ++b) {
            const auto j = order[b];
            // Sorted by left edge: once a box starts right of i's right edge, none later overlap.
            if (min_x(j) >= pos[i].x + boxes.half[i].x + boxes.gap) break;
            const float dy = std::fabs(pos[i].y - pos[j].y);
            if (dy < boxes.half[i].y + boxes.half[j].y + boxes.gap) on_pair(i, j);
        }
    }
}

} // namespace

OverlapBoxes make_overlap_boxes(const LayoutGraph& graph, float edge_length,
                                const std::vector<bool>& pinned) {
    const auto n = graph.node_count;
    std::vector<float> degree(n, 0.0f);
    std::vector<std::uint32_t> neighbours(n, 0);
    for (const auto& e : clean_edges(graph)) {
        degree[e.u] += e.weight;
        degree[e.v] += e.weight;
        ++neighbours[e.u];
        ++neighbours[e.v];
    }
    OverlapBoxes boxes;
    boxes.half.resize(n);
    boxes.fixed.assign(n, false);
    boxes.hub.assign(n, false);
    for (std::uint32_t v = 0; v < n; ++v) boxes.hub[v] = 2 * std::uint64_t(neighbours[v]) >= n;
    boxes.gap = 0.05f * edge_length;
    for (std::uint32_t v = 0; v < n; ++v) {
        float r = v < graph.node_radii.size() && graph.node_radii[v] > 0.0f &&
                          std::isfinite(graph.node_radii[v])
                      ? graph.node_radii[v]
                      : 0.1f * edge_length;
        r *= 1.0f + 0.5f * std::log2(1.0f + degree[v]) / 2.0f;
        Vec2 half{r, r};
        if (v < graph.label_sizes.size() && has_position(graph.label_sizes[v])) {
            half.x = std::max(half.x, 0.5f * std::fabs(graph.label_sizes[v].x));
            half.y = std::max(half.y, 0.5f * std::fabs(graph.label_sizes[v].y));
        }
        boxes.half[v] = half;
        boxes.fixed[v] = v < pinned.size() && pinned[v];
    }
    return boxes;
}

std::size_t remove_overlaps(std::vector<Vec2>& pos, const OverlapBoxes& boxes, int max_rounds) {
    std::vector<std::uint32_t> order;
    std::vector<Vec2> shift(pos.size());
    std::vector<float> largest(pos.size());
    for (int round = 0; round < max_rounds; ++round) {
        // Jacobi: all pushes of a round are computed on the same positions and then applied
        // together, so a node squeezed from both sides stays put instead of drifting the way
        // a sequential sweep would carry it.
        std::fill(shift.begin(), shift.end(), Vec2{});
        std::fill(largest.begin(), largest.end(), 0.0f);
        std::size_t found = 0;
        for_each_overlap(pos, boxes, order, [&](std::uint32_t i, std::uint32_t j) {
            if (boxes.fixed[i] && boxes.fixed[j]) return;
            Vec2 d = pos[j] - pos[i];
            const float ox = boxes.half[i].x + boxes.half[j].x + boxes.gap - std::fabs(d.x);
            const float oy = boxes.half[i].y + boxes.half[j].y + boxes.gap - std::fabs(d.y);
            if (ox <= 0.0f || oy <= 0.0f) return;
            ++found;
            if (d.x == 0.0f && d.y == 0.0f) d = Vec2{i < j ? 1.0f : -1.0f, 0.0f};
            // Least penetration axis; slight overshoot so the pair does not land touching.
            const Vec2 push = ox < oy ? Vec2{std::copysign(ox * 1.01f, d.x), 0.0f}
                                      : Vec2{0.0f, std::copysign(oy * 1.01f, d.y)};
            const float share_i = boxes.fixed[i] ? 0.0f : boxes.fixed[j] ? 1.0f : 0.5f;
            shift[i] = shift[i] - push * share_i;
            shift[j] = shift[j] + push * (1.0f - share_i);
            largest[i] = std::max(largest[i], push.length() * share_i);
            largest[j] = std::max(largest[j], push.length() * (1.0f - share_i));
        });
        if (found == 0) return 0;
        // A hub moves at most as far as its largest single push. Summed, the pushes of the
        // hundreds of nodes it overlaps (an issue area linked to nearly every entity) shot it
        // out of the cloud: gen2000's issue areas ended in a fan at the rim (mean distance from
        // the centre 0.39 of the drawing; capped, 0.12). Other nodes keep the summed push,
        // which spreads a pile of coincident nodes in a few rounds.
        for (std::size_t v = 0; v < pos.size(); ++v) {
            const float length = shift[v].length();
            const bool cap = v < boxes.hub.size() && boxes.hub[v] && length > largest[v];
            pos[v] = pos[v] + (cap ? shift[v] * (largest[v] / length) : shift[v]);
        }
    }
    return count_overlaps(pos, boxes);
}

float spread_for_overlaps(std::vector<Vec2>& pos, const OverlapBoxes& boxes, float max_scale) {
    std::vector<std::uint32_t> order;
    std::vector<float> needed;
    for_each_overlap(pos, boxes, order, [&](std::uint32_t i, std::uint32_t j) {
        const Vec2 d = pos[j] - pos[i];
        const float sx =
            (boxes.half[i].x + boxes.half[j].x + boxes.gap) / std::max(std::fabs(d.x), 1e-6f);
        const float sy =
            (boxes.half[i].y + boxes.half[j].y + boxes.gap) / std::max(std::fabs(d.y), 1e-6f);
        needed.push_back(std::min(sx, sy));
    });
    // A few overlaps are cheaper to push apart than to inflate the whole drawing for.
    if (needed.size() * 20 < pos.size()) return 1.0f;
    auto mid = needed.begin() + std::ptrdiff_t(needed.size() * 9 / 10);
    std::nth_element(needed.begin(), mid, needed.end());
    const float scale = std::clamp(*mid, 1.0f, max_scale);
    for (auto& p : pos) p = p * scale;
    return scale;
}

std::size_t count_overlaps(const std::vector<Vec2>& pos, const OverlapBoxes& boxes) {
    std::vector<std::uint32_t> order;
    std::size_t count = 0;
    OverlapBoxes strict = boxes;
    strict.gap = 0.0f;
    for_each_overlap(pos, strict, order, [&](std::uint32_t, std::uint32_t) { ++count; });
    return count;
}

} // namespace kg::layout_detail
