// Compaction after the corrections: entities sorted by id, duplicate links merged, and the
// report's per-entity and per-link state mapped onto the new indices.
#include "curation/curation_edits.hpp"

#include <algorithm>
#include <array>

namespace kg {

void recompute_link(Link& link) {
    auto key = [](const Evidence& e) { return std::tuple(e.doc, e.span.start, e.span.end); };
    std::sort(link.evidence.begin(), link.evidence.end(),
              [&](const Evidence& a, const Evidence& b) { return key(a) < key(b); });
    link.evidence.erase(
        std::unique(link.evidence.begin(), link.evidence.end(),
                    [&](const Evidence& a, const Evidence& b) { return key(a) == key(b); }),
        link.evidence.end());
    if (link.evidence.empty()) return;
    link.topics = 0;
    for (const Evidence& e : link.evidence) link.topics = TopicMask(link.topics | e.topics);
    if (link.from_knowledge_base) return; // a stated relation keeps its kind
    link.kind = best_supported_kind(link.evidence);
}

void CurationWork::finish(CurationReport& report) {
    Corpus& c = corpus_;
    // New order of the surviving entities: by id, as extraction leaves them.
    std::vector<EntityIndex> order;
    for (std::size_t i = 0; i < c.entities.size(); ++i)
        if (!removed_[i]) order.push_back(EntityIndex(i));
    std::sort(order.begin(), order.end(),
              [&](EntityIndex a, EntityIndex b) { return c.entities[a].id < c.entities[b].id; });
    constexpr EntityIndex kGone = ~EntityIndex(0);
    std::vector<EntityIndex> remap(c.entities.size(), kGone);
    std::vector<Entity> entities;
    entities.reserve(order.size());
    for (EntityIndex old : order) {
        remap[old] = EntityIndex(entities.size());
        entities.push_back(std::move(c.entities[old]));
    }

    std::vector<Link> links;
    for (std::size_t l = 0; l < c.links.size(); ++l) {
        Link& link = c.links[l];
        if (dead_[l] || link.source >= remap.size() || link.target >= remap.size()) continue;
        link.source = remap[link.source];
        link.target = remap[link.target];
        if (link.source == kGone || link.target == kGone || link.source == link.target) continue;
        if (!link.from_knowledge_base && link.source > link.target) reverse_link(link);
        links.push_back(std::move(link));
    }
    // After a merge two passage links may join the same pair: one link with both evidences.
    auto group = [](const Link& l) {
        return std::tuple(l.source, l.target, l.from_knowledge_base,
                          l.from_knowledge_base ? int(l.kind) : -1);
    };
    std::stable_sort(links.begin(), links.end(),
                     [&](const Link& a, const Link& b) { return group(a) < group(b); });
    std::vector<Link> merged;
    for (Link& l : links) {
        if (!merged.empty() && group(merged.back()) == group(l)) {
            Link& into = merged.back();
            into.evidence.insert(into.evidence.end(), l.evidence.begin(), l.evidence.end());
            recompute_link(into);
        } else {
            merged.push_back(std::move(l));
        }
    }
    std::stable_sort(merged.begin(), merged.end(), [](const Link& a, const Link& b) {
        return std::tuple(a.source, a.target, a.kind) < std::tuple(b.source, b.target, b.kind);
    });
    c.entities = std::move(entities);
    c.links = std::move(merged);

    const std::size_t n = c.entities.size(), m = c.links.size();
    report.entity_touched.assign(n, 0);
    report.entity_notes.assign(n, {});
    for (std::size_t i = 0; i < n; ++i) {
        report.entity_touched[i] = touched_entities_.count(c.entities[i].id) > 0;
        if (auto it = entity_notes_.find(c.entities[i].id); it != entity_notes_.end())
            report.entity_notes[i] = it->second;
    }
    report.link_touched.assign(m, 0);
    report.link_review.assign(m, ReviewState::Unreviewed);
    report.link_notes.assign(m, {});
    for (std::size_t l = 0; l < m; ++l) {
        const Pair p = pair_of(c.links[l]);
        report.link_touched[l] = touched_pairs_.count(p) > 0;
        if (accepted_.count({p.first, p.second, -1}) ||
            accepted_.count({p.first, p.second, int(c.links[l].kind)}))
            report.link_review[l] = ReviewState::Accepted;
        if (auto it = link_notes_.find(p); it != link_notes_.end())
            report.link_notes[l] = it->second;
    }
    report.rejected_links = rejected_;
    report.hidden_entities = hidden_;
    std::sort(report.hidden_entities.begin(), report.hidden_entities.end());
}

} // namespace kg
