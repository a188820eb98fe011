// The 2D camera: world (layout) coordinates to framebuffer pixels, zoom about a point,
// fit to bounds, and smooth animated moves. Screen y grows downwards, like world y.
#pragma once

#include "common/vec2.hpp"

#include <span>

namespace kg {

// An axis-aligned box; empty when min > max.
struct Bounds {
    Vec2 min{1.0f, 1.0f};
    Vec2 max{-1.0f, -1.0f};

    bool empty() const { return min.x > max.x || min.y > max.y; }
    void add(Vec2 p, float pad = 0.0f);
    Vec2 center() const { return (min + max) * 0.5f; }
    Vec2 size() const { return empty() ? Vec2{} : max - min; }
    bool contains(Vec2 p) const {
        return p.x >= min.x && p.x <= max.x && p.y >= min.y && p.y <= max.y;
    }
};

// Bounds of points; empty for no points.
Bounds bounds_of(std::span<const Vec2> points);

struct Camera {
    Vec2 center;         // world point at the middle of the viewport
    float zoom = 1.0f;   // framebuffer pixels per world unit
    Vec2 viewport{1, 1}; // framebuffer size in pixels

    static constexpr float kMinZoom = 1e-4f;
    static constexpr float kMaxZoom = 1e4f;

    Vec2 world_to_screen(Vec2 w) const { return (w - center) * zoom + viewport * 0.5f; }
    Vec2 screen_to_world(Vec2 s) const { return (s - viewport * 0.5f) * (1.0f / zoom) + center; }
    // Moves the view by a screen-space drag (the world point under the cursor follows it).
    void pan_pixels(Vec2 delta);
    // Multiplies the zoom by `factor`, keeping the world point under `screen` fixed.
    void zoom_at(Vec2 screen, float factor);
    // The world box the viewport shows.
    Bounds visible_world() const;

    friend bool operator==(const Camera&, const Camera&) = default;
};

// The camera that shows `bounds` whole in `viewport` with `margin_px` left free on each side.
// Empty bounds give a camera centred on the origin at zoom 1.
Camera fit_camera(const Bounds& bounds, Vec2 viewport, float margin_px);

// Like fit_camera, but the bounds fill the sub-rectangle [free_min, free_max] of the viewport
// (room left for a legend or a title).
Camera fit_camera_in(const Bounds& bounds, Vec2 viewport, Vec2 free_min, Vec2 free_max);

// Fits the bounds to the canvas a user sees: the viewport less `covered_left` pixels on the left
// (a side panel) and `covered_right` on the right (the reader), with `margin_px` all round for
// labels.
Camera fit_visible_canvas(const Bounds& bounds, Vec2 viewport, float covered_left, float margin_px,
                          float covered_right = 0.0f);

// A smooth move between two cameras: centre eased linearly in screen terms, zoom in log space.
struct CameraAnimation {
    Camera from;
    Camera to;
    double start = 0.0;
    double duration = 0.35; // seconds

    // The camera at time `now`; `to` once finished.
    Camera at(double now) const;
    bool finished(double now) const { return now >= start + duration; }
};

} // namespace kg
