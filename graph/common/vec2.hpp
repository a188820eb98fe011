// A 2D point/vector in layout (world) coordinates.
#pragma once

#include <cmath>

namespace kg {

struct Vec2 {
    float x = 0.0f;
    float y = 0.0f;

    friend Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
    friend Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
    friend Vec2 operator*(Vec2 a, float s) { return {a.x * s, a.y * s}; }
    friend bool operator==(Vec2, Vec2) = default;
    float length() const { return std::sqrt(x * x + y * y); }
};

} // namespace kg
