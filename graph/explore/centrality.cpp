// Entity table statistics; betweenness with boost::brandes_betweenness_centrality.
#include "explore/centrality.hpp"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <algorithm>
#include <set>

namespace kg {

std::vector<EntityStats> compute_entity_stats(const Corpus& corpus, const KnowledgeGraph& graph,
                                              const FilterResult& visible,
                                              BetweennessWeight weight) {
    const std::size_t n = corpus.entities.size();
    std::vector<double> centrality(boost::num_vertices(graph), 0.0);
    if (n > 0 && visible.node_visible.size() == n) {
        const FilteredKnowledgeGraph view = filtered_view(graph, visible);
        auto cmap = boost::make_iterator_property_map(centrality.begin(),
                                                      boost::get(boost::vertex_index, graph));
        if (weight == BetweennessWeight::Hops) {
            boost::brandes_betweenness_centrality(view, boost::centrality_map(cmap));
        } else {
            auto length =
                boost::make_function_property_map<KgEdgeDesc, double>([&](const KgEdgeDesc& e) {
                    const LinkIndex l = graph[e].link;
                    const double strength = weight == BetweennessWeight::Documents
                                                ? double(visible.link_documents[l])
                                                : visible.link_weight[l];
                    return 1.0 / (1.0 + strength);
                });
            boost::brandes_betweenness_centrality(view,
                                                  boost::centrality_map(cmap).weight_map(length));
        }
    }

    std::vector<std::set<EntityIndex>> neighbours(n);
    for (std::size_t l = 0; l < corpus.links.size() && l < visible.link_visible.size(); ++l) {
        if (!visible.link_visible[l]) continue;
        neighbours[corpus.links[l].source].insert(corpus.links[l].target);
        neighbours[corpus.links[l].target].insert(corpus.links[l].source);
    }
    std::vector<EntityStats> rows;
    for (std::size_t i = 0; i < n && i < visible.node_visible.size(); ++i) {
        if (!visible.node_visible[i]) continue;
        EntityStats s;
        s.entity = EntityIndex(i);
        std::int64_t last_doc = -1;
        for (const Mention& m : corpus.entities[i].mentions) {
            if (m.doc >= visible.document_allowed.size() || !visible.document_allowed[m.doc])
                continue;
            ++s.mentions;
            // Mentions are sorted by document, so distinct documents are runs.
            if (std::int64_t(m.doc) != last_doc) ++s.documents;
            last_doc = m.doc;
        }
        s.degree = std::uint32_t(neighbours[i].size());
        s.betweenness = centrality[i];
        rows.push_back(s);
    }
    return rows;
}

void sort_entity_stats(std::vector<EntityStats>& rows, const Corpus& corpus, StatsColumn column,
                       bool descending) {
    auto key_less = [&](const EntityStats& a, const EntityStats& b) -> int {
        // -1 a before b, 1 after, 0 tie on the column (ascending sense).
        auto cmp = [](auto x, auto y) { return x < y ? -1 : y < x ? 1 : 0; };
        const Entity& ea = corpus.entities[a.entity];
        const Entity& eb = corpus.entities[b.entity];
        switch (column) {
        case StatsColumn::Name:
            return cmp(ea.name, eb.name);
        case StatsColumn::Type:
            return cmp(ea.type, eb.type);
        case StatsColumn::Mentions:
            return cmp(a.mentions, b.mentions);
        case StatsColumn::Degree:
            return cmp(a.degree, b.degree);
        case StatsColumn::Documents:
            return cmp(a.documents, b.documents);
        case StatsColumn::Betweenness:
            return cmp(a.betweenness, b.betweenness);
        }
        return 0;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const EntityStats& a, const EntityStats& b) {
        const int c = key_less(a, b);
        if (c != 0) return descending ? c > 0 : c < 0;
        const Entity& ea = corpus.entities[a.entity];
        const Entity& eb = corpus.entities[b.entity];
        if (ea.name != eb.name) return ea.name < eb.name;
        return a.entity < b.entity;
    });
}

} // namespace kg
