// UiState -> scene marks.
#include "session/ui_state.hpp"

namespace kg::app {

SceneMarks scene_marks(const UiState& ui, const FilterResult* filter, std::size_t entity_count) {
    SceneMarks marks;
    marks.selected_nodes = ui.selection.nodes;
    marks.selected_link = ui.selection.link;
    marks.focus = ui.focus;
    marks.path_links = ui.path_links;
    if (filter && filter->node_visible.size() == entity_count) {
        // Empty masks draw everything without a per-item test.
        if (filter->visible_nodes < entity_count) marks.visible = filter->node_visible;
        if (filter->visible_links < filter->link_visible.size())
            marks.visible_links = filter->link_visible;
        marks.link_weight = filter->link_weight;
    }
    if (!ui.new_entities.empty()) {
        marks.fresh.assign(entity_count, 0);
        for (EntityIndex e : ui.new_entities)
            if (e < entity_count) marks.fresh[e] = 1;
    }
    if (!ui.pinned.empty()) {
        marks.pinned.assign(entity_count, 0);
        for (const auto& [e, pos] : ui.pinned)
            if (e < entity_count) marks.pinned[e] = 1;
    }
    if (!ui.labels_pinned.empty()) {
        marks.labels_pinned.assign(entity_count, 0);
        for (EntityIndex e : ui.labels_pinned)
            if (e < entity_count) marks.labels_pinned[e] = 1;
    }
    return marks;
}

} // namespace kg::app
