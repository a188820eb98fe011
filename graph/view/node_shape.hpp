// Node shapes by entity type and their signed distance functions. The fragment shader
// (assets/shaders/node.frag) implements the same functions, so CPU picking and pixels agree.
#pragma once

#include "common/vec2.hpp"
#include "model/taxonomy.hpp"

#include <cstdint>

namespace kg {

enum class NodeShape : std::uint8_t { Circle, RoundedSquare, Diamond, Hexagon, Ring };
inline constexpr std::size_t kNodeShapeCount = 5;

// country circle, organization rounded square, issue diamond, leader hexagon, person ring.
NodeShape shape_for(EntityType type);

// Signed distance (negative inside) from `p`, relative to the node centre, to the filled
// outline of a shape of radius `r`. A ring counts as filled: its inside is tinted and clickable.
float shape_distance(NodeShape shape, Vec2 p, float r);

// Nodes never shrink below this many pixels of radius, so a zoomed-out graph stays visible.
inline constexpr float kMinNodeRadiusPx = 2.5f;

// The world radius a node is drawn with at this zoom (pixels per world unit).
float drawn_radius(float world_radius, float zoom);

} // namespace kg
