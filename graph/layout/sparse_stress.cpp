// Sampled stress polish: fresh random pivots per sweep, multi-source BFS, damped majorization.
#include "layout/sparse_stress.hpp"

#include "layout/graph_distances.hpp"
#include "layout/multi_source_bfs.hpp"
#include "layout/spread_pivots.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace kg::layout_detail {
namespace {

constexpr float kUnreached = std::numeric_limits<float>::infinity();

// One majorization term: adds w * (q + d * (x - q) / |x - q|) to the sums.
inline void add_term(Vec2 x, Vec2 q, float d, float w, float tiny, float& sx, float& sy,
                     float& sw) {
    const float dx = x.x - q.x, dy = x.y - q.y;
    const float len = std::sqrt(dx * dx + dy * dy);
    const float r = len > tiny ? d / len : 0.0f;
    sx += w * (q.x + r * dx);
    sy += w * (q.y + r * dy);
    sw += w;
}

} // namespace

bool sparse_stress(const CsrGraph& g, std::vector<Vec2>& pos, const SparseStressParams& params,
                   const Stage& stage) {
    const auto n = static_cast<std::uint32_t>(boost::num_vertices(g));
    if (n < 3 || pos.size() != n || params.sweeps <= 0) return true;
    const float l = params.edge_length;
    const float tiny = 1e-6f * l;
    const auto lengths = link_lengths(g);
    const std::uint32_t k = std::clamp(params.pivots, 1u, n);
    std::mt19937_64 rng(params.seed);
    std::vector<float> dist(std::size_t(k) * n); // dist[v * k + p]: hops from pivot p
    std::vector<std::uint32_t> pivots;
    std::vector<std::int32_t> pivot_index(n, -1);
    MultiBfsScratch scratch;
    CurveScratch curve;
    for (int sweep = 0; sweep < params.sweeps; ++sweep) {
        if (stage.stop_requested()) return false;
        stage.report(float(sweep) / float(params.sweeps));
        for (auto v : pivots) pivot_index[v] = -1;
        pivots.clear();
        if (params.stratify) {
            pivots = spread_pivots(pos, k, rng, curve);
            for (std::uint32_t p = 0; p < k; ++p)
                pivot_index[pivots[p]] = static_cast<std::int32_t>(p);
        }
        while (pivots.size() < k) {
            const auto v = static_cast<std::uint32_t>(rng() % n);
            if (pivot_index[v] >= 0) continue;
            pivot_index[v] = static_cast<std::int32_t>(pivots.size());
            pivots.push_back(v);
        }
        std::fill(dist.begin(), dist.end(), kUnreached);
        for (std::uint32_t b = 0; b < k; b += 64)
            hops_from_many(g, &pivots[b], std::min(64u, k - b), &dist[b], k, scratch);
        if (sweep == 0) {
            // Start from the stress-optimal scale of the given drawing: s = sum(e/d) /
            // sum(e^2/d^2).
            double a = 0.0, b = 0.0;
            for (std::uint32_t p = 0; p < k; ++p)
                for (std::uint32_t v = 0; v < n; ++v) {
                    const double d = double(dist[std::size_t(v) * k + p]) * l;
                    if (!(d > 0.0) || !std::isfinite(d)) continue;
                    const double e = (pos[v] - pos[pivots[p]]).length();
                    a += e / d;
                    b += e * e / (d * d);
                }
            if (a > 0.0 && b > 0.0)
                for (auto& q : pos) q = q * static_cast<float>(a / b);
        }
        const float step = 1.0f / (1.0f + params.damping * float(sweep));
        for (std::uint32_t i = 0; i < n; ++i) {
            const Vec2 x = pos[i];
            float sx = 0.0f, sy = 0.0f, sw = 0.0f;
            // Links: exact terms, weight 1/d^2. Pivots among the neighbours are covered here.
            std::uint32_t far = k - (pivot_index[i] >= 0 ? 1 : 0);
            for (auto e : boost::make_iterator_range(boost::out_edges(i, g))) {
                const auto j = static_cast<std::uint32_t>(boost::target(e, g));
                if (pivot_index[j] >= 0) --far;
                const float d = lengths[boost::get(boost::edge_index, g, e)] * l;
                add_term(x, pos[j], d, 1.0f / (d * d), tiny, sx, sy, sw);
            }
            if (far > 0) {
                // Every other pivot stands for an equal share of the nodes beyond the links.
                const float share = float(double(n - 1 - boost::out_degree(i, g)) / far);
                const float* row = &dist[std::size_t(i) * k];
                for (std::uint32_t p = 0; p < k; ++p) {
                    const float hops = row[p];
                    if (!(hops > 1.0f) || hops == kUnreached) continue;
                    const float d = hops * l;
                    add_term(x, pos[pivots[p]], d, share / (d * d), tiny, sx, sy, sw);
                }
            }
            if (!(sw > 0.0f)) continue;
            const Vec2 target{sx / sw, sy / sw};
            const Vec2 next = x + (target - x) * step;
            if (std::isfinite(next.x) && std::isfinite(next.y)) pos[i] = next;
        }
    }
    stage.report(1.0f);
    return true;
}

} // namespace kg::layout_detail
