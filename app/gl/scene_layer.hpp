// The cached scene layer: links, nodes and labels rendered into an offscreen target that a
// frame composites when only the overlay (hover, panels) changed, and that a pan scrolls instead
// of re-rendering: the target wraps around (a moving origin), so a pan draws only the strips it
// exposes, in place, and the composite's copy is the only full-screen copy.
#pragma once

#include "gl/frame_damage.hpp"
#include "gl/label_renderer.hpp"
#include "gl/render_target.hpp"
#include "gl/scene_renderer.hpp"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kg::app {

class SceneLayer {
  public:
    // Compiles the programs; nullptr and `error` on failure (main thread, context current).
    static std::unique_ptr<SceneLayer> create(std::string& error);

    // Re-uploads the instance arrays (scene changed) or the label glyphs (labels re-placed).
    void upload_scene(const RenderScene& scene);
    void upload_labels(std::span<const GlyphQuad> glyphs);
    void upload_overlay(const RenderScene& overlay) {
        overlay_->upload(overlay);
        overlay_scene_ = overlay;
    }

    // Renders the whole layer for `camera` (resizing the target to the viewport).
    std::string render(const Camera& camera, const Theme& theme, GLuint font_atlas);
    // True when the layer can follow `camera` by render_panned(): it was rendered with the same
    // zoom, viewport, theme and uploads, and `camera` is panned from it by whole pixels.
    bool can_pan_to(const Camera& camera, const Theme& theme) const;
    // Scrolls the layer by the pan and renders only the exposed strips (culled to each strip).
    // The pixels equal a full render's, except labels: they keep the placement they had and
    // move with the layer, so nodes the pan brings in get theirs at the next render().
    std::string render_panned(const Camera& camera, const Theme& theme, GLuint font_atlas);
    // The layer was last drawn by render_panned() (labels may be missing at the new edges).
    bool panned() const { return panned_; }

    // Copies the layer into the default framebuffer, then draws the overlay over it.
    void composite(const Camera& camera, const Theme& theme) const;
    // The same, only inside `rect` (framebuffer pixels, y down): the pixels there equal a full
    // composite's, the rest of the framebuffer is left as it was.
    void composite_in(const PixelRect& rect, const Camera& camera, const Theme& theme) const;
    // The overlay as uploaded (its screen extent decides what a hover change damages).
    const RenderScene& overlay() const { return overlay_scene_; }
    // The layer as top-down RGBA8 rows, in screen order (unwrapped).
    std::vector<std::uint8_t> read_rgba() const;

    // The offscreen target; its pixels are in screen order after render() (not after a pan).
    const RenderTarget& target() const { return target_; }
    const SceneRenderer& renderer() const { return *renderer_; }
    const EdgeDrawMode& edge_mode() const { return edge_mode_; }
    const SceneBuffers& scene_buffers() const { return *base_; }
    // Off: render() draws every instance (tests compare the two pictures).
    void set_culling(bool on) { culling_ = on; }
    void set_edge_mode(const EdgeDrawMode& mode) { edge_mode_ = mode; }

  private:
    SceneLayer() = default;
    // Clears and draws the screen rectangle [x, x + w) x [y, y + h) (y down) where it wraps to.
    void draw_strip(int x, int y, int w, int h, const Theme& theme, GLuint font_atlas);

    std::unique_ptr<SceneRenderer> renderer_;
    std::unique_ptr<LabelRenderer> labels_;
    std::optional<SceneBuffers> base_, overlay_; // made in create(), once GL is loaded
    RenderScene overlay_scene_;                  // what overlay_ holds (a few instances)
    RenderTarget target_;
    // Where screen pixel (0, 0) (GL rows, bottom-up) lives in the target: screen (x, y) is at
    // ((x + origin_x_) mod w, (y + origin_y_) mod h). render() resets it; a pan moves it.
    int origin_x_ = 0, origin_y_ = 0;
    EdgeDrawMode edge_mode_;
    bool culling_ = true;
    // What the current layer's pixels show, for render_panned().
    std::optional<Camera> content_; // none: nothing rendered since the last upload
    Theme content_theme_;
    EdgeDrawMode content_mode_;
    Vec2 label_offset_; // pixels the labels moved since placed
    bool panned_ = false;
};

} // namespace kg::app
