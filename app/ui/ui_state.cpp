// UiState -> scene marks.
#include "ui/ui_state.hpp"

namespace kg::app {

SceneMarks scene_marks(const UiState& ui, std::size_t entity_count) {
    SceneMarks marks;
    marks.selected_nodes = ui.selection.nodes;
    marks.selected_link = ui.selection.link;
    marks.focus = ui.focus;
    if (ui.visible.size() == entity_count) marks.visible = ui.visible;
    marks.visible_links = ui.visible_links;
    if (!ui.pinned.empty()) {
        marks.pinned.assign(entity_count, 0);
        for (const auto& [e, pos] : ui.pinned)
            if (e < entity_count) marks.pinned[e] = 1;
    }
    return marks;
}

} // namespace kg::app
