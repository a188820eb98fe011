// Stratified pivot sampling along a Hilbert curve through the drawing.
#include "layout/spread_pivots.hpp"

#include <algorithm>
#include <utility>

namespace kg::layout_detail {

std::uint32_t hilbert_index(std::uint32_t side, std::uint32_t x, std::uint32_t y) {
    std::uint32_t d = 0;
    for (std::uint32_t s = side / 2; s > 0; s /= 2) {
        const std::uint32_t rx = (x & s) != 0 ? 1 : 0;
        const std::uint32_t ry = (y & s) != 0 ? 1 : 0;
        d += s * s * ((3 * rx) ^ ry);
        // Rotate the quadrant so the curve inside it starts and ends next to its neighbours.
        if (ry == 0) {
            if (rx == 1) {
                x = side - 1 - x;
                y = side - 1 - y;
            }
            std::swap(x, y);
        }
    }
    return d;
}

std::vector<std::uint32_t> spread_pivots(const std::vector<Vec2>& pos, std::uint32_t count,
                                         std::mt19937_64& rng, CurveScratch& scratch) {
    constexpr std::uint32_t kSide = 64; // 4,096 cells: finer than any run of a useful length
    const auto n = static_cast<std::uint32_t>(pos.size());
    count = std::min(count, n);
    if (count == 0) return {};
    Vec2 lo = pos.front(), hi = pos.front();
    for (auto q : pos) {
        lo = {std::min(lo.x, q.x), std::min(lo.y, q.y)};
        hi = {std::max(hi.x, q.x), std::max(hi.y, q.y)};
    }
    // One square box, so cells are square and the curve's runs compact.
    const float span = std::max({hi.x - lo.x, hi.y - lo.y, 1e-6f});
    const float to_cell = float(kSide) / span;
    auto& key = scratch.key;
    auto& start = scratch.start;
    auto& order = scratch.order;
    auto& cell_index = scratch.cell_index;
    if (cell_index.empty()) {
        cell_index.resize(kSide * kSide);
        for (std::uint32_t y = 0; y < kSide; ++y)
            for (std::uint32_t x = 0; x < kSide; ++x)
                cell_index[y * kSide + x] = hilbert_index(kSide, x, y);
    }
    key.resize(n);
    start.assign(kSide * kSide + 1, 0);
    for (std::uint32_t v = 0; v < n; ++v) {
        const auto cx =
            std::min(kSide - 1, static_cast<std::uint32_t>((pos[v].x - lo.x) * to_cell));
        const auto cy =
            std::min(kSide - 1, static_cast<std::uint32_t>((pos[v].y - lo.y) * to_cell));
        key[v] = cell_index[cy * kSide + cx];
        ++start[key[v] + 1];
    }
    // Counting sort by cell: linear, and stable, so ties keep node order (deterministic).
    for (std::uint32_t c = 0; c < kSide * kSide; ++c) start[c + 1] += start[c];
    order.resize(n);
    for (std::uint32_t v = 0; v < n; ++v) order[start[key[v]]++] = v;
    std::vector<std::uint32_t> pivots(count);
    for (std::uint32_t p = 0; p < count; ++p) {
        const std::uint64_t first = std::uint64_t(p) * n / count;
        const std::uint64_t last = std::uint64_t(p + 1) * n / count;
        pivots[p] = order[first + rng() % (last - first)];
    }
    return pivots;
}

} // namespace kg::layout_detail
