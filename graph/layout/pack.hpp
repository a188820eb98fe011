// Packs the drawings of disconnected components side by side with little wasted space.
#pragma once

#include "common/vec2.hpp"

#include <vector>

namespace kg::layout_detail {

// An axis-aligned box in world units.
struct Box {
    Vec2 min;
    Vec2 max;
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
};

// Returns the translation of each box so that none overlap (at least `gap` apart) and the
// whole is close to square: shelf packing, tallest first, shelves as wide as sqrt(total area).
// When one box holds at least half the area, the others stand in columns to its right,
// top-aligned, no taller than it.
std::vector<Vec2> pack_boxes(const std::vector<Box>& boxes, float gap);

} // namespace kg::layout_detail
