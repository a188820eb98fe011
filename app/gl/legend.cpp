// The canvas legend: the rows of the figures' legend (legend_rows), drawn with ImGui. Shapes mirror
// node.frag's shapes at a fixed size.
#include "gl/legend.hpp"

#include "export/figure_frame.hpp"
#include "view/node_shape.hpp"

#include <algorithm>
#include <string>
#include <vector>

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

ImVec2 legend_size(const ImFont& font, ColorMode mode) {
    (void)font;
    const std::size_t rows = legend_rows(theme(ThemeId::Light), mode, {}).size();
    return {210.0f, kPad * 2 + kRow * float(rows)};
}

void draw_legend(ImDrawList& l, ImVec2 pos, const Theme& t, ColorMode mode, ImFont& font) {
    // The rows a figure's legend has when it lists everything (export/figure_frame), so the
    // canvas and the figures explain the same marks in the same words.
    const std::vector<LegendRow> rows = legend_rows(t, mode, {});
    const ImVec2 size{210.0f, kPad * 2 + kRow * float(rows.size())};
    l.AddRectFilled(pos, {pos.x + size.x, pos.y + size.y}, to_imgui(t.background, 0.92f), 6.0f);
    l.AddRect(pos, {pos.x + size.x, pos.y + size.y}, to_imgui(mix(t.background, t.text, 0.25f)),
              6.0f);
    const ImU32 text = to_imgui(t.text), muted = to_imgui(mix(t.text, t.background, 0.35f));
    const ImU32 bg = to_imgui(t.background);
    const float fs = font.FontSize;
    float y = pos.y + kPad;
    for (const LegendRow& r : rows) {
        const float x0 = pos.x + kPad, yc = y + kRow * 0.5f;
        switch (r.kind) {
        case LegendRow::Kind::Heading:
        case LegendRow::Kind::Note:
            l.AddText(&font, fs, {x0, y + 2}, muted, r.label.c_str());
            y += kRow;
            continue;
        case LegendRow::Kind::Shape:
            draw_legend_shape(l, r.shape, {x0 + kSwatch * 0.5f, yc}, 6.5f, to_imgui(r.color), bg);
            break;
        case LegendRow::Kind::Line:
            l.AddLine({x0, yc}, {x0 + kSwatch, yc}, to_imgui(r.color), 3.0f);
            break;
        case LegendRow::Kind::Dashed:
            // Dashes mean "one source only": the evidence strength cue.
            for (float x = 0; x < kSwatch; x += 10.0f)
                l.AddLine({x0 + x, yc}, {x0 + std::min(x + 6.0f, kSwatch), yc}, to_imgui(r.color),
                          2.0f);
            break;
        }
        l.AddText(&font, fs, {x0 + kSwatch + 6, y + 2}, text, r.label.c_str());
        y += kRow;
    }
}

} // namespace kg::app
