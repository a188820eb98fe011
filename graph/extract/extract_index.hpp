// Matchers compiled once from the knowledge base: entity aliases, topic cues, link cues, pair
// phrases.
#pragma once

#include "extract/discovery_lexicon.hpp"
#include "extract/phrase_matcher.hpp"
#include "kb/knowledge_base.hpp"

#include <array>
#include <cstdint>
#include <memory>

namespace kg {

// The value of a non-entity phrase in ExtractIndex::aliases: its match hides the names inside it.
inline constexpr std::uint32_t kNonEntity = 0xFFFFFFFFu;

struct ExtractIndex {
    const KnowledgeBase* kb = nullptr;
    PhraseMatcher aliases; // value: index into kb->entities, or kNonEntity
    PhraseMatcher topics;  // value: Topic
    PhraseMatcher kinds;   // value: LinkKind (cooperation, tension, meeting)
    PhraseMatcher pairs;   // value: EntityType of the pair
    // aliases, topics, kinds, pairs and the lexicon's titles, heads, descriptors: one trie walk per
    // word.
    PhraseMatcherGroup scan;
    DiscoveryLexicon lexicon; // titles and organization heads for discovery
    // Per kb->entities index: the surnames of a person or leader (surnames_of), else empty.
    std::vector<std::vector<std::string>> surnames;
    // kb->entities index of each topic's issue entity, or -1 when topics.json lacks it.
    std::array<std::int64_t, kTopicCount> issue_entity{};
};

// What one pass of ExtractIndex::scan finds in a text, by matcher.
struct WordMatches {
    std::vector<PhraseMatch> aliases, topics, kinds, pairs, titles, org_heads, org_descriptors;
};

// Runs ExtractIndex::scan over `text`.
WordMatches find_words(const ExtractIndex& index, std::string_view text);

// Compiles `kb` (which must outlive the index).
ExtractIndex build_extract_index(const KnowledgeBase& kb);

// The index of `kb`, compiled on first use and kept in kb.compiled until the content of `kb`
// (names, aliases, cues, non-entity phrases) changes. Thread-safe.
std::shared_ptr<const ExtractIndex> compiled_extract_index(const KnowledgeBase& kb);

// How an entity alias is matched: acronyms exactly, names capitalized, hyphen prefixes open.
Phrase alias_phrase(const std::string& alias, std::uint32_t value);

// How a cue is matched: "word" takes regular inflections, "word*" any ending; see
// docs/knowledge-base.md. Appends the phrase and the spelling variants that a trie needs (economy
// -> economies).
void add_cue_phrases(const std::string& cue, std::uint32_t value, std::vector<Phrase>& out);

} // namespace kg
