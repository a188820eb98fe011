// Inspector data: passages with highlighted mentions, neighbours by weight.
#include "session/inspector_data.hpp"

#include <algorithm>
#include <map>

namespace kg::app {
namespace {

bool doc_allowed(const ExploreData& data, DocIndex d) {
    const auto& allowed = data.filter.document_allowed;
    return allowed.empty() || (d < allowed.size() && allowed[d]);
}

} // namespace

std::vector<TextSegment> segment_sentence(const ExploreData& data, DocIndex doc, Span sentence,
                                          std::int64_t a, std::int64_t b) {
    std::vector<TextSegment> out;
    std::uint32_t at = sentence.start;
    if (doc < data.doc_mentions.size()) {
        const auto& list = data.doc_mentions[doc];
        auto it =
            std::lower_bound(list.begin(), list.end(), sentence.start,
                             [](const DocMention& m, std::uint32_t s) { return m.span.start < s; });
        for (; it != list.end() && it->span.start < sentence.end; ++it) {
            const bool all = a < 0 && b < 0;
            if (!all && std::int64_t(it->entity) != a && std::int64_t(it->entity) != b) continue;
            if (it->span.start < at || it->span.end > sentence.end)
                continue; // overlaps: keep the first
            if (it->span.start > at) out.push_back({{at, it->span.start}, -1, 0});
            const int role = all ? 2 : (std::int64_t(it->entity) == a ? 1 : 2);
            out.push_back({it->span, std::int64_t(it->entity), role});
            at = it->span.end;
        }
    }
    if (at < sentence.end) out.push_back({{at, sentence.end}, -1, 0});
    return out;
}

LinkInspection inspect_link(const Corpus& corpus, const ExploreData& data, std::uint32_t link) {
    LinkInspection r;
    if (link >= corpus.links.size()) return r;
    const Link& l = corpus.links[link];
    r.link = link;
    r.kind = l.kind;
    r.topics = l.topics;
    r.weight = link < data.filter.link_weight.size() && data.filter.link_weight[link] > 0
                   ? data.filter.link_weight[link]
                   : l.weight();
    for (const Evidence& ev : l.evidence) {
        if (ev.doc >= corpus.documents.size() || !doc_allowed(data, ev.doc)) continue;
        const Document& d = corpus.documents[ev.doc];
        if (r.documents.empty() || r.documents.back() != ev.doc) r.documents.push_back(ev.doc);
        PassageView p;
        p.doc = ev.doc;
        p.sentence = ev.span;
        p.title = d.title.empty() ? d.path : d.title;
        p.date = d.date;
        p.author = d.authors.empty() ? std::string() : d.authors.front();
        p.segments = segment_sentence(data, ev.doc, ev.span, l.source, l.target);
        p.kind = ev.kind;
        if (ev.direction != Direction::None) {
            const bool forward = ev.direction == Direction::Forward;
            p.actor = forward ? l.source : l.target;
            p.recipient = forward ? l.target : l.source;
        }
        if (std::size_t(ev.kind) < r.kind_counts.size()) ++r.kind_counts[std::size_t(ev.kind)];
        r.passages.push_back(std::move(p));
    }
    return r;
}

NodeInspection inspect_node(const Corpus& corpus, const ExploreData& data, EntityIndex entity) {
    NodeInspection r;
    r.entity = entity;
    if (entity >= corpus.entities.size()) return r;
    std::map<DocIndex, std::uint32_t> per_doc;
    for (const Mention& m : corpus.entities[entity].mentions)
        if (doc_allowed(data, m.doc)) ++per_doc[m.doc];
    r.mentions_per_doc.assign(per_doc.begin(), per_doc.end());
    const auto& vis = data.filter.link_visible;
    for (std::uint32_t i = 0; i < corpus.links.size(); ++i) {
        const Link& l = corpus.links[i];
        if (l.source != entity && l.target != entity) continue;
        if (!vis.empty() && (i >= vis.size() || !vis[i])) continue;
        const double w = i < data.filter.link_weight.size() && data.filter.link_weight[i] > 0
                             ? data.filter.link_weight[i]
                             : l.weight();
        r.neighbours.push_back({l.source == entity ? l.target : l.source, i, w});
    }
    std::stable_sort(
        r.neighbours.begin(), r.neighbours.end(),
        [](const NeighbourRow& x, const NeighbourRow& y) { return x.weight > y.weight; });
    return r;
}

} // namespace kg::app
