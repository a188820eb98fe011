// Input cleaning and connected-component splitting for the layouts.
#include "layout/components.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <cmath>

namespace kg::layout_detail {

std::vector<WeightedEdge> clean_edges(const LayoutGraph& graph) {
    std::vector<WeightedEdge> edges;
    edges.reserve(graph.edges.size());
    for (std::size_t i = 0; i < graph.edges.size(); ++i) {
        auto [u, v] = graph.edges[i];
        if (u == v || u >= graph.node_count || v >= graph.node_count) continue;
        float w = i < graph.edge_weights.size() ? graph.edge_weights[i] : 1.0f;
        if (!std::isfinite(w) || w <= 0.0f) w = 1.0f;
        edges.push_back({std::min(u, v), std::max(u, v), w});
    }
    std::sort(edges.begin(), edges.end(), [](const WeightedEdge& a, const WeightedEdge& b) {
        return a.u != b.u ? a.u < b.u : a.v < b.v;
    });
    std::vector<WeightedEdge> merged;
    merged.reserve(edges.size());
    for (const auto& e : edges) {
        if (!merged.empty() && merged.back().u == e.u && merged.back().v == e.v)
            merged.back().weight += e.weight;
        else
            merged.push_back(e);
    }
    return merged;
}

CsrGraph make_csr(std::uint32_t node_count, const std::vector<WeightedEdge>& edges) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    std::vector<EdgeWeight> props;
    pairs.reserve(edges.size() * 2);
    props.reserve(edges.size() * 2);
    for (const auto& e : edges) {
        pairs.emplace_back(e.u, e.v);
        props.push_back({e.weight});
        pairs.emplace_back(e.v, e.u);
        props.push_back({e.weight});
    }
    return CsrGraph(boost::edges_are_unsorted_multi_pass, pairs.begin(), pairs.end(), props.begin(),
                    node_count);
}

std::vector<Component> split_components(const LayoutGraph& graph) {
    const auto edges = clean_edges(graph);
    using UGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    UGraph ug(graph.node_count);
    for (const auto& e : edges) boost::add_edge(e.u, e.v, ug);
    std::vector<int> comp(graph.node_count, 0);
    const int count = graph.node_count == 0 ? 0 : boost::connected_components(ug, comp.data());

    // Node lists in increasing id order; local id = position in the list.
    std::vector<std::vector<std::uint32_t>> members(static_cast<std::size_t>(count));
    for (std::uint32_t v = 0; v < graph.node_count; ++v) members[comp[v]].push_back(v);
    std::vector<std::uint32_t> local(graph.node_count, 0);
    for (const auto& m : members)
        for (std::uint32_t i = 0; i < m.size(); ++i) local[m[i]] = i;
    std::vector<std::vector<WeightedEdge>> comp_edges(static_cast<std::size_t>(count));
    for (const auto& e : edges) comp_edges[comp[e.u]].push_back({local[e.u], local[e.v], e.weight});

    std::vector<std::size_t> order(static_cast<std::size_t>(count));
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return members[a].size() > members[b].size();
    });
    std::vector<Component> out;
    out.reserve(order.size());
    for (auto c : order) {
        auto n = static_cast<std::uint32_t>(members[c].size());
        out.push_back({std::move(members[c]), make_csr(n, comp_edges[c])});
    }
    return out;
}

std::vector<WeightedEdge> undirected_edges(const CsrGraph& g) {
    std::vector<WeightedEdge> out;
    for (std::uint32_t u = 0; u < boost::num_vertices(g); ++u)
        for (auto e : boost::make_iterator_range(boost::out_edges(u, g))) {
            auto v = static_cast<std::uint32_t>(boost::target(e, g));
            if (u < v) out.push_back({u, v, g[e].weight});
        }
    return out;
}

} // namespace kg::layout_detail
