// Legend rows. Shapes mirror node.frag's shapes at a fixed size.
#include "gl/legend.hpp"

#include "view/node_shape.hpp"

#include <string>

namespace kg::app {
namespace {

constexpr float kRow = 20.0f, kPad = 10.0f, kSwatch = 26.0f;

ImU32 to_imgui(Rgba c, float alpha = 1.0f) {
    return IM_COL32(c.r, c.g, c.b, int(c.a * alpha));
}

} // namespace

void draw_legend_shape(ImDrawList& l, NodeShape shape, ImVec2 c, float r, ImU32 fill, ImU32 bg) {
    switch (shape) {
    case NodeShape::Circle:
        l.AddCircleFilled(c, r, fill, 24);
        break;
    case NodeShape::RoundedSquare:
        l.AddRectFilled({c.x - r * 0.86f, c.y - r * 0.86f}, {c.x + r * 0.86f, c.y + r * 0.86f},
                        fill, r * 0.3f);
        break;
    case NodeShape::Diamond:
        l.AddQuadFilled({c.x, c.y - r * 1.1f}, {c.x + r * 1.1f, c.y}, {c.x, c.y + r * 1.1f},
                        {c.x - r * 1.1f, c.y}, fill);
        break;
    case NodeShape::Hexagon:
        l.AddNgonFilled(c, r * 1.03f, fill, 6);
        break;
    case NodeShape::Ring:
        l.AddCircleFilled(c, r, fill, 24);
        l.AddCircleFilled(c, r * 0.66f, bg, 24);
        break;
    }
}

namespace {

int row_count(ColorMode mode) {
    return 2 + int(kEntityTypeCount) + int(kLegendLinkKinds.size()) + 1 +
           (mode == ColorMode::ByRegion ? 1 + int(kRegionCount) : 0);
}

} // namespace

ImVec2 legend_size(const ImFont& font, ColorMode mode) {
    (void)font;
    return {210.0f, kPad * 2 + kRow * float(row_count(mode))};
}

void draw_legend(ImDrawList& l, ImVec2 pos, const Theme& t, ColorMode mode, ImFont& font) {
    const ImVec2 size = legend_size(font, mode);
    l.AddRectFilled(pos, {pos.x + size.x, pos.y + size.y}, to_imgui(t.background, 0.92f), 6.0f);
    l.AddRect(pos, {pos.x + size.x, pos.y + size.y}, to_imgui(mix(t.background, t.text, 0.25f)),
              6.0f);
    const ImU32 text = to_imgui(t.text), muted = to_imgui(mix(t.text, t.background, 0.35f));
    const ImU32 bg = to_imgui(mix(t.background, t.text, 0.0f));
    float y = pos.y + kPad;
    const float fs = font.FontSize;
    auto heading = [&](const char* s) {
        l.AddText(&font, fs, {pos.x + kPad, y + 2}, muted, s);
        y += kRow;
    };
    auto label = [&](std::string_view s) {
        l.AddText(&font, fs, {pos.x + kPad + kSwatch + 6, y + 2}, text, s.data(),
                  s.data() + s.size());
    };
    heading("Entities");
    const Rgba neutral = mix(t.text, t.background, 0.45f);
    for (std::size_t i = 0; i < kEntityTypeCount; ++i) {
        const Rgba c = mode == ColorMode::ByType ? t.entity[i] : neutral;
        const ImVec2 centre{pos.x + kPad + kSwatch * 0.5f, y + kRow * 0.5f};
        draw_legend_shape(l, shape_for(EntityType(i)), centre, 6.5f, to_imgui(c), bg);
        label(kg::label(EntityType(i)));
        y += kRow;
    }
    if (mode == ColorMode::ByRegion) {
        heading("Regions");
        for (std::size_t i = 0; i < kRegionCount; ++i) {
            const ImVec2 centre{pos.x + kPad + kSwatch * 0.5f, y + kRow * 0.5f};
            l.AddCircleFilled(centre, 6.0f, to_imgui(t.region[i]), 20);
            label(kg::label(Region(i)));
            y += kRow;
        }
    }
    heading("Links");
    for (LinkKind k : kLegendLinkKinds) {
        const float x0 = pos.x + kPad, yc = y + kRow * 0.5f;
        l.AddLine({x0, yc}, {x0 + kSwatch, yc}, to_imgui(t.link[std::size_t(k)]), 3.0f);
        label(legend_label(k));
        y += kRow;
    }
    // Dashes mean "one source only": the evidence strength cue.
    const float x0 = pos.x + kPad, yc = y + kRow * 0.5f;
    for (float x = 0; x < kSwatch; x += 10.0f)
        l.AddLine({x0 + x, yc}, {x0 + std::min(x + 6.0f, kSwatch), yc}, muted, 2.0f);
    label("Single source (dashed)");
}

} // namespace kg::app
