// Mouse and keyboard on the graph canvas -> actions. Pan by dragging empty space, zoom with the
// wheel around the cursor, click to select, shift-drag to box select, drag a node to move and pin
// it, double click to focus a neighbourhood, F to fit, Esc to clear.
#pragma once

#include "ui/actions.hpp"
#include "ui/scene_view.hpp"
#include "ui/ui_state.hpp"

#include <optional>

namespace kg::app {

// What a press started; lives across frames until the button is released.
struct CanvasDrag {
    enum class Kind : std::uint8_t { None, Pan, Node, Box } kind = Kind::None;
    Vec2 press_px;          // framebuffer pixels
    Vec2 last_px;
    Vec2 grab_offset;       // node centre - pointer, world (so the node does not jump)
    EntityIndex entity = 0; // the dragged node
    HoverTarget pressed;    // what was under the pointer at press
    bool moved = false;     // beyond the click threshold
};

struct CanvasInput {
    CanvasDrag drag;
    HoverTarget hover; // what the pointer is over now (instance in the scene)
    bool escape_taken = false; // this frame's Esc closed a menu or window: it clears nothing
};

// Reads ImGui's io (only when ImGui does not want the mouse/keyboard), updates `input` and
// records actions. `pixel_ratio` converts ImGui's window coordinates into framebuffer pixels.
void handle_canvas_input(CanvasInput& input, const SceneView& view, const UiState& ui,
                         float pixel_ratio, ActionQueue& actions);

// The box-select rectangle in window coordinates, if one is being dragged.
std::optional<std::pair<Vec2, Vec2>> box_select_rect(const CanvasInput& input, float pixel_ratio);

} // namespace kg::app
