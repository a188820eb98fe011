// Ranking by mentions (what the articles talk about), and the weight floor found from the
// weights the budgeted filter leaves, so one extra filter run settles it.
#include "filter/prominence.hpp"

#include "filter/filter.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kg {

bool is_big_corpus(const Corpus& corpus) {
    return corpus.entities.size() > BigCorpus::entities || corpus.links.size() > BigCorpus::links;
}

std::vector<std::uint8_t>
most_prominent(const Corpus& corpus, const std::vector<std::uint8_t>& candidates, std::uint32_t n) {
    const std::size_t count = corpus.entities.size();
    std::vector<double> degree(count, 0.0);
    for (const Link& l : corpus.links) {
        if (l.source >= count || l.target >= count) continue;
        degree[l.source] += l.weight();
        degree[l.target] += l.weight();
    }
    std::vector<EntityIndex> order;
    for (EntityIndex e = 0; e < count; ++e)
        if (e < candidates.size() && candidates[e] && degree[e] > 0) order.push_back(e);
    std::vector<std::uint8_t> out(count, 0);
    const std::size_t keep = std::min<std::size_t>(n, order.size());
    auto before = [&](EntityIndex a, EntityIndex b) {
        const std::size_t ma = corpus.entities[a].mentions.size(),
                          mb = corpus.entities[b].mentions.size();
        if (ma != mb) return ma > mb;
        if (degree[a] != degree[b]) return degree[a] > degree[b];
        return a < b;
    };
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(keep), order.end(), before);
    for (std::size_t i = 0; i < keep; ++i) out[order[i]] = 1;
    return out;
}

FilterSpec with_prominence_budget(const Corpus& corpus, const KnowledgeGraph& graph,
                                  FilterSpec spec, std::uint32_t n) {
    spec.top_entities = n;
    spec.min_weight = 0.0;
    if (n == 0) return spec;
    const FilterResult r = apply_filter(corpus, graph, spec);
    // Links the weight floor cannot remove (knowledge-base links weigh 1), then passage links
    // by weight: the floor is the lowest weight whose heavier links fit the budget.
    const std::size_t budget = kLinksPerTopEntity * n;
    std::size_t fixed = 0;
    std::vector<double> weights;
    for (std::size_t li = 0; li < r.link_visible.size(); ++li) {
        if (!r.link_visible[li]) continue;
        if (corpus.links[li].evidence.empty())
            ++fixed;
        else
            weights.push_back(r.link_weight[li]);
    }
    if (fixed + weights.size() <= budget) return spec;
    std::sort(weights.begin(), weights.end(), std::greater<>());
    const std::size_t room = budget > fixed ? budget - fixed : 0;
    if (room >= weights.size()) return spec;
    // Links tied at a weight all stay or all go: of the floors just above and at the weight at
    // the cut, the one whose link count comes nearer the budget (the smaller on a tie).
    const double cut = weights[room];
    const auto heavier = std::size_t(
        std::lower_bound(weights.begin(), weights.end(), cut, std::greater<>()) - weights.begin());
    const auto at_least = std::size_t(
        std::upper_bound(weights.begin(), weights.end(), cut, std::greater<>()) - weights.begin());
    const double floor = (at_least - room < room - heavier) ? cut : cut + 1.0;
    if (floor > 1.0) spec.min_weight = floor;
    return spec;
}

FilterSpec default_filter(const Corpus& corpus, const KnowledgeGraph& graph) {
    if (!is_big_corpus(corpus)) return {};
    return with_prominence_budget(corpus, graph, FilterSpec{}, kDefaultTopEntities);
}

} // namespace kg
