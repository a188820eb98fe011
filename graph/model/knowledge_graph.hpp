// The Boost.Graph view of a corpus: one vertex per entity, one edge per link.
// Algorithms (filters, centrality, paths, layout) run on this view; the corpus stays the owner.
#pragma once

#include "model/corpus.hpp"

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>

namespace kg {

using LinkIndex = std::uint32_t;

// Vertex bundle: the entity the vertex stands for (equal to the vertex index by construction).
struct KgVertex {
    EntityIndex entity = 0;
};

// Edge bundle: which link the edge stands for, and its evidence weight (Link::weight()).
struct KgEdge {
    LinkIndex link = 0;
    double weight = 1.0;
};

// Undirected multigraph: two entities may share several links of different kinds.
using KnowledgeGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, KgVertex, KgEdge>;
using KgVertexDesc = boost::graph_traits<KnowledgeGraph>::vertex_descriptor;
using KgEdgeDesc = boost::graph_traits<KnowledgeGraph>::edge_descriptor;

// Builds the view: vertex i is corpus.entities[i]; edges are added in link order.
// Links whose ends are out of range or equal are skipped (a corrupt corpus never crashes this).
KnowledgeGraph build_knowledge_graph(const Corpus& corpus);

} // namespace kg
