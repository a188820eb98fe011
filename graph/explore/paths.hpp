// "How is A connected to B": the shortest paths by hops over the visible graph, each hop with
// the passage that best shows it.
#pragma once

#include "filter/filter.hpp"
#include "model/knowledge_graph.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kg {

// One step of a path: the link taken and the passage that best shows it.
struct PathHop {
    EntityIndex from = 0;
    EntityIndex to = 0;
    LinkIndex link = 0;
    double weight = 0.0;                      // effective (filtered) weight of the link
    std::optional<std::size_t> best_evidence; // index into Link::evidence; none for KB-only links
};

// A path, or an empty one with the reason there is none.
struct PathResult {
    std::vector<EntityIndex> entities; // from A to B inclusive; empty when no path
    std::vector<PathHop> hops;         // entities.size() - 1 steps
    double length = 0.0;               // sum of 1 / (1 + weight) over the hops: the tie-breaker
    std::string reason;                // why there is no path (empty when found)
    bool found() const { return !entities.empty(); }
};

// Up to `max_paths` loop-free paths from `from` to `to` over the visible graph, fewest hops
// first; among paths of as many hops the better evidenced (smaller `length`) first, then the
// lower entity indexes. Between two entities with several links the strongest is taken (ties:
// lower index). Empty with `reason` set when there is none. Yen's k-shortest paths.
struct PathSet {
    std::vector<PathResult> paths;
    std::string reason;
};
PathSet find_paths(const Corpus& corpus, const KnowledgeGraph& graph, const FilterResult& visible,
                   EntityIndex from, EntityIndex to, std::size_t max_paths = 5);

// The first of find_paths: the path with the fewest hops, the best evidenced among those.
PathResult find_path(const Corpus& corpus, const KnowledgeGraph& graph, const FilterResult& visible,
                     EntityIndex from, EntityIndex to);

// The passage that best supports `link` among allowed documents: one whose kind is the link's
// kind, then from the newest document, then the shortest sentence (the most direct statement),
// then the earliest. None when no evidence is in an allowed document.
std::optional<std::size_t> best_evidence(const Corpus& corpus, const Link& link,
                                         const std::vector<std::uint8_t>& document_allowed);

} // namespace kg
