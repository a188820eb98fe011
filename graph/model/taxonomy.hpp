// The shared vocabulary of kgviz: entity types, regions, topics and link kinds
// (ids and labels exactly as in shared/spec/taxonomy.md and interfaces.md).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace kg {

enum class EntityType : std::uint8_t { Country, Leader, Organization, Issue, Person };
inline constexpr std::size_t kEntityTypeCount = 5;

enum class Region : std::uint8_t {
    EastAsia,
    SoutheastAsia,
    SouthAsia,
    CentralAsia,
    MiddleEast,
    Africa,
    Europe,
    NorthAmerica,
    LatinAmerica,
    Oceania,
    Arctic
};
inline constexpr std::size_t kRegionCount = 11;

enum class Topic : std::uint8_t {
    Energy,
    Trade,
    Finance,
    Sanctions,
    Defense,
    Nuclear,
    Security,
    HumanRights,
    WorldOrder,
    Technology,
    Infrastructure,
    Arctic,
    Territorial,
    Conflict
};
inline constexpr std::size_t kTopicCount = 14;

// Passage-found kinds first, then the kinds the knowledge base states.
enum class LinkKind : std::uint8_t {
    Cooperation,
    Tension,
    Meeting,
    CoMention,
    Leads,
    MemberOf,
    AffiliatedWith
};
inline constexpr std::size_t kLinkKindCount = 7;

// A set of topics as bits (bit i = Topic i); cheap to union and filter.
using TopicMask = std::uint16_t;
// A set of regions as bits (bit i = Region i).
using RegionMask = std::uint16_t;

constexpr TopicMask topic_bit(Topic t) {
    return TopicMask(1u << unsigned(t));
}
constexpr RegionMask region_bit(Region r) {
    return RegionMask(1u << unsigned(r));
}

// Stable id (as written in JSON) and user-facing label of each enum value.
std::string_view to_id(EntityType t);
std::string_view label(EntityType t);
std::string_view to_id(Region r);
std::string_view label(Region r);
std::string_view to_id(Topic t);
std::string_view label(Topic t);
std::string_view to_id(LinkKind k);
std::string_view label(LinkKind k);

// Parse an id; nullopt when it is not one of the taxonomy's.
std::optional<EntityType> entity_type_from_id(std::string_view id);
std::optional<Region> region_from_id(std::string_view id);
std::optional<Topic> topic_from_id(std::string_view id);
std::optional<LinkKind> link_kind_from_id(std::string_view id);

// True for kinds found in passages (they must carry evidence).
constexpr bool is_passage_kind(LinkKind k) {
    return k <= LinkKind::CoMention;
}

} // namespace kg
