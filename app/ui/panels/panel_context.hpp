// What every panel may read. Panels never mutate the model: they record actions.
#pragma once

#include "common/diagnostics.hpp"
#include "curation/curation_session.hpp"
#include "model/corpus.hpp"
#include "session/actions.hpp"
#include "session/explore_data.hpp"
#include "session/ui_state.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kg::app {

// Numbers about the last frames, shown in the overview and read by tests and benchmarks.
struct FrameStats {
    double frame_ms = 0.0;    // CPU time of the last rendered frame
    double scene_ms = 0.0;    // time of the last scene-layer re-render
    std::uint64_t frames = 0; // frames rendered since start
    std::uint64_t scene_renders = 0;
    std::size_t labels = 0;         // labels placed in the current view
    bool thin_lines = false;        // link level of detail in use
    std::size_t links_in_view = 0;  // links of the last complete render inside the viewport
    std::size_t links_drawn = 0;    // of those, drawn: fewer when the link pixel budget applies
    bool partial_present = false;   // frames repaint and present only their damage
    long long composited_px = 0;    // pixels the last frame repainted (all of them on a full frame)
    std::size_t damage_rects = 0;   // rectangles it repainted (1 on a full frame)
    std::size_t panel_sections = 0; // side panel sections open and drawn in the last frame
    // What the overview shows: the numbers above, refreshed at most every kReadoutPeriod_s. A
    // readout redrawn every frame would damage the side panel in every hover frame.
    struct Readout {
        double frame_ms = 0.0, scene_ms = 0.0;
        std::uint64_t frames = 0;
        double at_s = -1e9;
    } readout;
    static constexpr double kReadoutPeriod_s = 0.5;
};

// What the app knows beyond the corpus: inputs, loading progress, saved views, curation.
struct WorkspaceInfo {
    std::vector<std::filesystem::path> inputs; // what the corpus was loaded from
    float progress = -1.0f;                    // loading: 0..1; -1 when idle
    std::string progress_stage;
    std::vector<std::string> views;        // saved view names, sorted
    std::vector<std::string> recent_views; // most recent first
    std::filesystem::path views_folder;
    const CurationSession* curation = nullptr; // null until a corpus is loaded
    std::string message;                       // the last thing a command did ("Saved view ...")
};

struct PanelContext {
    const Corpus& corpus;
    const FrameStats& stats;
    const Diagnostics& diagnostics;
    std::string_view status;              // "Loading...", "Laying out...", or empty
    const ExploreData* explore = nullptr; // graph, filter masks, facets, search (null: none yet)
    const WorkspaceInfo* workspace = nullptr; // null in tests that show a bare corpus
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
// The reader: a pane at the right of the canvas, `top` down, `height` tall, with its left edge.
void draw_reader_pane(const PanelContext& ctx, const UiState& ui, ActionQueue& actions, float top,
                      float height);
// Floating windows (not side panel sections), drawn by the App each frame.
void draw_shortcuts_window(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);
void draw_open_dialog(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);
void draw_save_view_window(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);
void draw_views_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);
void draw_curation_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);
// The menu bar along the top; returns its height (window coordinates).
float draw_main_menu(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);

} // namespace kg::app
