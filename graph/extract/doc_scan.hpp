// Per-document extraction: mentions (known, discovered, resolved), and per-sentence facts.
// Documents are scanned independently (in parallel); corpus_build.hpp merges the results.
#pragma once

#include "extract/extract_index.hpp"
#include "extract/pair_kind.hpp"
#include "model/document.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace kg {

// An entity as one document sees it: a knowledge-base entity or one discovered in this document.
struct EntityRef {
    std::uint32_t index = 0; // kb->entities index, or index into DocResult::discovered
    bool discovered = false;
    friend bool operator==(const EntityRef&, const EntityRef&) = default;
    friend auto operator<=>(const EntityRef&, const EntityRef&) = default;
};

struct DocMention {
    Span span;
    EntityRef ref;
};

// A person or organization the knowledge base lacks, introduced by the text.
struct DiscoveredEntity {
    std::string id; // slug of the name
    std::string name;
    EntityType type = EntityType::Person;
    std::string affiliation; // a kb id or another discovered id, empty if unknown
    std::string role;
};

// What one sentence says: its topics, who it names, and the relation of each pair it names. The
// entity lists lie in DocResult::refs and the pair relations in DocResult::pairs (one array per
// document, not vectors per sentence).
struct SentenceFacts {
    Span span; // the sentence in Document::text
    TopicMask topics = 0;
    LinkKind kind = LinkKind::CoMention; // the sentence's own (for its links to issue areas)
    std::uint32_t entities_begin = 0;    // [entities_begin, entities_end) of refs: distinct, sorted
    std::uint32_t entities_end = 0;
    std::uint32_t heading_end = 0; // [entities_end, heading_end): named by the sentence's
                                   // section heading, not already above; distinct, sorted.
                                   // Context only: a heading is no evidence of a relation.
    std::uint32_t pairs_begin = 0; // pairs[pairs_begin + k]: the k-th pair (i, j), i < j, of the
                                   // entity list in the order (0,1), (0,2), ..., (1,2), ...
};

struct DocResult {
    std::vector<DocMention> mentions; // sorted by start; includes issue mentions (topic cue spans)
                                      // of the topics the document discusses
    TopicMask topics = 0;             // the topics the document discusses (topic_choice); its
                                      // sentences may carry others, mentioned in passing
    std::vector<DiscoveredEntity> discovered;
    std::vector<SentenceFacts> sentences; // only sentences naming at least one entity
    std::vector<EntityRef> refs;          // the entity lists of `sentences`, back to back
    std::vector<PairRelation> pairs;      // the pair relations of `sentences`, back to back;
                                     // direction +1: the pair's first entity acts on the second

    std::span<const EntityRef> entities(const SentenceFacts& s) const {
        return {refs.data() + s.entities_begin, s.entities_end - s.entities_begin};
    }
    std::span<const EntityRef> heading_entities(const SentenceFacts& s) const {
        return {refs.data() + s.entities_end, s.heading_end - s.entities_end};
    }
};

// Scans one document. Never throws on odd text; offsets always lie inside doc.text.
DocResult scan_document(const ExtractIndex& index, const Document& doc);

} // namespace kg
