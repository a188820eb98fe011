// Barnes-Hut quadtree build and repulsion query.
#include "layout/quadtree.hpp"

#include <algorithm>
#include <numeric>

namespace kg::layout_detail {
namespace {

constexpr std::uint32_t kLeafSize = 8; // small leaves: direct sums beat deeper recursion
constexpr int kMaxDepth = 24;          // coincident points stop splitting here

} // namespace

void QuadTree::build(const std::vector<Vec2>& pos) {
    pos_ = &pos;
    cells_.clear();
    order_.resize(pos.size());
    std::iota(order_.begin(), order_.end(), 0u);
    if (pos.empty()) return;
    Vec2 lo = pos[0], hi = pos[0];
    for (auto p : pos) {
        lo = {std::min(lo.x, p.x), std::min(lo.y, p.y)};
        hi = {std::max(hi.x, p.x), std::max(hi.y, p.y)};
    }
    const float size = std::max({hi.x - lo.x, hi.y - lo.y, 1e-3f}) * 1.0001f;
    cells_.reserve(pos.size() / 2 + 8);
    cells_.push_back({});
    cells_[0].begin = 0;
    cells_[0].end = static_cast<std::uint32_t>(pos.size());
    split(0, lo, size, 0);
}

void QuadTree::split(std::uint32_t cell, Vec2 lo, float size, int depth) {
    const auto& pos = *pos_;
    Cell c = cells_[cell];
    c.size = size;
    c.lo = lo;
    if (c.end - c.begin <= kLeafSize || depth >= kMaxDepth) {
        Vec2 sum{};
        for (auto k = c.begin; k < c.end; ++k) sum = sum + pos[order_[k]];
        c.mass = static_cast<float>(c.end - c.begin);
        c.com = c.mass > 0 ? sum * (1.0f / c.mass) : lo;
        cells_[cell] = c;
        return;
    }
    // Partition the range into the four quadrants: below/above mid y, then left/right mid x.
    const float half = 0.5f * size;
    const Vec2 mid{lo.x + half, lo.y + half};
    auto* first = order_.data() + c.begin;
    auto* last = order_.data() + c.end;
    auto* ymid = std::partition(first, last, [&](std::uint32_t k) { return pos[k].y < mid.y; });
    auto* q1 = std::partition(first, ymid, [&](std::uint32_t k) { return pos[k].x < mid.x; });
    auto* q3 = std::partition(ymid, last, [&](std::uint32_t k) { return pos[k].x < mid.x; });
    const std::uint32_t bounds[5] = {c.begin, static_cast<std::uint32_t>(q1 - order_.data()),
                                     static_cast<std::uint32_t>(ymid - order_.data()),
                                     static_cast<std::uint32_t>(q3 - order_.data()), c.end};
    const Vec2 corners[4] = {lo, {mid.x, lo.y}, {lo.x, mid.y}, mid};
    const auto first_child = static_cast<std::uint32_t>(cells_.size());
    c.children = static_cast<std::int32_t>(first_child);
    cells_[cell] = c;
    for (int q = 0; q < 4; ++q) {
        Cell child;
        child.begin = bounds[q];
        child.end = bounds[q + 1];
        cells_.push_back(child);
    }
    Vec2 sum{};
    float mass = 0.0f;
    for (std::uint32_t q = 0; q < 4; ++q) {
        if (cells_[first_child + q].end > cells_[first_child + q].begin)
            split(first_child + q, corners[q], half, depth + 1);
        const Cell& ch = cells_[first_child + q];
        sum = sum + ch.com * ch.mass;
        mass += ch.mass;
    }
    cells_[cell].mass = mass;
    cells_[cell].com = sum * (1.0f / mass);
}

void QuadTree::repulsion_all(float theta, std::vector<Vec2>& out) const {
    out.assign(order_.size(), Vec2{});
    for (const Cell& c : cells_)
        if (c.children < 0 && c.end > c.begin) leaf_repulsion(c, theta, out);
}

void QuadTree::leaf_repulsion(const Cell& leaf, float theta, std::vector<Vec2>& out) const {
    const auto& pos = *pos_;
    // The leaf's points lie in [lo, lo + size]; a cell is far for all of them when it is far
    // from the nearest point of that square (a conservative version of the per-point test).
    const Vec2 lo = leaf.lo;
    const Vec2 hi = leaf.lo + Vec2{leaf.size, leaf.size};
    const float theta2 = theta * theta;
    far_com_.clear();
    far_mass_.clear();
    near_.clear();
    stack_.clear();
    stack_.push_back(0);
    while (!stack_.empty()) {
        const Cell& c = cells_[stack_.back()];
        stack_.pop_back();
        if (c.mass == 0.0f) continue;
        const float dx = std::max({lo.x - c.com.x, 0.0f, c.com.x - hi.x});
        const float dy = std::max({lo.y - c.com.y, 0.0f, c.com.y - hi.y});
        const float d2 = dx * dx + dy * dy;
        if (&c != &leaf && c.size * c.size < theta2 * d2) {
            far_com_.push_back(c.com);
            far_mass_.push_back(c.mass);
        } else if (c.children < 0) {
            for (auto k = c.begin; k < c.end; ++k) near_.push_back(order_[k]);
        } else {
            for (int q = 0; q < 4; ++q)
                stack_.push_back(static_cast<std::uint32_t>(c.children + q));
        }
    }
    for (auto k = leaf.begin; k < leaf.end; ++k) {
        const auto i = order_[k];
        const Vec2 p = pos[i];
        float fx = 0.0f, fy = 0.0f;
        for (std::size_t m = 0; m < far_com_.size(); ++m) {
            const float ddx = p.x - far_com_[m].x, ddy = p.y - far_com_[m].y;
            const float s = far_mass_[m] / (ddx * ddx + ddy * ddy);
            fx += ddx * s;
            fy += ddy * s;
        }
        for (auto j : near_) {
            if (j == i) continue;
            float ddx = p.x - pos[j].x, ddy = p.y - pos[j].y;
            float d2 = ddx * ddx + ddy * ddy;
            if (d2 < 1e-6f) {
                // Coincident points: push apart along a direction fixed by the ids so the
                // result stays deterministic.
                ddx = i < j ? 1e-3f : -1e-3f;
                ddy = (i ^ j) & 1 ? 1e-3f : -1e-3f;
                d2 = 2e-6f;
            }
            fx += ddx / d2;
            fy += ddy / d2;
        }
        out[i] = {fx, fy};
    }
}

} // namespace kg::layout_detail
