// Derived exploration data the panels read: the graph, the current filter's masks and facet
// counts, the search indexes and each document's mentions. Owned by the App; rebuilt when the
// corpus or the filter changes, never by a panel.
#pragma once

#include "explore/centrality.hpp"
#include "explore/paths.hpp"
#include "explore/search.hpp"
#include "filter/filter.hpp"
#include "model/knowledge_graph.hpp"

#include <memory>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace kg::app {

// Betweenness is O(V*E) on the main thread: the table is computed up to this many visible entities.
inline constexpr std::size_t kMaxStatsEntities = 3000;

// The Paths panel lists this many shortest paths.
inline constexpr std::size_t kMaxPaths = 5;

// One entity mention inside a document.
struct DocMention {
    Span span;
    EntityIndex entity = 0;
};

struct ExploreData {
    KnowledgeGraph graph;
    FilterResult filter;
    FacetCounts facets;
    std::unique_ptr<EntitySearch> entity_search;
    std::unique_ptr<PassageSearch> passage_search;
    std::vector<std::vector<DocMention>> doc_mentions; // per document, sorted by start
    std::vector<EntityStats> stats;                    // entity table rows (empty above the cap)
    std::optional<FilterSpec> applied;                 // the spec `filter` was computed for
    std::vector<ReviewState> applied_review;           // and the review states it saw
    PathSet paths;                                     // the Paths panel's answer for `paths_for`
    std::optional<std::pair<EntityIndex, EntityIndex>> paths_for;
    bool built = false;

    // Forgets everything (a new corpus was shown).
    void reset() { *this = ExploreData{}; }
    // Builds the graph, indexes and mentions for `corpus` when not built yet.
    void build(const Corpus& corpus);
    // Recomputes the masks when `spec` or `review` differs from what they were computed for.
    // True when it did. `filter` is the one record of what is visible: the scene, the panels
    // and exports all read it.
    // `review` (per link, may be empty) feeds the "only unreviewed links" facet.
    bool refilter(const Corpus& corpus, const FilterSpec& spec,
                  std::span<const ReviewState> review = {});
    // Finds the paths between the Paths panel's ends when they or the filter changed (Yen's
    // search is too slow to run in every frame on a large graph).
    void update_paths(const Corpus& corpus, std::optional<EntityIndex> from,
                      std::optional<EntityIndex> to);
};

} // namespace kg::app
