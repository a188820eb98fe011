// Label placement for exported figures: the view's greedy eight-spot placement, but every spot
// is also checked against the drawn nodes and the frame (header, legend, footnote), so in a
// figure no label covers another label, a node, or the frame; and a label is never nearer
// another node than its own: where no spot beside its node is, it moves a little away and a
// short leader line ties it to its node.
#pragma once

#include "export/figure_frame.hpp"
#include "view/label_placement.hpp"
#include "view/theme.hpp"

#include <span>
#include <vector>

namespace kg {

// A line from a node's edge to its label's box, screen pixels.
struct LabelLeader {
    std::uint32_t label = 0; // index into FigureLabels::labels
    Vec2 from, to;
};

// How leader lines are drawn, the same in PNG and SVG: a darker line on a casing of the
// background colour, so that it reads apart from the links it crosses.
struct LeaderLook {
    Rgba line, casing;
    float width = 1, casing_width = 3;
};
LeaderLook leader_look(const Theme& theme, float label_font_px);

struct FigureLabels {
    std::vector<PlacedLabel> labels;
    std::vector<LabelLeader> leaders; // one per label set apart from its node
};

// Places `candidates` (label_candidates) for `scene` seen through `camera`. No two boxes overlap
// (padding included), no box is over any node's drawn extent or a frame element, all are inside
// the viewport; every label without a leader is nearer (box to drawn edge) its own node than any
// other node, by at least twice the padding. Deterministic. `fixed` labels (moved by the analyst)
// come first as they are; they and the `blocked` boxes (callouts) are obstacles to the rest.
FigureLabels place_figure_labels(std::vector<LabelCandidate> candidates, const RenderScene& scene,
                                 const Camera& camera, const FigureFrame& frame,
                                 const LabelOptions& options,
                                 std::span<const PlacedLabel> fixed = {},
                                 std::span<const ScreenBox> blocked_too = {});

} // namespace kg
