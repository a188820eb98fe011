// The extracted knowledge: documents, entities with mentions, links with evidence.
// Plain data; the Boost.Graph view of it lives in knowledge_graph.hpp.
#pragma once

#include "model/documents.hpp"
#include "model/taxonomy.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kg {

using EntityIndex = std::uint32_t;
using DocIndex = std::uint32_t;

struct Mention {
    DocIndex doc = 0;
    Span span;
};

struct Entity {
    std::string id; // stable, lower-case, hyphenated ("russia", "sergey-lavrov")
    std::string name;
    EntityType type = EntityType::Country;
    std::optional<Region> region;     // a country's one region
    RegionMask regions = 0;           // regions it concerns (includes `region` if set)
    std::string affiliation;          // entity id: a leader's country, a person's organization
    std::string role;                 // "Foreign Minister of Russia", empty if unknown
    std::vector<std::string> aliases; // other names it is found by
    bool discovered = false;          // found in text, not in the knowledge base
    std::vector<Mention> mentions;    // sorted by (doc, start)
};

// Who acts on whom in one passage ("X sanctions Y", "X visited Y"), relative to its link.
enum class Direction : std::uint8_t {
    None,     // the passage states no direction (or a symmetric one: "talks", "rivalry")
    Forward,  // the link's source acts on its target
    Backward, // the target acts on the source
};

// One passage (sentence) that supports a link.
struct Evidence {
    DocIndex doc = 0;
    Span span;                           // the sentence in Document::text
    LinkKind kind = LinkKind::CoMention; // for this pair in this passage
    TopicMask topics = 0;
    Direction direction = Direction::None;
};

struct Link {
    EntityIndex source = 0; // source < target for passage links; KB links point from member/leader
    EntityIndex target = 0;
    LinkKind kind = LinkKind::CoMention; // the majority kind of the evidence (best_supported_kind)
    TopicMask topics = 0;                // union of the evidence topics
    std::vector<Evidence> evidence;      // sorted by (doc, start); empty for KB-only links
    bool from_knowledge_base = false;    // stated by the KB (leads, member-of, affiliated-with)

    // Distinct sentences that support the link (a KB-only link weighs 1).
    double weight() const { return evidence.empty() ? 1.0 : double(evidence.size()); }
    // Number of distinct documents among the evidence.
    std::size_t document_count() const;
};

// A stated kind must be the kind of at least one passage in this many to be the link's kind.
inline constexpr std::size_t kCoMentionShare = 5;

// The kind a passage link shows: the most frequent kind among its passages' pair kinds (ties:
// cooperation, tension, meeting), co-mention when none is stated or when the stated ones are
// fewer than one passage in kCoMentionShare.
LinkKind best_supported_kind(const std::vector<Evidence>& evidence);

// Swaps the link's source and target and turns its passages' directions with them.
void reverse_link(Link& link);

struct Corpus {
    Documents documents; // shared, never copied with the corpus (documents.hpp)
    std::vector<Entity> entities;
    std::vector<Link> links;

    // Index of the entity with this id, or -1.
    std::int64_t find_entity(std::string_view id) const;
};

} // namespace kg
