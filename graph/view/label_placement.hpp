// Label placement in screen space: greedy by priority, eight candidate positions around each
// node, no two labels overlapping, so the user never sees a wall of text. Sizes come from the
// app (it measures with its font); this file only decides where, and which, labels go.
#pragma once

#include "common/vec2.hpp"
#include "view/box_grid.hpp"
#include "view/camera.hpp"
#include "view/label_forms.hpp"
#include "view/render_scene.hpp"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace kg {

struct LabelCandidate {
    std::uint32_t node = 0; // node instance
    Vec2 anchor;            // node centre, screen pixels
    float gap = 0.0f;       // node radius in pixels: labels sit just outside it
    LabelBoxes sizes{};     // box of each form in pixels, zero where the form does not exist
    float priority = 0.0f;  // higher places first
    bool pinned = false;    // the analyst pinned it: placed even where nothing fits
};

struct PlacedLabel {
    std::uint32_t node = 0;
    Vec2 pos; // top-left, screen pixels
    Vec2 size;
    LabelForm form = LabelForm::Name;
};

struct LabelOptions {
    Vec2 viewport{1, 1};
    float left = 0.0f;            // pixels at the left covered by a panel: no label starts there
    float right = 0.0f;           // pixels at the right covered by the reader: no label ends there
    float padding = 3.0f;         // free pixels kept around every label
    std::size_t max_labels = 600; // a hard cap: reading more than this is not possible anyway
    float min_node_px = 4.0f;     // nodes drawn smaller than this get no label (unless marked)
};

// Where a label of `size` may go beside a node drawn `gap` pixels round `anchor` (top-left
// corners): right (reads naturally), left, below, above, then the four diagonals, where a
// crowded neighbourhood often still has room.
std::array<Vec2, 8> label_spots(Vec2 anchor, float gap, Vec2 size);

// The first spot `fits` accepts, trying every spot of the name before those of its two-line and
// short forms (LabelForm order); nullopt when none fits. fits(top_left, size) -> bool.
template <class Fits>
std::optional<PlacedLabel> first_fitting_spot(const LabelCandidate& c, float gap, Fits&& fits) {
    for (std::size_t f = 0; f < kLabelForms; ++f) {
        const Vec2 size = c.sizes[f];
        if (size.x <= 0.0f || size.y <= 0.0f) continue;
        for (Vec2 p : label_spots(c.anchor, gap, size))
            if (fits(p, size)) return PlacedLabel{c.node, p, size, LabelForm(f)};
    }
    return std::nullopt;
}

// A further test of a spot (candidate, box): a figure refuses spots nearer another node.
using LabelSpotFilter = std::function<bool(const LabelCandidate&, const ScreenBox&)>;

// Places labels; the result never has two overlapping boxes (padding included), no box over any
// of `obstacles` (nodes, a figure's legend), every box lies inside the viewport, right of
// `left`, and `accept` (when set) took every box. Deterministic: ties in priority go to the
// lower node index. The exception is a pinned candidate: it is placed past `max_labels`, and
// where no spot fits, at its first spot (clamped into the viewport) over whatever is there,
// because the analyst asked to read that name.
std::vector<PlacedLabel> place_labels(std::vector<LabelCandidate> candidates,
                                      const LabelOptions& options,
                                      std::span<const ScreenBox> obstacles = {},
                                      const LabelSpotFilter& accept = {});

// The screen boxes round the nodes of `scene` that `camera` draws at least `min_radius_px` in
// radius (diamonds and hexagons reach 1.1 r), for place_labels: labels then never hide a node.
std::vector<ScreenBox> node_obstacles(const RenderScene& scene, const Camera& camera,
                                      float min_radius_px = 0.0f);

// Candidates for the nodes of `scene` seen through `camera`. `label_sizes` is per entity.
// Priority: pinned labels (kNodeLabelPinned), selected, then `hovered` (an entity, or -1), then
// node size; dimmed nodes get none, nodes drawn smaller than options.min_node_px get none, so
// labels appear as the user zooms in; a pinned label is a candidate wherever its node is seen.
std::vector<LabelCandidate> label_candidates(const RenderScene& scene, const Camera& camera,
                                             std::span<const LabelBoxes> label_sizes,
                                             std::int64_t hovered_entity,
                                             const LabelOptions& options);

} // namespace kg
