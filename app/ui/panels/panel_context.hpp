// What every panel may read. Panels never mutate the model: they record actions.
#pragma once

#include "common/diagnostics.hpp"
#include "model/corpus.hpp"
#include "ui/actions.hpp"
#include "ui/ui_state.hpp"
#include "ui/panels/explore_data.hpp"

#include <cstdint>
#include <string_view>

namespace kg::app {

// Numbers about the last frames, shown in the overview and read by tests and benchmarks.
struct FrameStats {
    double frame_ms = 0.0;         // CPU time of the last rendered frame
    double scene_ms = 0.0;         // time of the last scene-layer re-render
    std::uint64_t frames = 0;      // frames rendered since start
    std::uint64_t scene_renders = 0;
    std::size_t labels = 0;        // labels placed in the current view
    bool thin_lines = false;       // link level of detail in use
};

struct PanelContext {
    const Corpus& corpus;
    const FrameStats& stats;
    const Diagnostics& diagnostics;
    std::string_view status; // "Loading...", "Laying out...", or empty
    const ExploreData* explore = nullptr; // graph, filter masks, facets, search (null: none yet)
};

// Every panel has this shape (style.md): read the context, read UiState, record actions.
using PanelFn = void (*)(const PanelContext&, const UiState&, ActionQueue&);

void draw_overview_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);
void draw_view_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);
void draw_legend_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);
void draw_diagnostics_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);
void draw_selection_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);
void draw_search_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);
void draw_filter_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);
void draw_inspector_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);
void draw_entity_table_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);
void draw_paths_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);
// Floating windows (not side panel sections), drawn by the App each frame.
void draw_reader_window(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);
void draw_shortcuts_window(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);

} // namespace kg::app
