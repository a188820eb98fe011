// BFS / Dijkstra distances on the component graphs.
#include "layout/graph_distances.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/visitors.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kg::layout_detail {

std::vector<float> link_lengths(const CsrGraph& g) {
    const auto m = boost::num_edges(g);
    std::vector<float> lengths(m, 1.0f);
    double mean = 0.0;
    bool uniform = true;
    float first = -1.0f;
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
        mean += g[e].weight;
        if (first < 0.0f) first = g[e].weight;
        uniform = uniform && g[e].weight == first;
    }
    if (uniform || m == 0) return lengths;
    mean /= double(m);
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
        const double ratio = mean / g[e].weight;
        lengths[boost::get(boost::edge_index, g, e)] =
            static_cast<float>(std::clamp(std::cbrt(ratio), 1.0 / 3.0, 3.0));
    }
    return lengths;
}

void single_source_distances(const CsrGraph& g, const std::vector<float>& lengths,
                             std::uint32_t source, std::vector<float>& out) {
    const auto n = boost::num_vertices(g);
    constexpr float kInf = std::numeric_limits<float>::infinity();
    out.assign(n, kInf);
    out[source] = 0.0f;
    const bool unit =
        std::all_of(lengths.begin(), lengths.end(), [](float l) { return l == 1.0f; });
    if (unit) {
        boost::breadth_first_search(g, source,
                                    boost::visitor(boost::make_bfs_visitor(boost::record_distances(
                                        out.data(), boost::on_tree_edge{}))));
        return;
    }
    auto weight =
        boost::make_iterator_property_map(lengths.data(), boost::get(boost::edge_index, g));
    auto distance =
        boost::make_iterator_property_map(out.data(), boost::get(boost::vertex_index, g));
    boost::dijkstra_shortest_paths(
        g, source, boost::weight_map(weight).distance_map(distance).distance_inf(kInf));
}

std::vector<float> all_pairs_distances(const CsrGraph& g) {
    const auto n = static_cast<std::uint32_t>(boost::num_vertices(g));
    const auto lengths = link_lengths(g);
    std::vector<float> matrix(std::size_t(n) * n);
    std::vector<float> row;
    for (std::uint32_t s = 0; s < n; ++s) {
        single_source_distances(g, lengths, s, row);
        std::copy(row.begin(), row.end(), matrix.begin() + std::ptrdiff_t(s) * n);
    }
    return matrix;
}

} // namespace kg::layout_detail
