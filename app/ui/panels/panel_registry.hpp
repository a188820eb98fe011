// The side panel's sections, in order. A new panel is one file plus one line in the registry.
#pragma once

#include "ui/panels/panel_context.hpp"

#include <span>

namespace kg::app {

struct PanelEntry {
    const char* title;
    PanelFn draw;
    bool open_by_default;
    std::size_t (*count)(const PanelContext&) = nullptr; // a badge in the header; growth opens it
};

std::span<const PanelEntry> panel_registry();

// The side panel's width in window units for a display `display_width` wide.
float side_panel_width(const UiState& ui, float display_width);

// The reader pane's width in window units, right of a side panel `side_width` wide.
float reader_pane_width(const UiState& ui, float display_width, float side_width);

// The docked side panel: every registered panel as a collapsible section, and its right edge
// (dragging it resizes the panel). Returns how many sections were open and drawn.
std::size_t draw_side_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions,
                            float top, float height);

} // namespace kg::app
