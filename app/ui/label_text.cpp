// Glyph runs from ImFont metrics: the same advance and kerning-free layout ImGui uses, so a
// measured box and the drawn text agree.
#include "ui/label_text.hpp"

#include <imgui_internal.h>

#include <cmath>

namespace kg::app {

std::vector<Vec2> measure_labels(const ImFont& font, const Corpus& corpus, float scale) {
    std::vector<Vec2> sizes;
    sizes.reserve(corpus.entities.size());
    for (const Entity& e : corpus.entities) {
        const char* begin = e.name.data();
        const ImVec2 s = font.CalcTextSizeA(font.FontSize, 1e9f, 0.0f, begin, begin + e.name.size());
        sizes.push_back({std::ceil(s.x * scale), std::ceil(s.y * scale)});
    }
    return sizes;
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
            out.push_back({x + g->X0 * scale, y + g->Y0 * scale, x + g->X1 * scale, y + g->Y1 * scale,
                           g->U0, g->V0, g->U1, g->V1});
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
        quads.push_back({l.pos.x - 2, l.pos.y, l.pos.x + l.size.x + 2, l.pos.y + l.size.y, -1, -1, -1, -1});
        append_glyphs(font, scale, corpus.entities[scene_entity[l.node]].name, l.pos, quads);
    }
    return quads;
}

} // namespace kg::app
