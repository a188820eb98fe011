// Internal to curation: the working state of apply_curation and one edit per correction kind.
#pragma once

#include "curation/apply_curation.hpp"

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kg {

// Applies corrections to a corpus in place, tracking touched entities/links by id so that the
// final report can be indexed like the compacted corpus.
class CurationWork {
  public:
    explicit CurationWork(Corpus& corpus);

    // Applies one correction; returns why it does not apply (empty when it did).
    std::string apply(const Correction& c, std::size_t index);
    // Compacts the corpus (drops hidden/merged entities and dead links, merges duplicate links,
    // sorts) and fills the per-entity and per-link parts of `report`.
    void finish(CurationReport& report);

  private:
    using Pair = std::pair<std::string, std::string>; // sorted entity ids of a link

    std::string merge(const Correction& c);
    std::string split(const Correction& c);
    std::string edit_entity(const Correction& c);
    std::string add_alias(const Correction& c);
    std::string hide(const Correction& c);
    std::string review_link(const Correction& c, std::size_t index);
    std::string review_passage(const Correction& c, std::size_t index);
    std::string note(const Correction& c);

    std::int64_t find(const std::string& id) const;
    std::vector<std::size_t> links_between(EntityIndex a, EntityIndex b) const;
    Pair pair_of(const Link& l) const;
    void kill_link(std::size_t l, std::size_t correction);

    Corpus& corpus_;
    std::vector<std::uint8_t> removed_; // per entity
    std::vector<std::uint8_t> dead_;    // per link
    std::unordered_map<std::string, EntityIndex> by_id_;
    std::set<std::string> touched_entities_;
    std::set<Pair> touched_pairs_;
    std::set<std::tuple<std::string, std::string, int>> accepted_; // pair + kind (-1 = any)
    std::map<std::string, std::vector<std::string>> entity_notes_;
    std::map<Pair, std::vector<std::string>> link_notes_;
    std::vector<RejectedLink> rejected_;
    std::vector<std::string> hidden_;
};

// Recomputes a passage link's topics and best-supported kind from its evidence.
void recompute_link(Link& link);

} // namespace kg
