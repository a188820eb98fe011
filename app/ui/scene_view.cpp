// Scene rebuild, label placement, point queries.
#include "ui/scene_view.hpp"

namespace kg::app {

void SceneView::rebuild(const Corpus& corpus, std::span<const Vec2> positions, const UiState& ui,
                        const FilterResult* filter) {
    scene_ = build_render_scene(corpus, positions, ui.style, scene_marks(ui, filter, corpus.entities.size()));
    // The index points into scene_, so it is rebuilt whenever scene_ is replaced.
    index_ = std::make_unique<SpatialIndex>(scene_);
}

void SceneView::place(const Camera& camera, std::span<const LabelBoxes> label_sizes, bool show_labels,
                      float covered_left, float covered_right) {
    labels_.clear();
    if (!show_labels) return;
    LabelOptions options;
    options.viewport = camera.viewport;
    options.left = covered_left;
    options.right = covered_right;
    // Nodes drawn smaller than that stay coverable: at a zoomed-out 100k-node view they would
    // leave no room for any label, and a label over a dot hides little.
    const std::vector<ScreenBox> nodes = node_obstacles(scene_, camera, 2.0f);
    labels_ = place_labels(label_candidates(scene_, camera, label_sizes, -1, options), options, nodes);
}

std::int64_t SceneView::entity_at(Vec2 screen, const Camera& camera) const {
    const HoverTarget hit = index_->pick(camera.screen_to_world(screen), camera.zoom);
    return hit.kind == HoverTarget::Kind::Node ? std::int64_t(scene_.node_entity[hit.index]) : -1;
}

} // namespace kg::app
