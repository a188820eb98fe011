// Everything the user sees or saves: camera, style, selection, focus, pins, panel toggles.
// Later issues add filters, search and saved views here; a saved view is a projection of it.
#pragma once

#include "common/vec2.hpp"
#include "model/corpus.hpp"
#include "view/camera.hpp"
#include "view/render_scene.hpp"

#include <map>
#include <optional>
#include <vector>

namespace kg::app {

struct Selection {
    std::vector<EntityIndex> nodes; // sorted, unique
    std::optional<std::uint32_t> link;
    bool empty() const { return nodes.empty() && !link; }
};

struct UiState {
    Camera camera;
    SceneStyle style;
    Selection selection;
    std::optional<EntityIndex> focus;          // double-clicked entity: its neighbourhood is lit
    std::map<EntityIndex, Vec2> pinned;        // entities the user dragged: fixed world positions
    bool show_labels = true;
    bool show_side_panel = true;
    bool show_legend = true;
};

// The scene marks (selection, focus, pins) that UiState implies for `entity_count` entities.
SceneMarks scene_marks(const UiState& ui, std::size_t entity_count);

} // namespace kg::app
