// Heavy-edge matching and two-hop pairing.
#include "layout/coarsen.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <random>

namespace kg::layout_detail {

Coarsening coarsen(const CsrGraph& g, const std::vector<float>& mass, std::uint64_t seed) {
    const auto n = static_cast<std::uint32_t>(boost::num_vertices(g));
    constexpr auto kNone = std::numeric_limits<std::uint32_t>::max();
    // `mate` plays the role of Boost's matching mate map: mate[u] == v iff u-v matched.
    std::vector<std::uint32_t> mate(n, kNone);

    // Low degree first: leaves and chains get matched before hubs take their only partner.
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::mt19937_64 rng(seed);
    std::shuffle(order.begin(), order.end(), rng);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return boost::out_degree(a, g) < boost::out_degree(b, g);
    });
    for (auto u : order) {
        if (mate[u] != kNone) continue;
        std::uint32_t best = kNone;
        float best_score = 0.0f;
        for (auto e : boost::make_iterator_range(boost::out_edges(u, g))) {
            const auto v = static_cast<std::uint32_t>(boost::target(e, g));
            if (mate[v] != kNone || v == u) continue;
            const float score = g[e].weight / (mass[u] * mass[v]);
            if (score > best_score) best_score = score, best = v;
        }
        if (best != kNone) mate[u] = best, mate[best] = u;
    }
    // Two-hop pairing: unmatched neighbours of the same node merge with each other.
    for (auto hub : order) {
        std::uint32_t waiting = kNone;
        for (auto e : boost::make_iterator_range(boost::out_edges(hub, g))) {
            const auto v = static_cast<std::uint32_t>(boost::target(e, g));
            if (mate[v] != kNone) continue;
            if (waiting == kNone) {
                waiting = v;
            } else {
                mate[v] = waiting, mate[waiting] = v;
                waiting = kNone;
            }
        }
    }

    Coarsening out;
    out.fine_to_coarse.assign(n, kNone);
    std::uint32_t next = 0;
    for (std::uint32_t u = 0; u < n; ++u) {
        if (out.fine_to_coarse[u] != kNone) continue;
        out.fine_to_coarse[u] = next;
        if (mate[u] != kNone) out.fine_to_coarse[mate[u]] = next;
        ++next;
    }
    out.coarse_mass.assign(next, 0.0f);
    for (std::uint32_t u = 0; u < n; ++u) out.coarse_mass[out.fine_to_coarse[u]] += mass[u];

    std::vector<WeightedEdge> edges;
    for (std::uint32_t u = 0; u < n; ++u)
        for (auto e : boost::make_iterator_range(boost::out_edges(u, g))) {
            const auto v = static_cast<std::uint32_t>(boost::target(e, g));
            const auto cu = out.fine_to_coarse[u], cv = out.fine_to_coarse[v];
            if (u < v && cu != cv)
                edges.push_back({std::min(cu, cv), std::max(cu, cv), g[e].weight});
        }
    std::sort(edges.begin(), edges.end(), [](const WeightedEdge& a, const WeightedEdge& b) {
        return a.u != b.u ? a.u < b.u : a.v < b.v;
    });
    // Merged links keep the mean weight, not the sum: the coarse level is drawn with a longer
    // natural length instead, and summed weights would crush it.
    std::vector<WeightedEdge> merged;
    std::vector<float> count;
    for (const auto& e : edges) {
        if (!merged.empty() && merged.back().u == e.u && merged.back().v == e.v) {
            merged.back().weight += e.weight;
            count.back() += 1.0f;
        } else {
            merged.push_back(e);
            count.push_back(1.0f);
        }
    }
    for (std::size_t i = 0; i < merged.size(); ++i) merged[i].weight /= count[i];
    out.coarse = make_csr(next, merged);
    return out;
}

} // namespace kg::layout_detail
