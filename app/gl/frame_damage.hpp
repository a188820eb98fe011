// What changed on screen since the last presented frame, as a few framebuffer rectangles: the
// hover overlay's old and new extents and the ImGui triangles that differ from the last frame's
// (a composite frame then copies the layer, draws the overlay and ImGui only inside them).
#pragma once

#include "view/camera.hpp"
#include "view/render_scene.hpp"

#include <imgui.h>

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kg::app {

// A framebuffer rectangle [x0, x1) x [y0, y1), pixels, y down (screen order).
struct PixelRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
    long long area() const { return empty() ? 0 : (long long)(x1 - x0) * (y1 - y0); }
    bool operator==(const PixelRect&) const = default;
};

PixelRect unite(const PixelRect& a, const PixelRect& b);
PixelRect intersect(const PixelRect& a, const PixelRect& b);

// A set of damaged rectangles inside a width x height framebuffer; overlapping or nearby ones
// merge, and past kMaxRects the region becomes their bounding box.
class DamageRegion {
  public:
    static constexpr std::size_t kMaxRects = 6;

    void reset(int width, int height);
    void add(PixelRect r); // clipped to the framebuffer
    void add_all() { full_ = true; }
    bool full() const { return full_; }
    bool empty() const { return !full_ && rects_.empty(); }
    // The rectangles to repaint: the whole framebuffer when full(); disjoint otherwise.
    std::vector<PixelRect> rects() const;
    long long area() const;

  private:
    int width_ = 0, height_ = 0;
    bool full_ = false;
    std::vector<PixelRect> rects_;
};

// Screen extent of the overlay's instances under `camera` (generous: whole pixels, rings,
// outlines and anti-aliasing included); nullopt when the overlay is empty.
std::optional<PixelRect> overlay_screen_rect(const RenderScene& overlay, const Camera& camera);

// Remembers the previous frame's ImGui triangles, list by list, and reports where this frame's
// differ: per draw list (matched by owner window), the span between the longest common prefix
// and the longest common suffix of triangles, old and new, each clipped by its command's clip
// rectangle. A list that appears, disappears or changes place in the draw order is damaged
// whole.
class ImGuiDamage {
  public:
    // Adds to `damage` what changed between the last diffed frame and `data`, then keeps `data`
    // as the last frame. Unsupported content (draw callbacks) damages everything.
    void diff(const ImDrawData& data, DamageRegion& damage);

    // One triangle as drawn: its vertices, clip rectangle and texture.
    struct Tri {
        ImDrawVert v[3];
        ImVec4 clip;
        ImTextureID texture;
    };

  private:
    struct List {
        std::string owner;
        std::vector<Tri> tris;
    };
    std::vector<List> lists_, scratch_;
};

// Renders ImGui's draw data (the backend's own GL state) clipped to `rect` (framebuffer pixels):
// only lists and commands that reach it are drawn.
void render_imgui_in(ImDrawData& data, const PixelRect& rect);
// Renders all of it (a full frame).
void render_imgui(ImDrawData& data);

// True when the draw data's framebuffer scale lets a pixel rectangle round-trip exactly through
// the ImGui backend's scissor maths (1 or 2), so a clipped redraw equals a full one.
bool imgui_clip_exact(const ImDrawData& data);

} // namespace kg::app
