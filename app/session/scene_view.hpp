// The CPU side of the canvas: the built scene, its picking index and the placed labels.
// Plain data from the core; rebuilt only when UiState or positions change.
#pragma once

#include "session/ui_state.hpp"

#include "view/hit_test.hpp"
#include "view/label_placement.hpp"
#include "view/render_scene.hpp"

#include <map>
#include <memory>
#include <span>
#include <vector>

namespace kg::app {

class SceneView {
  public:
    // Rebuilds the instance arrays and the picking index.
    void rebuild(const Corpus& corpus, std::span<const Vec2> positions, const UiState& ui,
                 const FilterResult* filter);
    // Re-places labels for `camera` (none when labels are hidden). Labels in `moved` (entity ->
    // box top-left less node centre, window units; `pixel_ratio` framebuffer pixels each) stay
    // where the analyst put them; the rest are placed round them and clear of `keep_clear`
    // (the callouts' boxes, framebuffer pixels).
    void place(const Camera& camera, std::span<const LabelBoxes> label_sizes, bool show_labels,
               float covered_left = 0.0f, float covered_right = 0.0f,
               const std::map<EntityIndex, Vec2>& moved = {}, float pixel_ratio = 1.0f,
               std::span<const ScreenBox> keep_clear = {});

    const RenderScene& scene() const { return scene_; }
    const SpatialIndex& index() const { return *index_; }
    const std::vector<PlacedLabel>& labels() const { return labels_; }

  private:
    RenderScene scene_;
    std::unique_ptr<SpatialIndex> index_ = std::make_unique<SpatialIndex>();
    std::vector<PlacedLabel> labels_;
};

} // namespace kg::app
