// Mouse and keyboard on the graph canvas -> actions. Pan by dragging empty space, zoom with the
// wheel around the cursor, click to select, shift-drag to box select, drag a node to move and pin
// it, double click to focus a neighbourhood, F to fit, Esc to clear. Briefing annotations: a
// right click asks for the canvas menu (Add note...), dragging a callout moves it, double
// clicking it edits it, Alt-dragging a label moves the label.
#pragma once

#include "session/actions.hpp"
#include "session/scene_view.hpp"
#include "session/ui_state.hpp"
#include "view/box_grid.hpp"

#include <optional>
#include <span>
#include <vector>

namespace kg::app {

// What a press started; lives across frames until the button is released.
struct CanvasDrag {
    enum class Kind : std::uint8_t { None, Pan, Node, Box, Label, Callout } kind = Kind::None;
    Vec2 press_px; // framebuffer pixels
    Vec2 last_px;
    Vec2 grab_offset;        // node centre - pointer, world (so the node does not jump)
    EntityIndex entity = 0;  // the dragged node
    HoverTarget pressed;     // what was under the pointer at press
    bool moved = false;      // beyond the click threshold
    bool right = false;      // the right button: a click on it opens the canvas menu
    std::size_t callout = 0; // the dragged callout (UiState::callouts)
    Vec2 start_offset;       // the dragged label's or callout's offset at press (window units)
};

// A callout's box on screen this frame (window units), for hit tests.
struct CalloutHit {
    std::size_t index = 0;
    ScreenBox box{0, 0, 0, 0};
};

// What a right click on the canvas was over: the canvas menu opens for it.
struct CanvasMenuTarget {
    Vec2 world;                         // the point clicked (a callout there is pinned to it)
    std::optional<EntityIndex> entity;  // the node clicked
    std::optional<std::size_t> callout; // the callout clicked
};

struct CanvasInput {
    CanvasDrag drag;
    HoverTarget hover;                // what the pointer is over now (instance in the scene)
    bool escape_taken = false;        // this frame's Esc closed a menu or window: it clears nothing
    std::vector<CalloutHit> callouts; // set by the App before each frame's input, topmost last
    std::optional<CanvasMenuTarget> menu; // a right click asks for the canvas menu (App opens it)
    std::optional<CanvasMenuTarget> menu_for; // what the open canvas menu is about
};

// Reads ImGui's io (only when ImGui does not want the mouse/keyboard), updates `input` and
// records actions. `pixel_ratio` converts ImGui's window coordinates into framebuffer pixels.
void handle_canvas_input(CanvasInput& input, const SceneView& view, const UiState& ui,
                         float pixel_ratio, ActionQueue& actions);

// The topmost callout whose box holds `pt` (window units).
std::optional<std::size_t> callout_at(std::span<const CalloutHit> callouts, Vec2 pt);

// The box-select rectangle in window coordinates, if one is being dragged.
std::optional<std::pair<Vec2, Vec2>> box_select_rect(const CanvasInput& input, float pixel_ratio);

} // namespace kg::app
