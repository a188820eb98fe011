// What panels and canvas input ask for. They only record actions; apply_actions() changes
// state in one place, so every change is visible, ordered and testable.
#pragma once

#include "common/vec2.hpp"
#include "curation/correction.hpp"
#include "filter/filter_spec.hpp"
#include "model/corpus.hpp"
#include "session/export_settings.hpp"
#include "session/ui_state.hpp"
#include "view/render_scene.hpp"
#include "view/theme.hpp"

#include <filesystem>
#include <optional>
#include <string>

#include <utility>
#include <variant>
#include <vector>

namespace kg::app {

struct SelectNodes {
    std::vector<EntityIndex> nodes;
    bool add = false;
}; // empty + !add = clear
struct SelectLink {
    std::uint32_t link = 0;
};
struct ClearSelection {};
struct FocusNeighbourhood {
    EntityIndex entity = 0;
};
struct ClearFocus {};
struct FitView {
    bool animate = true;
};
struct PanView {
    Vec2 delta_px;
};
struct ZoomView {
    Vec2 at_px;
    float factor = 1.0f;
};
struct MoveNode {
    EntityIndex entity = 0;
    Vec2 world;
}; // drag: moves and pins
struct UnpinAll {};
struct SetTheme {
    ThemeId theme = ThemeId::Light;
};
struct SetColorMode {
    ColorMode mode = ColorMode::ByType;
};
struct SetSizeMode {
    SizeMode mode = SizeMode::ByWeight;
};
struct SetShowLabels {
    bool show = true;
};
struct ShowSidePanel {
    bool show = true;
}; // F9, View > Side panel
struct ResizeSidePanel {
    float width = 0.0f;
}; // its right edge dragged (window units)
struct ResizeReader {
    float width = 0.0f;
}; // the reader pane's left edge dragged (window units)
// Exploration: filters, search, reader, paths.
struct SetFilter {
    FilterSpec spec;
};
struct SetSearch {
    std::string text;
    bool passages = false;
};
struct FocusSearch {
    bool on = true;
}; // Ctrl+F (on) / the box took focus (off)
struct CenterOn {
    EntityIndex entity = 0;
}; // select and centre an entity
struct OpenPassage {
    DocIndex doc = 0;
    std::optional<Span> passage;
}; // open the reader
struct CloseReader {};
struct ReaderScrolled {};
struct ShowShortcuts {
    bool show = true;
};
struct SetPathEnds {
    std::optional<EntityIndex> from, to;
}; // the Paths panel's A and B
struct SetPathQuery {
    bool to = false;
    std::string text;
}; // typing a name for A (or B)
// Lights a path on the canvas and frames it; empty = none.
struct ShowPath {
    std::vector<std::uint32_t> links;
    std::vector<EntityIndex> entities;
};
struct ShowOpenDialog {
    bool show = true;
};
struct ShowSaveView {
    bool show = true;
}; // Ctrl+S: the name prompt
// Briefing annotations: callouts (by index in UiState::callouts) and moved labels.
struct AddCallout {
    Callout callout;
}; // added, and its editor opens
struct EditCallout {
    std::optional<std::size_t> index;
}; // the note editor (nullopt: closed)
struct SetCalloutText {
    std::size_t index = 0;
    std::string text;
};
struct MoveCallout {
    std::size_t index = 0;
    Vec2 offset;
}; // window units from its anchor
struct DeleteCallout {
    std::size_t index = 0;
};
struct MoveLabel {
    EntityIndex entity = 0;
    Vec2 offset;
}; // Alt-drag: box top-left - node
struct ResetLabel {
    EntityIndex entity = 0;
}; // back to automatic placement
// "Always label": the entity's label is drawn past the label budget and the overlap rules.
struct PinLabel {
    EntityIndex entity = 0;
    bool pinned = true;
};

// Commands the App itself runs (files, loading, curation): apply_actions leaves them alone.
struct OpenPaths {
    std::vector<std::filesystem::path> paths;
    bool replace = false;
}; // else add
struct SaveView {
    std::string name;
};
struct LoadView {
    std::string name;
};
struct RenameView {
    std::string from, to;
};
struct DeleteView {
    std::string name;
};
struct ApplyCorrection {
    Correction correction;
};
struct UndoCorrection {};
struct RedoCorrection {};
// A / R on a selected link: accept or reject it, then select the next unreviewed link.
struct ReviewSelectedLink {
    bool accept = true;
};
// File > Quit, Ctrl+Q: save the session and close the window.
struct Quit {};
using AppCommand =
    std::variant<OpenPaths, SaveView, LoadView, RenameView, DeleteView, ApplyCorrection,
                 UndoCorrection, RedoCorrection, ReviewSelectedLink, Quit>;

// Export: the dialog (Ctrl+E) and the export the App runs (apply_actions ignores it).
struct ShowExportDialog {
    bool show = true;
};
struct SetExportSettings {
    ExportSettings settings;
};
struct ExportFile {
    ExportSettings settings;
};

using Action =
    std::variant<SelectNodes, SelectLink, ClearSelection, FocusNeighbourhood, ClearFocus, FitView,
                 PanView, ZoomView, MoveNode, UnpinAll, SetTheme, SetColorMode, SetSizeMode,
                 SetShowLabels, ShowSidePanel, ResizeSidePanel, ResizeReader, SetFilter, SetSearch,
                 FocusSearch, CenterOn, OpenPassage, CloseReader, ReaderScrolled, ShowShortcuts,
                 SetPathEnds, SetPathQuery, ShowPath, ShowOpenDialog, ShowSaveView, AppCommand,
                 AddCallout, EditCallout, SetCalloutText, MoveCallout, DeleteCallout, MoveLabel,
                 ResetLabel, PinLabel, ShowExportDialog, SetExportSettings, ExportFile>;

class ActionQueue {
  public:
    void push(Action a) { actions_.push_back(std::move(a)); }
    bool empty() const { return actions_.empty(); }
    // Hands over everything recorded this frame, in order.
    std::vector<Action> take() { return std::exchange(actions_, {}); }

  private:
    std::vector<Action> actions_;
};

} // namespace kg::app
