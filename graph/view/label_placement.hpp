// Label placement in screen space: greedy by priority, four candidate positions around each
// node, no two labels overlapping, so the user never sees a wall of text. Sizes come from the
// app (it measures with its font); this file only decides where, and which, labels go.
#pragma once

#include "common/vec2.hpp"
#include "view/camera.hpp"
#include "view/render_scene.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace kg {

struct LabelCandidate {
    std::uint32_t node = 0; // node instance
    Vec2 anchor;            // node centre, screen pixels
    float gap = 0.0f;       // node radius in pixels: labels sit just outside it
    Vec2 size;              // label box in pixels
    float priority = 0.0f;  // higher places first
};

struct PlacedLabel {
    std::uint32_t node = 0;
    Vec2 pos;  // top-left, screen pixels
    Vec2 size;
};

struct LabelOptions {
    Vec2 viewport{1, 1};
    float left = 0.0f;              // pixels at the left covered by a panel: no label starts there
    float padding = 3.0f;           // free pixels kept around every label
    std::size_t max_labels = 600;   // a hard cap: reading more than this is not possible anyway
    float min_node_px = 4.0f;       // nodes drawn smaller than this get no label (unless marked)
};

// Places labels; the result never has two overlapping boxes (padding included) and every box lies
// inside the viewport, right of `left`. Deterministic: ties in priority go to the lower node index.
std::vector<PlacedLabel> place_labels(std::vector<LabelCandidate> candidates,
                                      const LabelOptions& options);

// Candidates for the nodes of `scene` seen through `camera`. `label_sizes` is per entity.
// Priority: selected, then `hovered` (an entity, or -1), then node size; dimmed nodes get none,
// nodes drawn smaller than options.min_node_px get none, so labels appear as the user zooms in.
std::vector<LabelCandidate> label_candidates(const RenderScene& scene, const Camera& camera,
                                             std::span<const Vec2> label_sizes,
                                             std::int64_t hovered_entity,
                                             const LabelOptions& options);

} // namespace kg
