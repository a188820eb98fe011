// Camera maths: pan, zoom about a point, fit, and the eased animation between two views.
#include "view/camera.hpp"

#include <algorithm>
#include <cmath>

namespace kg {

void Bounds::add(Vec2 p, float pad) {
    if (empty()) {
        min = {p.x - pad, p.y - pad};
        max = {p.x + pad, p.y + pad};
        return;
    }
    min = {std::min(min.x, p.x - pad), std::min(min.y, p.y - pad)};
    max = {std::max(max.x, p.x + pad), std::max(max.y, p.y + pad)};
}

Bounds bounds_of(std::span<const Vec2> points) {
    Bounds b;
    for (Vec2 p : points) b.add(p);
    return b;
}

void Camera::pan_pixels(Vec2 delta) {
    center = center - delta * (1.0f / zoom);
}

void Camera::zoom_at(Vec2 screen, float factor) {
    const Vec2 anchor = screen_to_world(screen);
    zoom = std::clamp(zoom * factor, kMinZoom, kMaxZoom);
    // Solve world_to_screen(anchor) == screen for the new centre.
    center = anchor - (screen - viewport * 0.5f) * (1.0f / zoom);
}

Bounds Camera::visible_world() const {
    Bounds b;
    b.add(screen_to_world({0, 0}));
    b.add(screen_to_world(viewport));
    return b;
}

Camera fit_camera(const Bounds& bounds, Vec2 viewport, float margin_px) {
    Camera c;
    c.viewport = viewport;
    if (bounds.empty()) return c;
    c.center = bounds.center();
    const Vec2 size = bounds.size();
    const float free_w = std::max(1.0f, viewport.x - 2 * margin_px);
    const float free_h = std::max(1.0f, viewport.y - 2 * margin_px);
    // A single point (or a line) has no extent on an axis: only the other axis constrains.
    float zoom = 1.0f;
    if (size.x > 0 && size.y > 0)
        zoom = std::min(free_w / size.x, free_h / size.y);
    else if (size.x > 0)
        zoom = free_w / size.x;
    else if (size.y > 0)
        zoom = free_h / size.y;
    c.zoom = std::clamp(zoom, Camera::kMinZoom, Camera::kMaxZoom);
    return c;
}

Camera fit_camera_in(const Bounds& bounds, Vec2 viewport, Vec2 free_min, Vec2 free_max) {
    Camera c = fit_camera(bounds, free_max - free_min, 0.0f);
    c.viewport = viewport;
    if (bounds.empty()) return c;
    // Put the bounds' centre on the free rectangle's centre.
    const Vec2 free_center = (free_min + free_max) * 0.5f;
    c.center = bounds.center() - (free_center - viewport * 0.5f) * (1.0f / c.zoom);
    return c;
}

Camera fit_visible_canvas(const Bounds& bounds, Vec2 viewport, float covered_left, float margin_px,
                          float covered_right) {
    // Panels wider than the window leave no canvas: fit the whole window rather than nothing.
    const bool room = covered_left + covered_right + 2.0f * margin_px < viewport.x;
    const float left = room ? covered_left : 0.0f;
    const float right = room ? covered_right : 0.0f;
    return fit_camera_in(bounds, viewport, {left + margin_px, margin_px},
                         {viewport.x - right - margin_px, viewport.y - margin_px});
}

Camera CameraAnimation::at(double now) const {
    if (duration <= 0.0 || finished(now)) return to;
    const double t = std::clamp((now - start) / duration, 0.0, 1.0);
    const float e = float(t * t * (3.0 - 2.0 * t)); // smoothstep: no jolt at either end
    Camera c = to;
    const float log_zoom = std::log(from.zoom) + (std::log(to.zoom) - std::log(from.zoom)) * e;
    c.zoom = std::exp(log_zoom);
    c.center = from.center + (to.center - from.center) * e;
    return c;
}

} // namespace kg
