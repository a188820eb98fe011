// The part of the overlay applied after extraction: corrections edit a working copy keyed by
// entity ids, then one compaction pass rebuilds indices, so corrections never see stale indices.
#include "curation/apply_curation.hpp"

#include "curation/curation_edits.hpp"

#include <algorithm>

namespace kg {

std::size_t CurationReport::not_applied() const {
    return std::size_t(std::count_if(outcomes.begin(), outcomes.end(),
                                     [](const CorrectionOutcome& o) { return !o.applied; }));
}

CurationReport apply_curation(const Curation& curation, Corpus& corpus) {
    CurationReport report;
    CurationWork work(corpus);
    for (std::size_t i = 0; i < curation.corrections.size(); ++i) {
        const std::string reason = work.apply(curation.corrections[i], i);
        report.outcomes.push_back({reason.empty(), reason});
    }
    work.finish(report);
    return report;
}

} // namespace kg
