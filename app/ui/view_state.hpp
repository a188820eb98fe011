// The app's side of saved views: UiState -> SavedView (by entity id) and back.
#pragma once

#include "explore/saved_view.hpp"
#include "ui/ui_state.hpp"

#include <string>
#include <vector>

namespace kg::app {

// What the user sees now, as a view named `name`. `positions` gives the pinned nodes' places.
SavedView saved_view_of(const UiState& ui, const Corpus& corpus, std::string name);

// Applies `view` to `ui` (filters, camera centre and zoom, pins, selection, theme, colouring);
// pinned entities move in `positions`. Ids the corpus lacks are skipped: call drop_missing_ids
// first to report them. Transient state (reader, search, hover) is kept.
void apply_saved_view(const SavedView& view, const Corpus& corpus, UiState& ui, std::vector<Vec2>& positions);

} // namespace kg::app
