// Shape SDFs, kept line for line in step with node.frag (same constants, same order).
#include "view/node_shape.hpp"

#include <algorithm>
#include <cmath>

namespace kg {

NodeShape shape_for(EntityType type) {
    switch (type) {
    case EntityType::Country:
        return NodeShape::Circle;
    case EntityType::Organization:
        return NodeShape::RoundedSquare;
    case EntityType::Issue:
        return NodeShape::Diamond;
    case EntityType::Leader:
        return NodeShape::Hexagon;
    case EntityType::Person:
        return NodeShape::Ring;
    }
    return NodeShape::Circle;
}

float shape_distance(NodeShape shape, Vec2 p, float r) {
    switch (shape) {
    case NodeShape::RoundedSquare: {
        const float half = r * 0.86f, round = r * 0.3f;
        const float qx = std::abs(p.x) - (half - round), qy = std::abs(p.y) - (half - round);
        const float outside = std::hypot(std::max(qx, 0.0f), std::max(qy, 0.0f));
        return outside + std::min(std::max(qx, qy), 0.0f) - round;
    }
    case NodeShape::Diamond:
        return (std::abs(p.x) + std::abs(p.y) - r * 1.15f) * 0.70710678f;
    case NodeShape::Hexagon: {
        // Flat-topped-sides hexagon with inradius 0.9 r (Inigo Quilez's exact hexagon SDF).
        const float kx = -0.866025404f, ky = 0.5f, kz = 0.577350269f, h = r * 0.9f;
        float x = std::abs(p.x), y = std::abs(p.y);
        const float d = 2.0f * std::min(kx * x + ky * y, 0.0f);
        x -= d * kx;
        y -= d * ky;
        x -= std::clamp(x, -kz * h, kz * h);
        y -= h;
        return std::hypot(x, y) * (y < 0 ? -1.0f : 1.0f);
    }
    case NodeShape::Circle:
    case NodeShape::Ring:
        break;
    }
    return std::hypot(p.x, p.y) - r;
}

float drawn_radius(float world_radius, float zoom) {
    return std::max(world_radius, kMinNodeRadiusPx / std::max(zoom, 1e-9f));
}

} // namespace kg
