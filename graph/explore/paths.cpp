// The k shortest paths by hops (Yen) over the filtered view, evidence length breaking ties.
#include "explore/paths.hpp"

#include <algorithm>
#include <compare>
#include <functional>
#include <queue>
#include <tuple>

namespace kg {
namespace {

double hop_length(double weight) {
    return 1.0 / (1.0 + weight);
}

} // namespace

std::optional<std::size_t> best_evidence(const Corpus& corpus, const Link& link,
                                         const std::vector<std::uint8_t>& document_allowed) {
    std::optional<std::size_t> best;
    auto rank = [&](const Evidence& ev) {
        const std::string_view date =
            ev.doc < corpus.documents.size() ? std::string_view(corpus.documents[ev.doc].date) : "";
        // Smaller tuple = better, except the date, which compares reversed so newer wins.
        return std::make_tuple(ev.kind == link.kind ? 0 : 1, date, ev.span.size(), ev.doc,
                               ev.span.start);
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

namespace {

// A path's cost: hops first, then the evidence length (compared as a pair).
struct Cost {
    std::uint32_t hops = 0;
    double length = 0.0;
    auto operator<=>(const Cost&) const = default;
    Cost operator+(const Cost& o) const { return {hops + o.hops, length + o.length}; }
};

// The visible graph as the search walks it: per entity, its neighbours (sorted) and the
// strongest visible link to each.
struct Step {
    EntityIndex to = 0;
    LinkIndex link = 0;
    double weight = 0.0;
    Cost cost() const { return {1, hop_length(weight)}; }
};
using Adjacency = std::vector<std::vector<Step>>;

// From the link masks directly: walking the filtered_graph view costs more than the search.
Adjacency strongest_steps(const Corpus& corpus, const FilterResult& visible) {
    const std::size_t n = corpus.entities.size();
    Adjacency adj(n);
    const std::size_t m =
        std::min({corpus.links.size(), visible.link_visible.size(), visible.link_weight.size()});
    for (std::size_t li = 0; li < m; ++li) {
        const Link& l = corpus.links[li];
        if (!visible.link_visible[li] || l.source >= n || l.target >= n || l.source == l.target)
            continue;
        if (!visible.node_visible[l.source] || !visible.node_visible[l.target]) continue;
        const double w = visible.link_weight[li];
        adj[l.source].push_back({l.target, LinkIndex(li), w});
        adj[l.target].push_back({l.source, LinkIndex(li), w});
    }
    for (std::vector<Step>& out : adj) {
        std::sort(out.begin(), out.end(), [](const Step& a, const Step& b) {
            if (a.to != b.to) return a.to < b.to;
            return a.weight != b.weight ? a.weight > b.weight : a.link < b.link;
        });
        out.erase(std::unique(out.begin(), out.end(),
                              [](const Step& a, const Step& b) { return a.to == b.to; }),
                  out.end());
    }
    return adj;
}

const Step* step_between(const Adjacency& adj, EntityIndex u, EntityIndex v) {
    const auto& out = adj[u];
    const auto it = std::lower_bound(out.begin(), out.end(), v,
                                     [](const Step& s, EntityIndex x) { return s.to < x; });
    return it != out.end() && it->to == v ? &*it : nullptr;
}

using Route = std::vector<EntityIndex>;
using Edge = std::pair<EntityIndex, EntityIndex>; // (smaller, larger): links are undirected

Edge edge_of(EntityIndex a, EntityIndex b) {
    return a < b ? Edge{a, b} : Edge{b, a};
}

Cost cost_of(const Adjacency& adj, const Route& r) {
    Cost c;
    for (std::size_t i = 0; i + 1 < r.size(); ++i)
        c = c + step_between(adj, r[i], r[i + 1])->cost();
    return c;
}

// Dijkstra on (hops, length) from `from` to `to`, avoiding `blocked` entities and edges. Ties
// settle the lower entity index first, so the result is deterministic.
std::optional<Route> cheapest(const Adjacency& adj, EntityIndex from, EntityIndex to,
                              const std::vector<std::uint8_t>& blocked,
                              const std::vector<Edge>& blocked_edges) {
    const std::size_t n = adj.size();
    std::vector<std::optional<Cost>> dist(n);
    std::vector<EntityIndex> pred(n, EntityIndex(-1));
    using Item = std::pair<Cost, EntityIndex>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    dist[from] = Cost{};
    queue.push({Cost{}, from});
    while (!queue.empty()) {
        const auto [c, u] = queue.top();
        queue.pop();
        if (c > *dist[u]) continue;
        if (u == to) break;
        for (const Step& s : adj[u]) {
            if (blocked[s.to]) continue;
            if (std::binary_search(blocked_edges.begin(), blocked_edges.end(), edge_of(u, s.to)))
                continue;
            const Cost next = c + s.cost();
            if (dist[s.to] && !(next < *dist[s.to])) continue;
            dist[s.to] = next;
            pred[s.to] = u;
            queue.push({next, s.to});
        }
    }
    if (!dist[to]) return std::nullopt;
    Route r;
    for (EntityIndex v = to;; v = pred[v]) {
        r.push_back(v);
        if (v == from) break;
    }
    std::reverse(r.begin(), r.end());
    return r;
}

// Yen's algorithm: each next path deviates from an earlier one at some spur entity.
std::vector<Route> k_cheapest(const Adjacency& adj, EntityIndex from, EntityIndex to,
                              std::size_t k) {
    std::vector<Route> found;
    std::vector<std::uint8_t> blocked(adj.size(), 0);
    const std::optional<Route> first = cheapest(adj, from, to, blocked, {});
    if (!first) return found;
    found.push_back(*first);
    std::vector<std::pair<Cost, Route>> candidates;
    while (found.size() < k) {
        const Route last = found.back();
        for (std::size_t i = 0; i + 1 < last.size(); ++i) {
            const Route root(last.begin(), last.begin() + std::ptrdiff_t(i) + 1);
            std::vector<Edge> cut;
            for (const Route& p : found)
                if (p.size() > i + 1 && std::equal(root.begin(), root.end(), p.begin()))
                    cut.push_back(edge_of(p[i], p[i + 1]));
            std::sort(cut.begin(), cut.end());
            std::fill(blocked.begin(), blocked.end(), 0);
            for (std::size_t j = 0; j < i; ++j)
                blocked[root[j]] = 1; // loop-free: the root is spent
            const std::optional<Route> spur = cheapest(adj, last[i], to, blocked, cut);
            if (!spur) continue;
            Route whole = root;
            whole.insert(whole.end(), spur->begin() + 1, spur->end());
            const bool known = std::find(found.begin(), found.end(), whole) != found.end() ||
                               std::any_of(candidates.begin(), candidates.end(),
                                           [&](const auto& c) { return c.second == whole; });
            if (!known) candidates.emplace_back(cost_of(adj, whole), std::move(whole));
        }
        if (candidates.empty()) break;
        const auto best = std::min_element(candidates.begin(), candidates.end());
        found.push_back(std::move(best->second));
        candidates.erase(best);
    }
    return found;
}

} // namespace

PathSet find_paths(const Corpus& corpus, const KnowledgeGraph& graph, const FilterResult& visible,
                   EntityIndex from, EntityIndex to, std::size_t max_paths) {
    PathSet set;
    const std::size_t n = corpus.entities.size();
    if (from >= n || to >= n || visible.node_visible.size() != n ||
        boost::num_vertices(graph) != n) {
        set.reason = "unknown entity";
        return set;
    }
    const std::string& a = corpus.entities[from].name;
    const std::string& b = corpus.entities[to].name;
    if (from == to) {
        set.reason = "'" + a + "' is the same entity";
        return set;
    }
    for (EntityIndex e : {from, to})
        if (!visible.node_visible[e]) {
            set.reason = "'" + corpus.entities[e].name + "' is hidden by the current filters";
            return set;
        }
    const Adjacency adj = strongest_steps(corpus, visible);
    for (const Route& route : k_cheapest(adj, from, to, std::max<std::size_t>(max_paths, 1))) {
        PathResult r;
        r.entities = route;
        for (std::size_t i = 0; i + 1 < route.size(); ++i) {
            const Step& s = *step_between(adj, route[i], route[i + 1]);
            PathHop hop{route[i], route[i + 1], s.link, s.weight, std::nullopt};
            hop.best_evidence =
                best_evidence(corpus, corpus.links[s.link], visible.document_allowed);
            r.length += hop_length(s.weight);
            r.hops.push_back(hop);
        }
        set.paths.push_back(std::move(r));
    }
    if (set.paths.empty())
        set.reason = "no connection between '" + a + "' and '" + b + "' under the current filters";
    return set;
}

PathResult find_path(const Corpus& corpus, const KnowledgeGraph& graph, const FilterResult& visible,
                     EntityIndex from, EntityIndex to) {
    PathSet set = find_paths(corpus, graph, visible, from, to, 1);
    if (set.paths.empty()) {
        PathResult none;
        none.reason = std::move(set.reason);
        return none;
    }
    return std::move(set.paths.front());
}

} // namespace kg
