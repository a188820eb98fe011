// Pieces of discovery shared between its source files.
#pragma once

#include "extract/doc_scan.hpp"

#include <vector>

namespace kg {

// Spans of organization-like phrases that no known mention covers, in text order.
// `heads`: the matches of index.lexicon.org_heads in doc.text.
std::vector<Span> find_organizations(const ExtractIndex& index, const Document& doc,
                                     const std::vector<PhraseMatch>& heads,
                                     const std::vector<DocMention>& mentions);

// Spans of organizations that a descriptor beside them names ("the Chilean miner X", "X, the
// state company", "the X movement") or a country owns ("India's NTPX"), in text order; no known
// mention overlaps them.
std::vector<Span> find_described_organizations(const ExtractIndex& index, const Document& doc,
                                               const WordMatches& words,
                                               const std::vector<DocMention>& mentions);

} // namespace kg
