// Id and label tables for the taxonomy enums.
#include "model/taxonomy.hpp"

namespace kg {
namespace {

struct Name {
    std::string_view id;
    std::string_view label;
};

constexpr std::array<Name, kEntityTypeCount> kEntityTypes{{
    {"country", "Country"},
    {"leader", "Leader"},
    {"organization", "Organization"},
    {"issue", "Issue area"},
    {"person", "Person"},
}};

constexpr std::array<Name, kRegionCount> kRegions{{
    {"east-asia", "East Asia"},
    {"southeast-asia", "Southeast Asia"},
    {"south-asia", "South Asia"},
    {"central-asia", "Central Asia"},
    {"middle-east", "Middle East & North Africa"},
    {"africa", "Sub-Saharan Africa"},
    {"europe", "Europe"},
    {"north-america", "North America"},
    {"latin-america", "Latin America & Caribbean"},
    {"oceania", "Oceania"},
    {"arctic", "Arctic"},
}};

constexpr std::array<Name, kTopicCount> kTopics{{
    {"energy", "Energy"},
    {"trade", "Trade & economy"},
    {"finance", "Finance & currency"},
    {"sanctions", "Sanctions"},
    {"defense", "Defense & military"},
    {"nuclear", "Nuclear weapons & arms control"},
    {"security", "Terrorism & stability"},
    {"human-rights", "Human rights & democracy"},
    {"world-order", "World order & governance"},
    {"technology", "Technology, cyber & space"},
    {"infrastructure", "Infrastructure & connectivity"},
    {"arctic", "Arctic"},
    {"territorial", "Sovereignty & territorial disputes"},
    {"conflict", "War, peace & crises"},
}};

constexpr std::array<Name, kLinkKindCount> kLinkKinds{{
    {"cooperation", "Cooperation"},
    {"tension", "Tension"},
    {"meeting", "Meeting"},
    {"co-mention", "Co-mention"},
    {"leads", "Leads"},
    {"member-of", "Member of"},
    {"affiliated-with", "Affiliated with"},
}};

template <typename Enum, std::size_t N>
std::optional<Enum> find_id(const std::array<Name, N>& table, std::string_view id) {
    for (std::size_t i = 0; i < N; ++i)
        if (table[i].id == id) return Enum(i);
    return std::nullopt;
}

} // namespace

std::string_view to_id(EntityType t) {
    return kEntityTypes[std::size_t(t)].id;
}
std::string_view label(EntityType t) {
    return kEntityTypes[std::size_t(t)].label;
}
std::string_view to_id(Region r) {
    return kRegions[std::size_t(r)].id;
}
std::string_view label(Region r) {
    return kRegions[std::size_t(r)].label;
}
std::string_view to_id(Topic t) {
    return kTopics[std::size_t(t)].id;
}
std::string_view label(Topic t) {
    return kTopics[std::size_t(t)].label;
}
std::string_view to_id(LinkKind k) {
    return kLinkKinds[std::size_t(k)].id;
}
std::string_view label(LinkKind k) {
    return kLinkKinds[std::size_t(k)].label;
}

std::optional<EntityType> entity_type_from_id(std::string_view id) {
    return find_id<EntityType>(kEntityTypes, id);
}
std::optional<Region> region_from_id(std::string_view id) {
    return find_id<Region>(kRegions, id);
}
std::optional<Topic> topic_from_id(std::string_view id) {
    return find_id<Topic>(kTopics, id);
}
std::optional<LinkKind> link_kind_from_id(std::string_view id) {
    return find_id<LinkKind>(kLinkKinds, id);
}

} // namespace kg
