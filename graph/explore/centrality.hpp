// Numbers for the sortable entity table: mentions, degree, documents, betweenness.
#pragma once

#include "filter/filter.hpp"
#include "model/knowledge_graph.hpp"

#include <cstdint>
#include <vector>

namespace kg {

// How betweenness measures path length: hop count, or strong links short (1 / (1 + strength))
// with strength the allowed evidence count or the distinct document count.
enum class BetweennessWeight : std::uint8_t { Hops, Evidence, Documents };

// One row of the entity table, over what the filter leaves visible.
struct EntityStats {
    EntityIndex entity = 0;
    std::uint32_t mentions = 0;  // mentions in allowed documents
    std::uint32_t degree = 0;    // distinct visible neighbours
    std::uint32_t documents = 0; // distinct allowed documents mentioning it
    double betweenness = 0.0;    // Brandes, undirected (each unordered pair counted once)
};

// Rows for the visible entities, in entity order. `graph` = build_knowledge_graph(corpus),
// `visible` = apply_filter(...) on the same corpus. Betweenness is O(V·E): run it off the UI
// thread.
std::vector<EntityStats> compute_entity_stats(const Corpus& corpus, const KnowledgeGraph& graph,
                                              const FilterResult& visible,
                                              BetweennessWeight weight = BetweennessWeight::Hops);

// Table columns the rows can be sorted by.
enum class StatsColumn : std::uint8_t { Name, Type, Mentions, Degree, Documents, Betweenness };

// Stable sort by `column`; ties fall back to the entity name, then index (deterministic).
void sort_entity_stats(std::vector<EntityStats>& rows, const Corpus& corpus, StatsColumn column,
                       bool descending);

} // namespace kg
