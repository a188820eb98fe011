// Label placement for exported figures: the view's greedy eight-spot placement, but every spot
// is also checked against the drawn nodes and the frame (header, legend, footnote), so in a
// figure no label covers another label, a node, or the frame.
#pragma once

#include "export/figure_frame.hpp"
#include "view/label_placement.hpp"

#include <vector>

namespace kg {

// Places `candidates` (label_candidates) for `scene` seen through `camera`. The result has no
// two boxes overlapping (padding included), no box over any node's drawn extent, none over a
// frame element, and all inside the viewport. Deterministic.
std::vector<PlacedLabel> place_figure_labels(std::vector<LabelCandidate> candidates,
                                             const RenderScene& scene, const Camera& camera,
                                             const FigureFrame& frame, const LabelOptions& options);

} // namespace kg
