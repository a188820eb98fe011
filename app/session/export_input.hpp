// The graph a figure shows and how it looks (ExportInput: the core's FigureOptions), from the
// app's state or from a saved view. `kgviz snapshot` and the export dialog build the same
// input, so the same view gives the same figure. No GL: drawing is gl/figure_renderer.
#pragma once

#include "export/figure.hpp"
#include "export/view_figure.hpp"
#include "session/export_settings.hpp"
#include "session/ui_state.hpp"
#include "view/figure_size.hpp"

#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace kg::app {

struct ExploreData;

// The graph an export shows: the visible part of the corpus, re-indexed, with positions.
struct ExportInput {
    CorpusSubset subset;
    FigureOptions options;
};

// The app's current view: filters (explore's masks), pins, style, camera, with the dialog's
// settings (size, theme, title, scales). With "keep the current view" the figure is the canvas
// the analyst sees, between the `covered_left_px` the side panel covers and the
// `covered_right_px` the reader covers, and holds only the entities inside it (and the links
// between them), so its counts and sources are the figure's.
ExportInput export_input_from_ui(const Corpus& corpus, std::span<const Vec2> positions,
                                 const UiState& ui, const ExploreData* explore,
                                 const ExportSettings& settings, float covered_left_px = 0.0f,
                                 float covered_right_px = 0.0f);

// A saved view applied by `kgviz snapshot --view` (or the whole corpus when `viewed` is none).
// The view's subset is moved into the export input, not copied (its entities carry every
// mention: tens of MB for a big corpus's most prominent ones).
ExportInput export_input_from_view(const Corpus& corpus, std::span<const Vec2> positions,
                                   std::optional<ViewedFigure> viewed, FigureOptions options);

} // namespace kg::app
