// Resolving short references inside one document: bare surnames and "the two countries".
#pragma once

#include "extract/doc_scan.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kg {

// The lower-case surnames a full name can be referred to by ("assad" and "al-assad" for "Bashar
// al-Assad"); empty for one-word names. Words that are also months or common words are left out.
std::vector<std::string> surnames_of(std::string_view name);

// Adds a mention for each capitalized bare surname ("Daly", "Mr Xi") that follows the full name
// of exactly one person or leader earlier in the document. Keeps `mentions` sorted by start.
void resolve_surnames(const ExtractIndex& index, const Document& doc, std::vector<DocMention>& mentions,
                      const std::vector<DiscoveredEntity>& discovered);

// Adds mentions of both members of the pair in focus at each pair phrase ("both powers") when the
// pair is clear: exactly two of that type just before it, or the document's two dominant ones.
// A sentence opening with "Both" or "They" ("Both support...") refers to the pair of the sentence
// before it, of leaders or else of countries, when that sentence names it.
// `pair_matches`: the matches of index.pairs in doc.text.
void resolve_pairs(const ExtractIndex& index, const Document& doc, const std::vector<Sentence>& sentences,
                   const std::vector<PhraseMatch>& pair_matches, std::vector<DocMention>& mentions,
                   const std::vector<DiscoveredEntity>& discovered);

} // namespace kg
