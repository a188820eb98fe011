// The app's side of saved views: UiState -> SavedView (by entity id) and back.
#pragma once

#include "explore/saved_view.hpp"
#include "session/ui_state.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace kg::app {

// What the user sees now, as a view named `name`, with the places in `positions` of the entities
// `shown` marks (per entity; empty = all).
SavedView saved_view_of(const UiState& ui, const Corpus& corpus, std::string name,
                        std::span<const Vec2> positions, std::span<const std::uint8_t> shown = {});

// The analyst's callouts, moved labels and pinned labels by entity id, as views and exports
// keep them (sorted by id).
std::vector<ViewNote> view_notes(const UiState& ui, const Corpus& corpus);
std::vector<std::pair<std::string, Vec2>> view_label_offsets(const UiState& ui,
                                                             const Corpus& corpus);
std::vector<std::string> view_labels_pinned(const UiState& ui, const Corpus& corpus);

// `positions` for `corpus` taken from the view: the saved place of each entity it has, no
// position (NaN) for the others.
std::vector<Vec2> positions_from_view(const SavedView& view, const Corpus& corpus);

// Applies `view` to `ui` (filters, camera centre and zoom, pins, selection, theme, colouring,
// callouts, moved and pinned labels);
// pinned entities and those with a saved position move in `positions`. Ids the corpus lacks are
// skipped: call drop_missing_ids first to report them. Transient state (reader, search, hover)
// is kept.
void apply_saved_view(const SavedView& view, const Corpus& corpus, UiState& ui,
                      std::vector<Vec2>& positions);

} // namespace kg::app
