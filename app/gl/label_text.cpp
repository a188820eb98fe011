// Glyph runs from ImFont metrics: the same advance and kerning-free layout ImGui uses, so a
// measured box and the drawn text agree.
#include "gl/label_text.hpp"

#include <imgui_internal.h>

#include <cmath>

namespace kg::app {

namespace {

Vec2 line_size(const ImFont& font, float scale, std::string_view line) {
    const ImVec2 s =
        font.CalcTextSizeA(font.FontSize, 1e9f, 0.0f, line.data(), line.data() + line.size());
    return {std::ceil(s.x * scale), std::ceil(s.y * scale)};
}

} // namespace

std::vector<LabelBoxes> measure_labels(const ImFont& font, const Corpus& corpus, float scale) {
    return label_boxes(corpus, [&](std::string_view line) { return line_size(font, scale, line); });
}

void append_glyphs(const ImFont& font, float scale, std::string_view text, Vec2 pos,
                   std::vector<GlyphQuad>& out) {
    // Whole-pixel origin: the atlas is baked without oversampling.
    float x = std::round(pos.x);
    const float y = std::round(pos.y);
    const char* s = text.data();
    const char* end = s + text.size();
    while (s < end) {
        unsigned int c = 0;
        const int n = ImTextCharFromUtf8(&c, s, end);
        if (n <= 0) break;
        s += n;
        const ImFontGlyph* g = font.FindGlyph(ImWchar(c));
        if (!g) continue;
        if (g->Visible)
            out.push_back({x + g->X0 * scale, y + g->Y0 * scale, x + g->X1 * scale,
                           y + g->Y1 * scale, g->U0, g->V0, g->U1, g->V1});
        x += g->AdvanceX * scale;
    }
}

std::vector<GlyphQuad> layout_label_glyphs(const ImFont& font, float scale, const Corpus& corpus,
                                           std::span<const EntityIndex> scene_entity,
                                           std::span<const PlacedLabel> labels) {
    std::vector<GlyphQuad> quads;
    for (const PlacedLabel& l : labels) {
        if (l.node >= scene_entity.size()) continue;
        // The backing plate first (u0 < 0 marks it for the shader), then the glyphs.
        quads.push_back(
            {l.pos.x - 2, l.pos.y, l.pos.x + l.size.x + 2, l.pos.y + l.size.y, -1, -1, -1, -1});
        const LabelLines lines = drawn_label_lines(corpus.entities[scene_entity[l.node]], l.form);
        if (lines.second.empty()) {
            append_glyphs(font, scale, lines.first, l.pos, quads);
            continue;
        }
        const Vec2 first = line_size(font, scale, lines.first),
                   second = line_size(font, scale, lines.second);
        append_glyphs(font, scale, lines.first, {l.pos.x + (l.size.x - first.x) * 0.5f, l.pos.y},
                      quads);
        append_glyphs(font, scale, lines.second,
                      {l.pos.x + (l.size.x - second.x) * 0.5f, l.pos.y + first.y}, quads);
    }
    return quads;
}

} // namespace kg::app
