// Shortest evidence-weighted paths with boost::dijkstra_shortest_paths on the filtered view.
#include "explore/paths.hpp"

#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <algorithm>
#include <limits>
#include <tuple>

namespace kg {
namespace {

double hop_length(double weight) { return 1.0 / (1.0 + weight); }

} // namespace

std::optional<std::size_t> best_evidence(const Corpus& corpus, const Link& link,
                                         const std::vector<std::uint8_t>& document_allowed) {
    std::optional<std::size_t> best;
    auto rank = [&](const Evidence& ev) {
        const std::string_view date =
            ev.doc < corpus.documents.size() ? std::string_view(corpus.documents[ev.doc].date) : "";
        // Smaller tuple = better, except the date, which compares reversed so newer wins.
        return std::make_tuple(ev.kind == link.kind ? 0 : 1, date, ev.span.size(), ev.doc, ev.span.start);
    };
    for (std::size_t i = 0; i < link.evidence.size(); ++i) {
        const Evidence& ev = link.evidence[i];
        if (ev.doc >= document_allowed.size() || !document_allowed[ev.doc]) continue;
        if (!best) {
            best = i;
            continue;
        }
        auto a = rank(ev), b = rank(link.evidence[*best]);
        if (std::get<0>(a) != std::get<0>(b)) {
            if (std::get<0>(a) < std::get<0>(b)) best = i;
        } else if (std::get<1>(a) != std::get<1>(b)) {
            if (std::get<1>(a) > std::get<1>(b)) best = i;
        } else if (std::make_tuple(std::get<2>(a), std::get<3>(a), std::get<4>(a)) <
                   std::make_tuple(std::get<2>(b), std::get<3>(b), std::get<4>(b))) {
            best = i;
        }
    }
    return best;
}

PathResult find_path(const Corpus& corpus, const KnowledgeGraph& graph, const FilterResult& visible,
                     EntityIndex from, EntityIndex to) {
    PathResult r;
    const std::size_t n = corpus.entities.size();
    if (from >= n || to >= n || visible.node_visible.size() != n) {
        r.reason = "unknown entity";
        return r;
    }
    const std::string& a = corpus.entities[from].name;
    const std::string& b = corpus.entities[to].name;
    if (from == to) {
        r.reason = "'" + a + "' is the same entity";
        return r;
    }
    for (EntityIndex e : {from, to})
        if (!visible.node_visible[e]) {
            r.reason = "'" + corpus.entities[e].name + "' is hidden by the current filters";
            return r;
        }

    const FilteredKnowledgeGraph view = filtered_view(graph, visible);
    std::vector<KgVertexDesc> pred(boost::num_vertices(graph));
    std::vector<double> dist(boost::num_vertices(graph), std::numeric_limits<double>::infinity());
    auto length = boost::make_function_property_map<KgEdgeDesc, double>(
        [&](const KgEdgeDesc& e) { return hop_length(visible.link_weight[graph[e].link]); });
    const auto index = boost::get(boost::vertex_index, graph);
    boost::dijkstra_shortest_paths(
        view, KgVertexDesc(from),
        boost::predecessor_map(boost::make_iterator_property_map(pred.begin(), index))
            .distance_map(boost::make_iterator_property_map(dist.begin(), index))
            .weight_map(length));
    // Dijkstra leaves an unreached vertex as its own predecessor (and its distance at the
    // "infinity" Boost picks, DBL_MAX), so test the predecessor.
    if (pred[to] == KgVertexDesc(to)) {
        r.reason = "no connection between '" + a + "' and '" + b + "' under the current filters";
        return r;
    }

    for (KgVertexDesc v = to;; v = pred[v]) {
        r.entities.push_back(EntityIndex(v));
        if (v == from) break;
    }
    std::reverse(r.entities.begin(), r.entities.end());
    for (std::size_t i = 0; i + 1 < r.entities.size(); ++i) {
        const EntityIndex u = r.entities[i], v = r.entities[i + 1];
        // Dijkstra keeps vertices only; pick the strongest visible link between the pair.
        std::optional<LinkIndex> chosen;
        for (auto [e, end] = boost::out_edges(u, view); e != end; ++e) {
            if (boost::target(*e, view) != v) continue;
            const LinkIndex l = view[*e].link;
            if (!chosen || visible.link_weight[l] > visible.link_weight[*chosen] ||
                (visible.link_weight[l] == visible.link_weight[*chosen] && l < *chosen))
                chosen = l;
        }
        PathHop hop{u, v, *chosen, visible.link_weight[*chosen], std::nullopt};
        hop.best_evidence = best_evidence(corpus, corpus.links[*chosen], visible.document_allowed);
        r.length += hop_length(hop.weight);
        r.hops.push_back(hop);
    }
    return r;
}

} // namespace kg
