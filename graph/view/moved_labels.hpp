// Labels the analyst dragged to a better place: they stay where they were put, at an offset from
// their node, and the automatic placement works round them. The canvas and the figures both
// take them out of the candidates here, so a moved label is where the analyst left it in each.
#pragma once

#include "view/label_placement.hpp"

#include <map>
#include <span>
#include <vector>

namespace kg {

// Removes from `candidates` the nodes whose entity (`node_entity`, per node) has an entry in
// `offsets` (the label box's top-left less the node's centre, in canvas pixels) and returns
// their labels, in one-line form, at anchor + offset * `scale` (pixels per canvas pixel).
std::vector<PlacedLabel> take_moved_labels(std::vector<LabelCandidate>& candidates,
                                           std::span<const EntityIndex> node_entity,
                                           const std::map<EntityIndex, Vec2>& offsets, float scale);

} // namespace kg
