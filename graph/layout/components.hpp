// Cleaned layout input split into connected components, each a Boost.Graph CSR graph.
#pragma once

#include "layout/layout.hpp"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>

#include <cstdint>
#include <vector>

namespace kg::layout_detail {

// Bundled edge property of the CSR graphs: the (merged) edge weight.
struct EdgeWeight {
    float weight = 1.0f;
};

// Symmetric CSR graph: every undirected edge is stored once in each direction, so out_edges
// lists all neighbours. Flat arrays keep the hot loops of the layouts cache-friendly.
using CsrGraph =
    boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, EdgeWeight,
                                       boost::no_property, std::uint32_t, std::uint32_t>;

// One connected component: its node ids in the whole graph and its graph over local ids 0..n-1.
struct Component {
    std::vector<std::uint32_t> nodes;
    CsrGraph graph;
};

// An undirected edge between local ids with its merged weight.
struct WeightedEdge {
    std::uint32_t u = 0;
    std::uint32_t v = 0;
    float weight = 1.0f;
};

// Drops self-loops and out-of-range ends, merges duplicate links (weights add up: more
// evidence pulls closer) and replaces non-finite or non-positive weights by 1. Sorted, u < v.
std::vector<WeightedEdge> clean_edges(const LayoutGraph& graph);

// Builds the symmetric CSR graph over `node_count` nodes from undirected edges.
CsrGraph make_csr(std::uint32_t node_count, const std::vector<WeightedEdge>& edges);

// Splits the cleaned graph into connected components (Boost connected_components), largest
// first, ties by smallest node id, so the order is deterministic.
std::vector<Component> split_components(const LayoutGraph& graph);

// Undirected edges (u < v) of a symmetric CSR graph, with weights.
std::vector<WeightedEdge> undirected_edges(const CsrGraph& g);

} // namespace kg::layout_detail
