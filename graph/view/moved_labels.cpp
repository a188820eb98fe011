// Moved labels: fixed boxes taken out of the automatic placement.
#include "view/moved_labels.hpp"

#include <algorithm>

namespace kg {

std::vector<PlacedLabel> take_moved_labels(std::vector<LabelCandidate>& candidates,
                                           std::span<const EntityIndex> node_entity,
                                           const std::map<EntityIndex, Vec2>& offsets,
                                           float scale) {
    std::vector<PlacedLabel> out;
    if (offsets.empty()) return out;
    auto moved = [&](const LabelCandidate& c) {
        if (c.node >= node_entity.size()) return false;
        const auto it = offsets.find(node_entity[c.node]);
        if (it == offsets.end()) return false;
        const Vec2 size = c.sizes[std::size_t(LabelForm::Name)];
        if (size.x > 0 && size.y > 0)
            out.push_back({c.node,
                           {c.anchor.x + it->second.x * scale, c.anchor.y + it->second.y * scale},
                           size,
                           LabelForm::Name});
        return true;
    };
    std::erase_if(candidates, moved);
    return out;
}

} // namespace kg
