// Label text through the ImGui font: box sizes for placement, and glyph quads for drawing.
#pragma once

#include "gl/label_renderer.hpp"

#include "common/vec2.hpp"
#include "model/corpus.hpp"
#include "view/label_placement.hpp"

#include <imgui.h>

#include <span>
#include <vector>

namespace kg::app {

// The box of every form of each entity's label (view/label_forms.hpp) in `font` scaled by `scale`
// (framebuffer pixels per point).
std::vector<LabelBoxes> measure_labels(const ImFont& font, const Corpus& corpus, float scale);

// Glyph quads for the placed labels, in the form each was placed in (two-line forms centred line
// by line in their box). `scene_entity` maps node instance -> entity.
std::vector<GlyphQuad> layout_label_glyphs(const ImFont& font, float scale, const Corpus& corpus,
                                           std::span<const EntityIndex> scene_entity,
                                           std::span<const PlacedLabel> labels);

// Appends the glyphs of `text` with its top-left at `pos` (framebuffer pixels).
void append_glyphs(const ImFont& font, float scale, std::string_view text, Vec2 pos,
                   std::vector<GlyphQuad>& out);

} // namespace kg::app
