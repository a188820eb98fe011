// "The bloc", "the alliance": a description standing for the bloc named just before it.
#pragma once

#include "extract/doc_scan.hpp"

#include <vector>

namespace kg {

// Adds a mention of a knowledge-base organization with members (a bloc or an alliance: NATO,
// the EU, ASEAN, ECOWAS...) at each "the bloc", "the alliance" or "the grouping" when it is the
// only such organization named in that sentence before the phrase or in the two sentences
// before it. "The alliance of X and Y" and "the alliance between..." describe a relation, not a
// body, and are left alone. Keeps `mentions` sorted by start.
void resolve_bloc_references(const ExtractIndex& index, const Document& doc,
                             const std::vector<Sentence>& sentences,
                             std::vector<DocMention>& mentions);

} // namespace kg
