// Normalized stress and relative displacement.
#include "layout/layout_quality.hpp"

#include "layout/components.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace kg {

double normalized_stress(const LayoutGraph& graph, const std::vector<Vec2>& positions,
                         std::uint32_t sources, std::uint64_t seed) {
    const std::uint32_t n = graph.node_count;
    if (n < 2 || positions.size() < n) return 0.0;
    const auto g = layout_detail::make_csr(n, layout_detail::clean_edges(graph));
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::mt19937_64 rng(seed);
    std::shuffle(order.begin(), order.end(), rng);
    order.resize(std::min(n, sources));
    std::sort(order.begin(), order.end());

    // Closed form: with a = sum(e/d), b = sum(e^2/d^2), the best scale is a/b and the mean
    // squared relative error is (|P| - a^2/b) / |P|.
    double a = 0.0, b = 0.0, pairs = 0.0;
    constexpr auto kUnreached = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> dist(n);
    for (auto s : order) {
        if (!has_position(positions[s])) continue;
        std::fill(dist.begin(), dist.end(), kUnreached);
        dist[s] = 0;
        boost::breadth_first_search(g, s,
                                    boost::visitor(boost::make_bfs_visitor(boost::record_distances(
                                        dist.data(), boost::on_tree_edge{}))));
        for (std::uint32_t j = 0; j < n; ++j) {
            if (j == s || dist[j] == kUnreached || !has_position(positions[j])) continue;
            const double d = dist[j];
            const double e = (positions[s] - positions[j]).length();
            a += e / d;
            b += e * e / (d * d);
            pairs += 1.0;
        }
    }
    if (pairs == 0.0) return 0.0;
    if (b == 0.0) return 1.0; // everything on one point: as bad as it gets at scale 0
    return std::max(0.0, (pairs - a * a / b) / pairs);
}

double relative_displacement(const std::vector<Vec2>& before, const std::vector<Vec2>& after) {
    double sum = 0.0;
    std::size_t count = 0;
    float min_x = std::numeric_limits<float>::max(), min_y = min_x;
    float max_x = std::numeric_limits<float>::lowest(), max_y = max_x;
    for (std::size_t i = 0; i < after.size(); ++i) {
        if (!has_position(after[i])) continue;
        min_x = std::min(min_x, after[i].x), max_x = std::max(max_x, after[i].x);
        min_y = std::min(min_y, after[i].y), max_y = std::max(max_y, after[i].y);
        if (i < before.size() && has_position(before[i])) {
            sum += (after[i] - before[i]).length();
            ++count;
        }
    }
    if (count == 0) return 0.0;
    const double diagonal = std::hypot(double(max_x - min_x), double(max_y - min_y));
    return diagonal > 0.0 ? sum / double(count) / diagonal : 0.0;
}

} // namespace kg
