// Everything the user sees or saves: camera, style, selection, focus, pins, panel toggles.
// A saved view is a projection of it. What the filters leave visible is not here: it is the
// filter result (ExploreData::filter), computed from `filter` and the review states.
#pragma once

#include "common/vec2.hpp"
#include "filter/filter.hpp"
#include "filter/filter_spec.hpp"
#include "model/corpus.hpp"
#include "session/export_settings.hpp"
#include "view/camera.hpp"
#include "view/render_scene.hpp"

#include <cstdint>
#include <string>

#include <map>
#include <optional>
#include <set>
#include <vector>

namespace kg::app {

struct Selection {
    std::vector<EntityIndex> nodes; // sorted, unique
    std::optional<std::uint32_t> link;
    bool empty() const { return nodes.empty() && !link; }
};

// The document reader: which document, and the passage it opened at (marked and scrolled to).
struct ReaderTarget {
    DocIndex doc = 0;
    std::optional<Span> passage;
    bool scroll_pending = true; // scroll to the passage on the next frame
};

// A briefing callout on the canvas: text in a small box, `offset` canvas pixels (window units)
// from its entity's node, or from the world point `at` when it has no entity.
struct Callout {
    std::optional<EntityIndex> entity;
    Vec2 at;
    Vec2 offset;
    std::string text;
    bool operator==(const Callout&) const = default;
};

// The side panel's width range (window units): wide enough for its buttons, never the whole window.
constexpr float kSidePanelDefaultWidth = 300.0f;
constexpr float kSidePanelMinWidth = 220.0f;
constexpr float kSidePanelMaxWidth = 900.0f;

// The reader pane's width range (window units), at the right of the canvas.
constexpr float kReaderDefaultWidth = 520.0f;
constexpr float kReaderMinWidth = 260.0f;
constexpr float kReaderMaxWidth = 1200.0f;

struct UiState {
    Camera camera;
    SceneStyle style;
    Selection selection;
    std::optional<EntityIndex> focus;      // double-clicked entity: its neighbourhood is lit
    std::map<EntityIndex, Vec2> pinned;    // entities the user dragged: fixed world positions
    std::vector<EntityIndex> new_entities; // sorted: from the last added articles, ringed until
                                           // the next correction or save
    bool show_labels = true;
    bool show_side_panel = true; // F9, View > Side panel: hidden = full-screen canvas
    float side_panel_width = kSidePanelDefaultWidth; // window units; dragged at its right edge
    bool show_legend = true;
    // Exploration: filters, search, reader, paths.
    FilterSpec filter;                  // what the canvas shows
    std::string search_text;            // the search box
    bool search_passages = false;       // search mode: passages instead of names
    bool search_focus = false;          // Ctrl+F: the search box takes the keyboard next frame
    std::optional<ReaderTarget> reader; // the open document, if any: a pane right of the canvas
    float reader_width = kReaderDefaultWidth;      // window units; dragged at its left edge
    bool show_shortcuts = false;                   // Help > Shortcuts
    std::optional<EntityIndex> path_from, path_to; // the Paths panel's two ends
    std::string path_from_query, path_to_query;    // what the analyst typed to find them
    std::vector<std::uint32_t> path_links;         // the path lit on the canvas (links, in order)
    bool expand_all_panels = false;                // open every side panel section (smoke tests)
    // Files and views.
    bool show_open_dialog = false; // File > Open / Add articles
    bool show_save_view = false;   // Ctrl+S: the view name prompt
    // Export: the export dialog (Ctrl+E), its settings and the last export's outcome.
    bool show_export_dialog = false;
    ExportSettings export_settings;
    std::string export_message; // "wrote brief.png (...)" or the error
    // Briefing annotations, saved in views and the session and drawn in exports.
    std::vector<Callout> callouts;
    std::map<EntityIndex, Vec2>
        label_offsets; // moved labels: box top-left less node centre (window units)
    std::set<EntityIndex> labels_pinned; // "Always label": drawn past the budget and overlaps
    std::optional<std::size_t> editing_callout; // the callout whose text the note editor shows
};

// The scene marks (selection, focus, pins) that UiState implies for `entity_count` entities,
// with the visibility of `filter` (null: everything visible).
SceneMarks scene_marks(const UiState& ui, const FilterResult* filter, std::size_t entity_count);

} // namespace kg::app
