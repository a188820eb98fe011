// Colour themes (light, dark, print): background, text, and the colours of types, regions, kinds.
#pragma once

#include "model/taxonomy.hpp"
#include "view/color.hpp"

#include <array>
#include <optional>
#include <string_view>

namespace kg {

enum class ThemeId : std::uint8_t { Light, Dark, Print };

struct Theme {
    Rgba background;
    Rgba text;         // labels, titles
    Rgba text_halo;    // drawn around label glyphs so they read over links
    Rgba node_outline; // default outline of every node
    Rgba selection;    // outline of selected nodes and links
    Rgba hover;        // outline of the hovered node or link
    Rgba pinned;       // the pin mark
    Rgba no_region;    // colour-by-region for entities without a region
    float dim_amount;  // how far dimmed items move towards the background (0..1)
    std::array<Rgba, kEntityTypeCount> entity;
    std::array<Rgba, kRegionCount> region;
    std::array<Rgba, kLinkKindCount> link;
};

// The built-in theme with this id.
const Theme& theme(ThemeId id);
// "light" | "dark" | "print".
std::string_view to_id(ThemeId id);
std::optional<ThemeId> theme_from_id(std::string_view id);

// Kinds the legend lists: the four passage kinds and one "knowledge base" row.
inline constexpr std::array<LinkKind, 5> kLegendLinkKinds = {LinkKind::Cooperation,
                                                             LinkKind::Tension, LinkKind::Meeting,
                                                             LinkKind::CoMention, LinkKind::Leads};
// Legend label of a kind: the taxonomy label, with the KB kinds shown as one "Knowledge base".
std::string_view legend_label(LinkKind kind);

} // namespace kg
