// The built-in colour tables. Entity colours are a colour-blind-safe-ish qualitative set
// (Okabe-Ito inspired); link kinds use a separate hue family so nodes and links do not blur.
#include "view/theme.hpp"

namespace kg {
namespace {

constexpr std::array<Rgba, kRegionCount> kRegionColors = {
    rgb(0xE15759), rgb(0xF28E2B), rgb(0xEDC948), rgb(0xB07AA1), rgb(0x9C755F), rgb(0x59A14F),
    rgb(0x4E79A7), rgb(0x76B7B2), rgb(0xFF9DA7), rgb(0x86BCB6), rgb(0x79706E)};

Theme make_light() {
    Theme t{};
    t.background = rgb(0xF7F7F4);
    t.text = rgb(0x1E2126);
    t.text_halo = rgb(0xF7F7F4);
    t.node_outline = rgb(0xFFFFFF);
    t.selection = rgb(0xFF7F00);
    t.hover = rgb(0x222222);
    t.pinned = rgb(0x222222);
    t.no_region = rgb(0xA0A0A0);
    t.dim_amount = 0.8f;
    // country, leader, organization, issue, person
    t.entity = {rgb(0x2F6DB5), rgb(0xD1495B), rgb(0x1D9A8A), rgb(0xE59F1C), rgb(0x8A5CB8)};
    t.region = kRegionColors;
    // cooperation, tension, meeting, co-mention, leads, member-of, affiliated-with
    t.link = {rgb(0x3C9D4E), rgb(0xD2452F), rgb(0x3F7FD0), rgb(0x9A9CA3),
              rgb(0xB9A27A), rgb(0xB9A27A), rgb(0xB9A27A)};
    return t;
}

Theme make_dark() {
    Theme t = make_light();
    t.background = rgb(0x16181D);
    t.text = rgb(0xE8EAED);
    t.text_halo = rgb(0x16181D);
    t.node_outline = rgb(0x16181D);
    t.selection = rgb(0xFFB020);
    t.hover = rgb(0xFFFFFF);
    t.pinned = rgb(0xFFFFFF);
    t.no_region = rgb(0x70757D);
    t.dim_amount = 0.8f;
    t.entity = {rgb(0x5B9BE6), rgb(0xF0677A), rgb(0x3CC3AF), rgb(0xF2B84B), rgb(0xB48AE0)};
    t.link = {rgb(0x59C06C), rgb(0xF06A50), rgb(0x6AA5F0), rgb(0x7D8089),
              rgb(0x9C8A66), rgb(0x9C8A66), rgb(0x9C8A66)};
    return t;
}

// Print: white paper, darker saturated colours that survive a grey-scale photocopy as distinct
// values.
Theme make_print() {
    Theme t = make_light();
    t.background = rgb(0xFFFFFF);
    t.text = rgb(0x000000);
    t.text_halo = rgb(0xFFFFFF);
    t.node_outline = rgb(0x000000);
    t.entity = {rgb(0x1F4E8C), rgb(0xB0233A), rgb(0x0F7A6C), rgb(0xC98200), rgb(0x6B3FA0)};
    // Links differ in lightness, not only hue, so a grey-scale copy keeps the kinds apart
    // (luma 41, 125, 170, 210, 81; the old greens, reds and blues were all 88 to 94).
    t.link = {rgb(0x0B3D14), rgb(0xDE5A34), rgb(0x7DB4EB), rgb(0xD2D2D2),
              rgb(0x5E5035), rgb(0x5E5035), rgb(0x5E5035)};
    return t;
}

} // namespace

const Theme& theme(ThemeId id) {
    static const Theme kLight = make_light(), kDark = make_dark(), kPrint = make_print();
    switch (id) {
    case ThemeId::Dark:
        return kDark;
    case ThemeId::Print:
        return kPrint;
    case ThemeId::Light:
        break;
    }
    return kLight;
}

std::string_view to_id(ThemeId id) {
    switch (id) {
    case ThemeId::Dark:
        return "dark";
    case ThemeId::Print:
        return "print";
    case ThemeId::Light:
        break;
    }
    return "light";
}

std::optional<ThemeId> theme_from_id(std::string_view id) {
    if (id == "light") return ThemeId::Light;
    if (id == "dark") return ThemeId::Dark;
    if (id == "print") return ThemeId::Print;
    return std::nullopt;
}

std::string_view legend_label(LinkKind kind) {
    return is_passage_kind(kind) ? label(kind) : std::string_view("Knowledge base");
}

} // namespace kg
