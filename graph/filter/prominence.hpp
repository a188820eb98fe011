// The prominence budget: a big corpus opens on the entities that matter most and the links
// between them above a weight, instead of one hairball of every entity and link.
#pragma once

#include "filter/filter_spec.hpp"
#include "model/knowledge_graph.hpp"

#include <cstdint>
#include <vector>

namespace kg {

// Past either size a corpus is "big": its default view gets a prominence budget. Below, the
// default view shows everything (the seeds' figures do not change).
struct BigCorpus {
    static constexpr std::size_t entities = 300;
    static constexpr std::size_t links = 3000;
};

// How many entities a big corpus opens on, and how many links per shown entity it aims to draw
// (150 entities: about 600 links, which a 1600x1000 figure still draws as lines, not a mat).
inline constexpr std::uint32_t kDefaultTopEntities = 150;
inline constexpr std::size_t kLinksPerTopEntity = 4;

bool is_big_corpus(const Corpus& corpus);

// Marks the `n` most prominent of the `candidates` (indexed like corpus.entities): most
// mentions first, then the heaviest weighted degree, then the lower index. Entities without any
// link never take a place (they would draw nothing). All candidates when there are n or fewer.
std::vector<std::uint8_t>
most_prominent(const Corpus& corpus, const std::vector<std::uint8_t>& candidates, std::uint32_t n);

// `spec` with a budget of `n` entities and the whole minimum weight that brings the visible
// links nearest kLinksPerTopEntity * n (the other facets as in `spec`). n = 0 lifts
// the budget and its weight floor.
FilterSpec with_prominence_budget(const Corpus& corpus, const KnowledgeGraph& graph,
                                  FilterSpec spec, std::uint32_t n);

// What a corpus opens on: everything, or for a big corpus the kDefaultTopEntities budget.
FilterSpec default_filter(const Corpus& corpus, const KnowledgeGraph& graph);

} // namespace kg
