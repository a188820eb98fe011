// The part of the overlay applied after extraction: corrections edit a working copy keyed by
// entity ids, then one compaction pass rebuilds indices, so corrections never see stale indices.
#include "curation/apply_curation.hpp"

#include "curation/curation_edits.hpp"

#include <algorithm>
#include <tuple>

namespace kg {

std::size_t CurationReport::not_applied() const {
    return std::size_t(std::count_if(outcomes.begin(), outcomes.end(),
                                     [](const CorrectionOutcome& o) { return !o.applied; }));
}

namespace {

// Whether CurationWork::finish would leave `corpus` as it is: entities strictly sorted by id,
// every link between two different entities, passage links with source < target, links strictly
// sorted by (source, target, kind, from_knowledge_base) and no two passage links for one pair
// (finish would merge them). Extraction leaves a corpus so; checking is linear, where finish
// sorts and moves every link.
bool already_compact(const Corpus& c) {
    for (std::size_t i = 1; i < c.entities.size(); ++i)
        if (!(c.entities[i - 1].id < c.entities[i].id)) return false;
    const std::size_t n = c.entities.size();
    bool pair_has_passage_link = false;
    for (std::size_t l = 0; l < c.links.size(); ++l) {
        const Link& link = c.links[l];
        if (link.source >= n || link.target >= n || link.source == link.target) return false;
        if (!link.from_knowledge_base && link.source > link.target) return false;
        if (l > 0) {
            const Link& prev = c.links[l - 1];
            auto key = [](const Link& k) {
                return std::tuple(k.source, k.target, k.kind, k.from_knowledge_base);
            };
            if (!(key(prev) < key(link))) return false;
            if (prev.source != link.source || prev.target != link.target)
                pair_has_passage_link = false;
        }
        if (!link.from_knowledge_base) {
            if (pair_has_passage_link) return false;
            pair_has_passage_link = true;
        }
    }
    return true;
}

} // namespace

CurationReport apply_curation(const Curation& curation, Corpus& corpus) {
    CurationReport report;
    if (curation.corrections.empty() && already_compact(corpus)) {
        // What finish reports for a corpus no correction touched.
        report.entity_touched.assign(corpus.entities.size(), 0);
        report.entity_notes.assign(corpus.entities.size(), {});
        report.link_touched.assign(corpus.links.size(), 0);
        report.link_review.assign(corpus.links.size(), ReviewState::Unreviewed);
        report.link_notes.assign(corpus.links.size(), {});
        return report;
    }
    CurationWork work(corpus);
    for (std::size_t i = 0; i < curation.corrections.size(); ++i) {
        const std::string reason = work.apply(curation.corrections[i], i);
        report.outcomes.push_back({reason.empty(), reason});
    }
    work.finish(report);
    return report;
}

} // namespace kg
