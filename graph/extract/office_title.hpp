// "President Erdogan said ...": an office title before an official's name stands for the state or
// body the official serves, so the sentence states that affiliation even when it names no state.
#pragma once

#include "extract/doc_scan.hpp"

#include <vector>

namespace kg {

// Adds a mention of a leader's affiliation at a capitalized office title right before the leader's
// name ("Prime Minister Dick Schoof told parliament": the Netherlands at "Prime Minister"), when
// that affiliation is named elsewhere in the document and not in the title's own sentence. Titles
// of people ("Dr.", "analyst") and lower-case posts ("his successor") are left alone. Keeps
// `mentions` sorted by start.
void resolve_office_titles(const ExtractIndex& index, const Document& doc,
                           const std::vector<Sentence>& sentences, const WordMatches& words,
                           std::vector<DocMention>& mentions,
                           const std::vector<DiscoveredEntity>& discovered);

} // namespace kg
