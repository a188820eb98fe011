// What the user asks to see: every facet of the filter panel as plain data (saved in views).
#pragma once

#include "model/taxonomy.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace kg {

// A set of entity types as bits (bit i = EntityType i).
using EntityTypeMask = std::uint8_t;
// A set of link kinds as bits (bit i = LinkKind i).
using LinkKindMask = std::uint8_t;

inline constexpr EntityTypeMask kAllEntityTypes = EntityTypeMask((1u << kEntityTypeCount) - 1);
inline constexpr LinkKindMask kAllLinkKinds = LinkKindMask((1u << kLinkKindCount) - 1);

constexpr EntityTypeMask type_bit(EntityType t) {
    return EntityTypeMask(1u << unsigned(t));
}
constexpr LinkKindMask kind_bit(LinkKind k) {
    return LinkKindMask(1u << unsigned(k));
}

// The default spec shows everything that has a link. Empty sets mean "no restriction".
struct FilterSpec {
    EntityTypeMask entity_types = kAllEntityTypes;
    bool show_discovered = true; // entities found in text but not in the knowledge base
    // Countries by their region; organizations and issues by the regions they concern;
    // leaders and persons by their affiliation's regions. 0 = all regions.
    RegionMask regions = 0;
    // With a region facet: entities linked to a kept entity stay visible (China and Russia
    // next to the Middle East), through the links that touch a kept entity.
    bool keep_partners = false;
    // Links whose (allowed) evidence carries one of these topics, plus the issue node of
    // each topic (entity id == topic id). 0 = all topics.
    TopicMask topics = 0;
    LinkKindMask link_kinds = kAllLinkKinds;
    double min_weight = 0.0;         // passage links: allowed evidence count at least this
    std::uint32_t min_documents = 0; // passage links: distinct allowed documents at least this
    // Documents by path (Document::path; ids are accepted too). Empty = all documents.
    std::vector<std::string> documents;
    // Inclusive ISO date range over Document::date; a bound may be a prefix ("2021", "2021-03").
    // With a range set, documents without a date are excluded. Empty = unbounded.
    std::string date_from;
    std::string date_to;
    std::string focus;            // ego network: entity id; empty = whole graph
    std::uint32_t hops = 1;       // ego radius in links over the filtered graph
    bool keep_isolated = false;   // show entities that pass the facets but have no visible link
    bool only_unreviewed = false; // curation: hide links a curator accepted
    // Prominence budget: only the N most-mentioned of the entities the other facets keep (ties:
    // weighted degree); 0 = no budget. Big corpora open with one (filter/prominence.hpp).
    std::uint32_t top_entities = 0;

    friend bool operator==(const FilterSpec&, const FilterSpec&) = default;
};

} // namespace kg
