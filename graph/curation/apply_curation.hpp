// Applying the curation overlay: the knowledge-base part before extraction, the rest after.
#pragma once

#include "curation/correction.hpp"
#include "curation/review_state.hpp"
#include "kb/knowledge_base.hpp"
#include "model/corpus.hpp"

#include <string>
#include <vector>

namespace kg {

// What happened to one correction on this corpus.
struct CorrectionOutcome {
    bool applied = false;
    std::string reason; // why it no longer applies (target vanished, ...); empty when applied
};

// A link a curator rejected (no longer in the corpus), for the review list and "undo".
struct RejectedLink {
    std::string source, target; // entity ids
    LinkKind kind = LinkKind::CoMention;
    std::size_t correction = 0; // index of the correction that removed it
};

// The visible state curation leaves, indexed like the curated corpus.
struct CurationReport {
    std::vector<CorrectionOutcome> outcomes;  // one per correction, same order
    std::vector<std::uint8_t> entity_touched; // per entity: some correction changed it
    std::vector<std::uint8_t> link_touched;   // per link: some correction changed or reviewed it
    std::vector<ReviewState> link_review;     // per link: Unreviewed or Accepted
    std::vector<std::vector<std::string>> entity_notes; // per entity, in correction order
    std::vector<std::vector<std::string>> link_notes;   // per link
    std::vector<RejectedLink> rejected_links;
    std::vector<std::string> hidden_entities; // ids hidden by curation, sorted

    // Corrections that are kept in the file but did not apply to this corpus.
    std::size_t not_applied() const;
};

// Before extraction: aliases, names, types, regions, affiliations, merges and splits go into the
// knowledge base, so that every article (old and new) is matched with them.
void apply_to_knowledge_base(const Curation& curation, KnowledgeBase& kb);

// After extraction: applies every correction in order to `corpus` (entities stay sorted by id,
// links by (source, target, kind)). A correction whose target is gone is reported, not dropped.
CurationReport apply_curation(const Curation& curation, Corpus& corpus);

} // namespace kg
