// Filter spec -> visibility masks over the corpus, and a boost::filtered_graph of what is visible.
#pragma once

#include "common/diagnostics.hpp"
#include "curation/review_state.hpp"
#include "filter/filter_spec.hpp"
#include "model/knowledge_graph.hpp"

#include <boost/graph/filtered_graph.hpp>

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace kg {

// What survives a filter. Masks are indexed like corpus.entities and corpus.links.
struct FilterResult {
    std::vector<std::uint8_t> node_visible;
    std::vector<std::uint8_t> link_visible;
    // Weight of each visible link counting only allowed evidence (KB-only links weigh 1); 0 if
    // hidden.
    std::vector<double> link_weight;
    // Distinct allowed documents of each visible link (0 for KB-only links).
    std::vector<std::uint32_t> link_documents;
    // Allowed documents (indexed like corpus.documents): the panels show evidence from these only.
    std::vector<std::uint8_t> document_allowed;
    // With a focus: hops from the focus for each entity, -1 when not reached. Empty otherwise.
    std::vector<std::int32_t> hop_distance;
    std::int64_t focus = -1; // entity index of the resolved focus, -1 when none
    std::size_t visible_nodes = 0;
    std::size_t visible_links = 0;
    Diagnostics diagnostics; // facet values that name nothing (unknown focus or document)
};

// Applies `spec` to the corpus. `graph` must be build_knowledge_graph(corpus). `review` (optional,
// indexed like corpus.links) feeds the "only unreviewed" facet. Deterministic; never throws on bad
// ids.
FilterResult apply_filter(const Corpus& corpus, const KnowledgeGraph& graph, const FilterSpec& spec,
                          std::span<const ReviewState> review = {});

// Regions each entity is filtered by: its own region(s), else its affiliation's (leaders, persons).
std::vector<RegionMask> effective_regions(const Corpus& corpus);

// Edge predicate of the filtered view: a link mask looked up through the edge bundle.
struct VisibleLinks {
    const KnowledgeGraph* graph = nullptr;
    const std::vector<std::uint8_t>* mask = nullptr;
    bool operator()(const KgEdgeDesc& e) const { return (*mask)[(*graph)[e].link] != 0; }
};

// Vertex predicate of the filtered view: an entity mask.
struct VisibleNodes {
    const std::vector<std::uint8_t>* mask = nullptr;
    bool operator()(KgVertexDesc v) const { return (*mask)[v] != 0; }
};

// The visible part of the graph, for Boost algorithms (BFS, Dijkstra, Brandes). Holds pointers
// into `graph` and `result`, which must outlive it.
using FilteredKnowledgeGraph = boost::filtered_graph<KnowledgeGraph, VisibleLinks, VisibleNodes>;
FilteredKnowledgeGraph filtered_view(const KnowledgeGraph& graph, const FilterResult& result);

// Counts for the filter panel: how many entities / links of each facet value are visible now,
// and how many the corpus has in all ("Country 12 / 40").
struct FacetCounts {
    std::array<std::uint32_t, kEntityTypeCount> type_visible{}, type_total{};
    std::array<std::uint32_t, kRegionCount> region_visible{}, region_total{};
    std::array<std::uint32_t, kTopicCount> topic_visible{}, topic_total{};
    std::array<std::uint32_t, kLinkKindCount> kind_visible{}, kind_total{};
    std::uint32_t discovered_visible = 0, discovered_total = 0;
    std::uint32_t unreviewed_visible = 0, unreviewed_total = 0;
};
FacetCounts count_facets(const Corpus& corpus, const FilterResult& result,
                         std::span<const ReviewState> review = {});

} // namespace kg
