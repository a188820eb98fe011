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
// of a person or leader earlier in the document: of the last one introduced before it when two
// share the surname. East Asian names also give their first word ("Kim" of "Kim Jin-ho").
// Keeps `mentions` sorted by start.
void resolve_surnames(const ExtractIndex& index, const Document& doc,
                      std::vector<DocMention>& mentions,
                      const std::vector<DiscoveredEntity>& discovered);

// Adds a mention for an organization's head word used alone after its full name: "the
// Commission" or "Commission President ..." after "European Commission" (the last one named
// before it whose name ends with that word). Keeps `mentions` sorted by start.
void resolve_heads(const ExtractIndex& index, const Document& doc, const WordMatches& words,
                   std::vector<DocMention>& mentions,
                   const std::vector<DiscoveredEntity>& discovered);

// Adds mentions of both members of the pair in focus at each pair phrase ("both powers") when the
// pair is clear: exactly two of that type just before it, or the document's two dominant ones.
// A sentence opening with "Both" or "They" ("Both support...") refers to the pair of the sentence
// before it, of leaders or else of countries, when that sentence names it.
// `pair_matches`: the matches of index.pairs in doc.text.
void resolve_pairs(const ExtractIndex& index, const Document& doc,
                   const std::vector<Sentence>& sentences,
                   const std::vector<PhraseMatch>& pair_matches, std::vector<DocMention>& mentions,
                   const std::vector<DiscoveredEntity>& discovered);

// A sentence that opens with "It", "He" or "She" followed within three words by a relation cue
// ("It also sanctioned...", "He later met...") refers to the first country or organization (for
// "It") or person (for "He", "She") named in the sentence before it: the pronoun becomes a mention
// of it. "It is", "It was" and pronouns with no cue after them stay unresolved. `cues`: the
// matches of index.kinds in doc.text.
void resolve_subject_pronouns(const ExtractIndex& index, const Document& doc,
                              const std::vector<Sentence>& sentences,
                              const std::vector<PhraseMatch>& cues,
                              std::vector<DocMention>& mentions,
                              const std::vector<DiscoveredEntity>& discovered);

// Adds a mention at each "the country" ("the country's") of the one country named in the nearest
// of the two sentences before it that names any ("India held elections. Observers said the
// country's vote ..."). Left alone when that sentence names two, when its own sentence names a
// country before it ("Serbia buys gas from Gazprom, and NIS, the country's only refiner": Serbia,
// or unclear), and in "the country of". Keeps `mentions` sorted by start.
void resolve_country_references(const ExtractIndex& index, const Document& doc,
                                const std::vector<Sentence>& sentences,
                                std::vector<DocMention>& mentions,
                                const std::vector<DiscoveredEntity>& discovered);

} // namespace kg
