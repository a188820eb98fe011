// Corrections built from what the analyst clicked: indexes of the shown corpus become the ids,
// paths and sentence hashes the curation file stores.
#pragma once

#include "curation/correction.hpp"
#include "curation/review_state.hpp"
#include "model/corpus.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kg::app {

Correction merge_correction(const Corpus& c, EntityIndex keep, EntityIndex absorb);
Correction split_correction(const Corpus& c, EntityIndex from, std::vector<std::string> aliases,
                            std::string new_name);
Correction rename_correction(const Corpus& c, EntityIndex e, std::string name);
Correction type_correction(const Corpus& c, EntityIndex e, EntityType type);
Correction region_correction(const Corpus& c, EntityIndex e, Region region);
// `affiliation` = -1 clears it.
Correction affiliation_correction(const Corpus& c, EntityIndex e, std::int64_t affiliation);
Correction alias_correction(const Corpus& c, EntityIndex e, std::string alias);
Correction hide_correction(const Corpus& c, EntityIndex e);
Correction link_review_correction(const Corpus& c, std::uint32_t link, bool accept);
Correction passage_review_correction(const Corpus& c, std::uint32_t link, std::size_t evidence,
                                     bool accept);
Correction entity_note_correction(const Corpus& c, EntityIndex e, std::string note);
Correction link_note_correction(const Corpus& c, std::uint32_t link, std::string note);

// The next link to review after `after` (or from the start): the first link, in corpus order
// after it and wrapping around, whose state in `review` is Unreviewed and that `visible` shows.
std::optional<std::uint32_t> next_unreviewed_link(const Corpus& c,
                                                  std::span<const ReviewState> review,
                                                  std::span<const std::uint8_t> visible,
                                                  std::optional<std::uint32_t> after);

} // namespace kg::app
