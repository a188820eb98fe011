// The side panel's sections, in order. A new panel is one file plus one line in the registry.
#pragma once

#include "ui/panels/panel_context.hpp"

#include <span>

namespace kg::app {

struct PanelEntry {
    const char* title;
    PanelFn draw;
    bool open_by_default;
};

std::span<const PanelEntry> panel_registry();

// The docked side panel: every registered panel as a collapsible section.
void draw_side_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions, float top, float height);

} // namespace kg::app
