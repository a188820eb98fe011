// Packs the drawings of disconnected components side by side with little wasted space.
#pragma once

#include "common/vec2.hpp"

#include <span>
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
// top-aligned, no taller than it. Given `points` (each box's node positions, in the order of
// `boxes`), the first column moves left into the room the dominant drawing leaves at its right
// (a round drawing leaves its corners empty): each box goes as far left as that drawing's nodes
// in its rows allow, `gap` from the nearest.
std::vector<Vec2> pack_boxes(const std::vector<Box>& boxes, float gap,
                             const std::vector<std::span<const Vec2>>& points = {});

} // namespace kg::layout_detail
