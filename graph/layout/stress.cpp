// Stress majorization and its Pivot MDS start.
#include "layout/stress.hpp"

#include "layout/algorithms.hpp"
#include "layout/graph_distances.hpp"

#include <algorithm>
#include <cmath>
#include <random>

namespace kg::layout_detail {
namespace {

constexpr std::uint32_t kPivots = 50;

// Top eigenvector of the symmetric k x k matrix `m` orthogonal to `other` (power iteration).
std::vector<double> top_eigenvector(const std::vector<double>& m, std::uint32_t k,
                                    const std::vector<double>* other, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    std::vector<double> v(k), next(k);
    for (auto& x : v) x = unit(rng);
    for (int iter = 0; iter < 100; ++iter) {
        for (std::uint32_t i = 0; i < k; ++i) {
            double s = 0.0;
            for (std::uint32_t j = 0; j < k; ++j) s += m[std::size_t(i) * k + j] * v[j];
            next[i] = s;
        }
        if (other != nullptr) {
            double dot = 0.0;
            for (std::uint32_t i = 0; i < k; ++i) dot += next[i] * (*other)[i];
            for (std::uint32_t i = 0; i < k; ++i) next[i] -= dot * (*other)[i];
        }
        double norm = 0.0;
        for (double x : next) norm += x * x;
        norm = std::sqrt(norm);
        if (norm < 1e-12) break;
        for (std::uint32_t i = 0; i < k; ++i) v[i] = next[i] / norm;
    }
    return v;
}

} // namespace

std::vector<Vec2> pivot_mds(const std::vector<float>& dist, std::uint32_t n, float edge_length,
                            std::uint64_t seed) {
    std::vector<Vec2> pos(n);
    if (n < 2) return pos;
    // Farthest-first pivots spread over the graph, from a seeded start.
    const std::uint32_t k = std::min(n, kPivots);
    std::vector<std::uint32_t> pivots{static_cast<std::uint32_t>(seed % n)};
    std::vector<float> nearest(n, std::numeric_limits<float>::infinity());
    while (pivots.size() < k) {
        const auto* row = &dist[std::size_t(pivots.back()) * n];
        std::uint32_t far = 0;
        for (std::uint32_t v = 0; v < n; ++v) {
            nearest[v] = std::min(nearest[v], row[v]);
            if (nearest[v] > nearest[far]) far = v;
        }
        if (nearest[far] == 0.0f) break;
        pivots.push_back(far);
    }
    const auto kk = static_cast<std::uint32_t>(pivots.size());
    // Double-centred squared distances between all nodes and the pivots.
    std::vector<double> c(std::size_t(n) * kk);
    std::vector<double> col_mean(kk, 0.0), row_mean(n, 0.0);
    double total = 0.0;
    for (std::uint32_t v = 0; v < n; ++v)
        for (std::uint32_t j = 0; j < kk; ++j) {
            const double d = dist[std::size_t(pivots[j]) * n + v];
            c[std::size_t(v) * kk + j] = d * d;
        }
    for (std::uint32_t v = 0; v < n; ++v)
        for (std::uint32_t j = 0; j < kk; ++j) {
            row_mean[v] += c[std::size_t(v) * kk + j] / kk;
            col_mean[j] += c[std::size_t(v) * kk + j] / n;
            total += c[std::size_t(v) * kk + j];
        }
    total /= double(n) * kk;
    for (std::uint32_t v = 0; v < n; ++v)
        for (std::uint32_t j = 0; j < kk; ++j) {
            auto& x = c[std::size_t(v) * kk + j];
            x = -0.5 * (x - row_mean[v] - col_mean[j] + total);
        }
    std::vector<double> ctc(std::size_t(kk) * kk, 0.0);
    for (std::uint32_t v = 0; v < n; ++v)
        for (std::uint32_t i = 0; i < kk; ++i)
            for (std::uint32_t j = 0; j < kk; ++j)
                ctc[std::size_t(i) * kk + j] +=
                    c[std::size_t(v) * kk + i] * c[std::size_t(v) * kk + j];
    const auto e1 = top_eigenvector(ctc, kk, nullptr, seed);
    const auto e2 = top_eigenvector(ctc, kk, &e1, seed + 1);
    for (std::uint32_t v = 0; v < n; ++v) {
        double x = 0.0, y = 0.0;
        for (std::uint32_t j = 0; j < kk; ++j) {
            x += c[std::size_t(v) * kk + j] * e1[j];
            y += c[std::size_t(v) * kk + j] * e2[j];
        }
        pos[v] = {static_cast<float>(x), static_cast<float>(y)};
    }
    // Optimal scale against the weighted distances: s = sum(e/d) / sum(e^2/d^2).
    double a = 0.0, b = 0.0;
    for (std::uint32_t i = 0; i < n; ++i)
        for (std::uint32_t j = i + 1; j < n; ++j) {
            const double d = dist[std::size_t(i) * n + j];
            const double e = (pos[i] - pos[j]).length();
            a += e / d;
            b += e * e / (d * d);
        }
    const float s = b > 0.0 ? static_cast<float>(a / b) * edge_length : edge_length;
    std::mt19937_64 rng(seed ^ 0x5bd1e995u);
    std::uniform_real_distribution<float> jitter(-0.05f, 0.05f);
    for (auto& p : pos) {
        // Nodes with identical distance rows (twins) would coincide: jitter them apart.
        p = p * s + Vec2{jitter(rng), jitter(rng)} * edge_length;
    }
    return pos;
}

bool stress_majorize(const std::vector<float>& dist, std::vector<Vec2>& pos,
                     const StressParams& params, const Stage& stage) {
    const auto n = static_cast<std::uint32_t>(pos.size());
    if (n < 2) return true;
    const float l = params.edge_length;
    const std::vector<Vec2> anchors = params.anchor_weight > 0.0f ? pos : std::vector<Vec2>{};
    for (int iter = 0; iter < params.max_iterations; ++iter) {
        if (stage.stop_requested()) return false;
        if (iter % 8 == 0) stage.report(static_cast<float>(iter) / params.max_iterations);
        double moved = 0.0;
        for (std::uint32_t i = 0; i < n; ++i) {
            if (params.pinned != nullptr && (*params.pinned)[i]) continue;
            const float* row = &dist[std::size_t(i) * n];
            const Vec2 p = pos[i];
            double sx = 0.0, sy = 0.0, sw = 0.0;
            for (std::uint32_t j = 0; j < n; ++j) {
                if (j == i || !std::isfinite(row[j])) continue;
                const float d = row[j] * l;
                const float w = 1.0f / (d * d);
                const Vec2 delta = p - pos[j];
                const float e = delta.length();
                // x_i <- sum w_ij (x_j + d_ij (x_i - x_j)/|x_i - x_j|) / sum w_ij
                const float r = e > 1e-6f * l ? d / e : 0.0f;
                sx += w * (pos[j].x + r * delta.x);
                sy += w * (pos[j].y + r * delta.y);
                sw += w;
            }
            if (!anchors.empty() && (params.anchored == nullptr || (*params.anchored)[i])) {
                // Anchors: relative to the node's total pull, so the weight means the same at
                // every scale and degree.
                const double a = params.anchor_weight * sw;
                sx += a * anchors[i].x;
                sy += a * anchors[i].y;
                sw += a;
            }
            if (sw <= 0.0) continue;
            const Vec2 q{static_cast<float>(sx / sw), static_cast<float>(sy / sw)};
            moved += (q - p).length();
            pos[i] = q;
        }
        if (params.on_sweep) params.on_sweep(iter);
        if (moved / n < params.tolerance * l) break;
    }
    stage.report(1.0f);
    return true;
}

std::vector<Vec2> stress_layout(const CsrGraph& g, const ComponentParams& p, const Stage& stage) {
    const auto n = static_cast<std::uint32_t>(boost::num_vertices(g));
    if (n > kMaxStressNodes) return multilevel_layout(g, p, stage);
    if (n < 2) return std::vector<Vec2>(n);
    const auto dist = all_pairs_distances(g);
    auto pos = pivot_mds(dist, n, p.edge_length, p.seed);
    StressParams sp;
    sp.edge_length = p.edge_length;
    if (p.preview) {
        p.preview(pos);
        sp.on_sweep = [&](int sweep) {
            if (sweep % 20 == 19) p.preview(pos);
        };
    }
    stress_majorize(dist, pos, sp, stage.sub(0.05f, 1.0f, "stress"));
    return pos;
}

} // namespace kg::layout_detail
