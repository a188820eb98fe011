// The canvas note shown while the link pixel budget hides the lightest links: the analyst
// must know the picture is thinned, by how much, and how to see everything.
#pragma once

#include "ui/panels/panel_context.hpp"

#include <string>

namespace kg::app {

// "Showing the 1,234 heaviest of 5,678 links in view. Zoom in to see all." or "" when every
// link in view is drawn.
std::string link_budget_hint(const FrameStats& stats);

// Draws the hint at the bottom left of the canvas (right of a side panel `left` units wide),
// behind ImGui's windows.
void draw_link_budget_hint(const FrameStats& stats, float left);

} // namespace kg::app
