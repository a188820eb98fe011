// The cached scene layer: links, nodes and labels rendered into an offscreen target that a
// frame composites when only the overlay (hover, panels) changed.
#pragma once

#include "gl/label_renderer.hpp"
#include "gl/render_target.hpp"
#include "gl/scene_renderer.hpp"

#include <memory>
#include <optional>
#include <span>
#include <string>

namespace kg::app {

class SceneLayer {
public:
    // Compiles the programs; nullptr and `error` on failure (main thread, context current).
    static std::unique_ptr<SceneLayer> create(std::string& error);

    // Re-uploads the instance arrays (scene changed) or the label glyphs (labels re-placed).
    void upload_scene(const RenderScene& scene) { base_->upload(scene); }
    void upload_labels(std::span<const GlyphQuad> glyphs) { labels_->upload(glyphs); }
    void upload_overlay(const RenderScene& overlay) { overlay_->upload(overlay); }

    // Renders the layer for `camera` (resizing the target to the viewport).
    std::string render(const Camera& camera, const Theme& theme, GLuint font_atlas);
    // Copies the layer into the default framebuffer, then draws the overlay over it.
    void composite(const Camera& camera, const Theme& theme) const;

    const RenderTarget& target() const { return target_; }
    const SceneRenderer& renderer() const { return *renderer_; }
    const EdgeDrawMode& edge_mode() const { return edge_mode_; }
    const SceneBuffers& scene_buffers() const { return *base_; }
    // Off: render() draws every instance (tests compare the two pictures).
    void set_culling(bool on) { culling_ = on; }
    void set_edge_mode(const EdgeDrawMode& mode) { edge_mode_ = mode; }

private:
    SceneLayer() = default;
    std::unique_ptr<SceneRenderer> renderer_;
    std::unique_ptr<LabelRenderer> labels_;
    std::optional<SceneBuffers> base_, overlay_; // made in create(), once GL is loaded
    RenderTarget target_;
    EdgeDrawMode edge_mode_;
    bool culling_ = true;
};

} // namespace kg::app
