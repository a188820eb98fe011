// Per-document extraction: mentions (known, discovered, resolved), and per-sentence facts.
// Documents are scanned independently (in parallel); corpus_build.hpp merges the results.
#pragma once

#include "extract/extract_index.hpp"
#include "model/document.hpp"

#include <cstdint>
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

// What one sentence says: its topics, its kind of relation, and who it names.
struct SentenceFacts {
    Span span; // the sentence in Document::text
    TopicMask topics = 0;
    LinkKind kind = LinkKind::CoMention;
    std::vector<EntityRef> entities;         // distinct, sorted
    std::vector<EntityRef> heading_entities; // named by the sentence's section heading, not already above
};

struct DocResult {
    std::vector<DocMention> mentions; // sorted by start; includes issue mentions (topic cue spans)
    std::vector<DiscoveredEntity> discovered;
    std::vector<SentenceFacts> sentences; // only sentences naming at least one entity
};

// Scans one document. Never throws on odd text; offsets always lie inside doc.text.
DocResult scan_document(const ExtractIndex& index, const Document& doc);

} // namespace kg
