// Scene rebuild, label placement, point queries.
#include "session/scene_view.hpp"

#include "view/moved_labels.hpp"

namespace kg::app {

void SceneView::rebuild(const Corpus& corpus, std::span<const Vec2> positions, const UiState& ui,
                        const FilterResult* filter) {
    scene_ = build_render_scene(corpus, positions, ui.style,
                                scene_marks(ui, filter, corpus.entities.size()));
    // The index points into scene_, so it is rebuilt whenever scene_ is replaced.
    index_ = std::make_unique<SpatialIndex>(scene_);
}

void SceneView::place(const Camera& camera, std::span<const LabelBoxes> label_sizes,
                      bool show_labels, float covered_left, float covered_right,
                      const std::map<EntityIndex, Vec2>& moved, float pixel_ratio,
                      std::span<const ScreenBox> keep_clear) {
    labels_.clear();
    if (!show_labels) return;
    LabelOptions options;
    options.viewport = camera.viewport;
    options.left = covered_left;
    options.right = covered_right;
    // Nodes drawn smaller than that stay coverable: at a zoomed-out 100k-node view they would
    // leave no room for any label, and a label over a dot hides little.
    std::vector<ScreenBox> obstacles = node_obstacles(scene_, camera, 2.0f);
    obstacles.insert(obstacles.end(), keep_clear.begin(), keep_clear.end());
    std::vector<LabelCandidate> candidates =
        label_candidates(scene_, camera, label_sizes, -1, options);
    labels_ = take_moved_labels(candidates, scene_.node_entity, moved, pixel_ratio);
    for (const PlacedLabel& l : labels_)
        obstacles.push_back({l.pos.x, l.pos.y, l.pos.x + l.size.x, l.pos.y + l.size.y});
    for (const PlacedLabel& l : place_labels(std::move(candidates), options, obstacles))
        labels_.push_back(l);
}

} // namespace kg::app
