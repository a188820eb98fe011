// The analyst's callouts on the canvas: laid out each frame with the figures' layout (so an
// export shows them where the canvas did), drawn under every window, and the canvas menu and
// note editor that add, edit and delete them.
#pragma once

#include "export/figure_notes.hpp"
#include "session/actions.hpp"
#include "session/ui_state.hpp"
#include "ui/canvas_input.hpp"
#include "view/render_scene.hpp"
#include "view/theme.hpp"

#include <vector>

namespace kg::app {

struct CanvasCallout {
    std::size_t index = 0; // in UiState::callouts
    NoteLayout layout;     // window units
};

// The callouts the canvas shows for `scene` (one on a hidden entity is not shown), in window
// units; `pixel_ratio` framebuffer pixels per window unit.
std::vector<CanvasCallout> layout_canvas_callouts(const UiState& ui, const RenderScene& scene,
                                                  float pixel_ratio);

// Their boxes, for the canvas's hit tests.
std::vector<CalloutHit> callout_hits(const std::vector<CanvasCallout>& callouts);

// Draws them on ImGui's background list (over the graph, under the panels).
void draw_canvas_callouts(const std::vector<CanvasCallout>& callouts, const Theme& theme);

// The canvas menu for a right click (input.menu, taken when it opens): Add note..., and on a
// callout Edit note... / Delete note, on a node with a moved label Reset label place.
void draw_canvas_menu(CanvasInput& input, const UiState& ui, ActionQueue& actions);

// The note editor for UiState::editing_callout: its text, Done, Delete.
void draw_note_editor(const UiState& ui, ActionQueue& actions);

} // namespace kg::app
