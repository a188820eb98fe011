// A pane's draggable edge: ImGui 1.86 has no docking, so the side panel and the reader each own
// a thin window over their inner edge that the analyst drags.
#pragma once

#include <optional>

namespace kg::app {

// The vertical edge at `x` (window units) from `top`, `height` tall, named `id`. Returns the
// pointer's x while the edge is dragged (the edge's new place), nullopt otherwise.
std::optional<float> draw_edge_splitter(const char* id, float x, float top, float height);

} // namespace kg::app
