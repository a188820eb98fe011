// The filter: node facets and the prominence budget, then passage links, then knowledge-base
// links, then the ego network.
#include "filter/filter.hpp"
#include "filter/prominence.hpp"

#include <boost/graph/breadth_first_search.hpp>

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace kg {
namespace {

// A document date inside an inclusive range whose bounds may be prefixes ("2021", "2021-03").
bool date_in_range(std::string_view date, std::string_view from, std::string_view to) {
    if (from.empty() && to.empty()) return true;
    if (date.empty()) return false;
    if (!from.empty() && date.substr(0, from.size()) < from) return false;
    if (!to.empty() && date.substr(0, to.size()) > to) return false;
    return true;
}

std::vector<std::uint8_t> allowed_documents(const Corpus& corpus, const FilterSpec& spec,
                                            Diagnostics& diagnostics) {
    const std::size_t n = corpus.documents.size();
    std::vector<std::uint8_t> allowed(n, 1);
    if (!spec.documents.empty()) {
        std::fill(allowed.begin(), allowed.end(), 0);
        std::unordered_map<std::string_view, std::size_t> by_name;
        for (std::size_t d = 0; d < n; ++d) {
            by_name.emplace(corpus.documents[d].path, d);
            by_name.emplace(corpus.documents[d].id, d);
        }
        for (const std::string& name : spec.documents) {
            auto it = by_name.find(name);
            if (it != by_name.end())
                allowed[it->second] = 1;
            else
                diagnostics.push_back({"filter", "no document '" + name + "' in the corpus",
                                       Diagnostic::Severity::Warning});
        }
    }
    for (std::size_t d = 0; d < n; ++d)
        if (allowed[d] && !date_in_range(corpus.documents[d].date, spec.date_from, spec.date_to))
            allowed[d] = 0;
    return allowed;
}

// Per-link outcome of the evidence facets.
struct EvidenceTally {
    std::uint32_t count = 0;
    std::uint32_t documents = 0;
    TopicMask topics = 0;
};

EvidenceTally tally(const Link& link, const std::vector<std::uint8_t>& doc_ok) {
    EvidenceTally t;
    std::int64_t last_doc = -1;
    for (const Evidence& ev : link.evidence) {
        if (ev.doc >= doc_ok.size() || !doc_ok[ev.doc]) continue;
        ++t.count;
        t.topics = TopicMask(t.topics | ev.topics);
        // Evidence is sorted by document, so distinct documents are runs.
        if (std::int64_t(ev.doc) != last_doc) ++t.documents;
        last_doc = ev.doc;
    }
    return t;
}

// Hop distances from `focus` over the visible links (BFS on the filtered graph).
std::vector<std::int32_t> hop_distances(const KnowledgeGraph& graph, const FilterResult& r,
                                        KgVertexDesc focus) {
    std::vector<std::int32_t> dist(boost::num_vertices(graph), -1);
    dist[focus] = 0;
    const FilteredKnowledgeGraph view = filtered_view(graph, r);
    auto recorder = boost::record_distances(dist.data(), boost::on_tree_edge());
    boost::breadth_first_search(view, focus, boost::visitor(boost::make_bfs_visitor(recorder)));
    return dist;
}

} // namespace

std::vector<RegionMask> effective_regions(const Corpus& corpus) {
    const std::size_t n = corpus.entities.size();
    std::vector<RegionMask> own(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const Entity& e = corpus.entities[i];
        own[i] = RegionMask(e.regions | (e.region ? region_bit(*e.region) : 0));
    }
    std::unordered_map<std::string_view, std::size_t> by_id;
    by_id.reserve(n);
    for (std::size_t i = 0; i < n; ++i) by_id.emplace(corpus.entities[i].id, i);
    std::vector<RegionMask> out = own;
    for (std::size_t i = 0; i < n; ++i) {
        if (own[i] || corpus.entities[i].affiliation.empty()) continue;
        auto it = by_id.find(corpus.entities[i].affiliation);
        if (it != by_id.end()) out[i] = own[it->second];
    }
    return out;
}

FilteredKnowledgeGraph filtered_view(const KnowledgeGraph& graph, const FilterResult& result) {
    return FilteredKnowledgeGraph(graph, VisibleLinks{&graph, &result.link_visible},
                                  VisibleNodes{&result.node_visible});
}

FilterResult apply_filter(const Corpus& corpus, const KnowledgeGraph& graph, const FilterSpec& spec,
                          std::span<const ReviewState> review) {
    const std::size_t n = corpus.entities.size();
    const std::size_t m = corpus.links.size();
    FilterResult r;
    r.document_allowed = allowed_documents(corpus, spec, r.diagnostics);
    r.node_visible.assign(n, 0);
    r.link_visible.assign(m, 0);
    r.link_weight.assign(m, 0.0);
    r.link_documents.assign(m, 0);

    // Node facets. `base` = type and discovered; `kept` = base and region (or a topic's issue
    // node).
    const std::vector<RegionMask> regions =
        spec.regions ? effective_regions(corpus) : std::vector<RegionMask>();
    std::vector<std::uint8_t> base(n, 0), kept(n, 0), forced(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const Entity& e = corpus.entities[i];
        base[i] = (spec.entity_types & type_bit(e.type)) && (spec.show_discovered || !e.discovered);
        kept[i] = base[i] && (spec.regions == 0 || (regions[i] & spec.regions));
        if (spec.topics && base[i] && e.type == EntityType::Issue) {
            const auto topic = topic_from_id(e.id);
            if (topic && (spec.topics & topic_bit(*topic))) kept[i] = forced[i] = 1;
        }
    }

    // Prominence budget: only the top entities of those the facets keep stay candidates (issue
    // nodes of ticked topics and the focus always do), partners included.
    if (spec.top_entities > 0) {
        const std::vector<std::uint8_t> top = most_prominent(corpus, kept, spec.top_entities);
        const std::int64_t focus = spec.focus.empty() ? -1 : corpus.find_entity(spec.focus);
        for (std::size_t i = 0; i < n; ++i)
            if (!top[i] && !forced[i] && std::int64_t(i) != focus) base[i] = kept[i] = 0;
    }

    const bool doc_facet =
        !spec.documents.empty() || !spec.date_from.empty() || !spec.date_to.empty();
    const bool evidence_facet =
        doc_facet || spec.topics != 0 || spec.min_weight > 1.0 || spec.min_documents > 1;
    auto ends_pass = [&](const Link& l) {
        if (l.source >= n || l.target >= n || !base[l.source] || !base[l.target]) return false;
        return (kept[l.source] && kept[l.target]) ||
               (spec.keep_partners && (kept[l.source] || kept[l.target]));
    };
    auto link_common = [&](std::size_t li) {
        const Link& l = corpus.links[li];
        if (!(spec.link_kinds & kind_bit(l.kind)) || !ends_pass(l)) return false;
        if (spec.only_unreviewed && li < review.size() && review[li] != ReviewState::Unreviewed)
            return false;
        return true;
    };

    // Passage links: judged on their allowed evidence.
    std::vector<std::uint8_t> supported(n, 0);
    for (std::size_t li = 0; li < m; ++li) {
        const Link& l = corpus.links[li];
        if (l.evidence.empty() || !link_common(li)) continue;
        const EvidenceTally t = tally(l, r.document_allowed);
        if (t.count == 0) continue;
        const bool on_issue = forced[l.source] || forced[l.target];
        if (spec.topics && !(t.topics & spec.topics) && !on_issue) continue;
        if (double(t.count) < spec.min_weight || t.documents < spec.min_documents) continue;
        r.link_visible[li] = 1;
        r.link_weight[li] = double(t.count);
        r.link_documents[li] = t.documents;
        supported[l.source] = supported[l.target] = 1;
    }
    // Knowledge-base links are structural: under an evidence facet they only join entities
    // that passage links keep visible, so they never pull in off-topic or out-of-range nodes.
    for (std::size_t li = 0; li < m; ++li) {
        const Link& l = corpus.links[li];
        if (!l.evidence.empty() || !link_common(li)) continue;
        if (evidence_facet && !(supported[l.source] && supported[l.target])) continue;
        r.link_visible[li] = 1;
        r.link_weight[li] = 1.0;
    }

    // Nodes: kept or partner, with a visible link (or allowed to stand alone).
    for (std::size_t li = 0; li < m; ++li)
        if (r.link_visible[li])
            r.node_visible[corpus.links[li].source] = r.node_visible[corpus.links[li].target] = 1;
    for (std::size_t i = 0; i < n; ++i)
        if (forced[i] || (spec.keep_isolated && kept[i])) r.node_visible[i] = 1;

    // Ego network: k hops from the focus over what is visible so far.
    if (!spec.focus.empty()) {
        const std::int64_t f = corpus.find_entity(spec.focus);
        if (f < 0) {
            r.diagnostics.push_back({"filter", "no entity '" + spec.focus + "' to focus on",
                                     Diagnostic::Severity::Warning});
        } else {
            r.focus = f;
            if (!r.node_visible[std::size_t(f)]) {
                // The user asked for this entity: show it alone rather than an empty canvas.
                r.diagnostics.push_back(
                    {"filter", "'" + spec.focus + "' has no visible link under these filters",
                     Diagnostic::Severity::Warning});
                r.node_visible[std::size_t(f)] = 1;
            }
            r.hop_distance = hop_distances(graph, r, KgVertexDesc(f));
            for (std::size_t i = 0; i < n; ++i)
                if (r.hop_distance[i] < 0 || std::uint32_t(r.hop_distance[i]) > spec.hops)
                    r.node_visible[i] = 0;
        }
    }

    for (std::size_t li = 0; li < m; ++li) {
        const Link& l = corpus.links[li];
        if (r.link_visible[li] && (!r.node_visible[l.source] || !r.node_visible[l.target])) {
            r.link_visible[li] = 0;
            r.link_weight[li] = 0.0;
            r.link_documents[li] = 0;
        }
        r.visible_links += r.link_visible[li];
    }
    for (std::size_t i = 0; i < n; ++i) r.visible_nodes += r.node_visible[i];
    return r;
}

FacetCounts count_facets(const Corpus& corpus, const FilterResult& result,
                         std::span<const ReviewState> review) {
    FacetCounts c;
    const std::vector<RegionMask> regions = effective_regions(corpus);
    for (std::size_t i = 0; i < corpus.entities.size(); ++i) {
        const Entity& e = corpus.entities[i];
        const bool vis = i < result.node_visible.size() && result.node_visible[i];
        c.type_total[std::size_t(e.type)]++;
        c.type_visible[std::size_t(e.type)] += vis;
        c.discovered_total += e.discovered;
        c.discovered_visible += e.discovered && vis;
        for (std::size_t r = 0; r < kRegionCount; ++r) {
            if (!(regions[i] & (1u << r))) continue;
            c.region_total[r]++;
            c.region_visible[r] += vis;
        }
    }
    auto issue_topic = [&](EntityIndex e) -> TopicMask {
        if (e >= corpus.entities.size() || corpus.entities[e].type != EntityType::Issue) return 0;
        const auto topic = topic_from_id(corpus.entities[e].id);
        return topic ? topic_bit(*topic) : TopicMask(0);
    };
    // A topic counts the links its facet keeps: passage links whose passages carry the topic or
    // that touch the topic's issue node, and knowledge-base links between entities those keep
    // (the facet shows them as structure). With one topic ticked, its count is the header's.
    auto link_topics = [&](const Link& l) {
        return TopicMask(l.topics | issue_topic(l.source) | issue_topic(l.target));
    };
    std::vector<TopicMask> supported_total(corpus.entities.size(), 0),
        supported_visible(corpus.entities.size(), 0);
    for (std::size_t li = 0; li < corpus.links.size(); ++li) {
        const Link& l = corpus.links[li];
        if (l.evidence.empty() || l.source >= corpus.entities.size() ||
            l.target >= corpus.entities.size())
            continue;
        const TopicMask t = link_topics(l);
        supported_total[l.source] |= t;
        supported_total[l.target] |= t;
        if (li < result.link_visible.size() && result.link_visible[li]) {
            supported_visible[l.source] |= t;
            supported_visible[l.target] |= t;
        }
    }
    for (std::size_t li = 0; li < corpus.links.size(); ++li) {
        const Link& l = corpus.links[li];
        const bool vis = li < result.link_visible.size() && result.link_visible[li];
        c.kind_total[std::size_t(l.kind)]++;
        c.kind_visible[std::size_t(l.kind)] += vis;
        const bool ends_ok = l.source < corpus.entities.size() && l.target < corpus.entities.size();
        TopicMask total = 0, visible = 0;
        if (!l.evidence.empty()) {
            total = visible = link_topics(l);
        } else if (ends_ok) {
            total = TopicMask(supported_total[l.source] & supported_total[l.target]);
            visible = TopicMask(supported_visible[l.source] & supported_visible[l.target]);
        }
        for (std::size_t t = 0; t < kTopicCount; ++t) {
            c.topic_total[t] += (total >> t) & 1u;
            c.topic_visible[t] += vis && ((visible >> t) & 1u);
        }
        const bool unreviewed = li >= review.size() || review[li] == ReviewState::Unreviewed;
        c.unreviewed_total += unreviewed;
        c.unreviewed_visible += unreviewed && vis;
    }
    return c;
}

} // namespace kg
