// The one place where recorded actions change UiState and the positions.
#pragma once

#include "session/actions.hpp"
#include "session/ui_state.hpp"

#include <optional>
#include <span>

namespace kg::app {

// What the applied actions changed, so the frame rebuilds only that.
struct Changes {
    bool scene = false;               // instance arrays must be rebuilt (style, marks, positions)
    bool view = false;                // the cached layer must be re-rendered (camera moved)
    std::optional<Camera> animate_to; // start a smooth camera move to this
};

struct ApplyContext {
    const Corpus& corpus;
    std::span<Vec2> positions; // per entity; MoveNode writes here
    Bounds scene_bounds;       // for FitView
    float fit_margin_px = 40.0f;
    float covered_left_px = 0.0f;  // the side panel's width: FitView fits the canvas right of it
    float covered_right_px = 0.0f; // the reader pane's width: and left of it
};

Changes apply_actions(std::vector<Action> actions, UiState& ui, ApplyContext& ctx);

} // namespace kg::app
