// The canvas legend: node types (shape and colour, or region colours) and link kinds (colour, and
// the dash that marks single-source links), the rows the figures' legend lists (legend_rows in
// export/figure_frame), drawn with ImGui primitives into any draw list.
#pragma once

#include "view/node_shape.hpp"
#include "view/render_scene.hpp"
#include "view/theme.hpp"

#include <imgui.h>

namespace kg::app {

// One node-shape swatch centred at `c` with radius `r` (`bg` fills a ring's hole).
void draw_legend_shape(ImDrawList& list, NodeShape shape, ImVec2 c, float r, ImU32 fill, ImU32 bg);

// Size the legend will take with `font`.
ImVec2 legend_size(const ImFont& font, ColorMode mode);
// Draws the legend box with its top-left at `pos`.
void draw_legend(ImDrawList& list, ImVec2 pos, const Theme& theme, ColorMode mode, ImFont& font);

} // namespace kg::app
