// ExploreData: build once per corpus, refilter per spec.
#include "session/explore_data.hpp"

#include <algorithm>

namespace kg::app {

void ExploreData::build(const Corpus& corpus) {
    if (built) return;
    graph = build_knowledge_graph(corpus);
    entity_search = std::make_unique<EntitySearch>(corpus);
    passage_search = std::make_unique<PassageSearch>(corpus);
    doc_mentions.assign(corpus.documents.size(), {});
    for (EntityIndex e = 0; e < corpus.entities.size(); ++e)
        for (const Mention& m : corpus.entities[e].mentions)
            if (m.doc < doc_mentions.size()) doc_mentions[m.doc].push_back({m.span, e});
    for (auto& list : doc_mentions)
        std::sort(list.begin(), list.end(), [](const DocMention& a, const DocMention& b) {
            if (a.span.start != b.span.start) return a.span.start < b.span.start;
            return a.span.end != b.span.end ? a.span.end > b.span.end : a.entity < b.entity;
        });
    applied.reset();
    paths_for.reset();
    built = true;
}

bool ExploreData::refilter(const Corpus& corpus, const FilterSpec& spec,
                           std::span<const ReviewState> review) {
    build(corpus);
    if (applied && *applied == spec &&
        std::equal(review.begin(), review.end(), applied_review.begin(), applied_review.end()))
        return false;
    filter = apply_filter(corpus, graph, spec, review);
    applied_review.assign(review.begin(), review.end());
    facets = count_facets(corpus, filter, review);
    paths_for.reset();
    stats.clear();
    if (filter.visible_nodes <= kMaxStatsEntities)
        stats = compute_entity_stats(corpus, graph, filter);
    applied = spec;
    return true;
}

void ExploreData::update_paths(const Corpus& corpus, std::optional<EntityIndex> from,
                               std::optional<EntityIndex> to) {
    if (!from || !to || filter.node_visible.size() != corpus.entities.size()) {
        paths = {};
        paths_for.reset();
        return;
    }
    if (paths_for && *paths_for == std::pair{*from, *to}) return;
    paths = find_paths(corpus, graph, filter, *from, *to, kMaxPaths);
    paths_for = std::pair{*from, *to};
}

} // namespace kg::app
