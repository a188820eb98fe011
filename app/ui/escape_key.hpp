// Esc closes what is on top (an open menu or popup, then a dialog, then the reader) before it
// reaches the canvas, where it clears the selection.
#pragma once

#include "session/actions.hpp"
#include "session/ui_state.hpp"

namespace kg::app {

// Call between NewFrame and the first window when Esc was pressed. Closes the topmost menu,
// popup or window and returns true; false when nothing was open (Esc is the canvas's then).
bool close_topmost_on_escape(const UiState& ui, ActionQueue& actions);

} // namespace kg::app
