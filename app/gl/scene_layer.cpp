// Layer render (clear, links, nodes, labels) and composite (blit + hover overlay).
#include "gl/scene_layer.hpp"

namespace kg::app {

std::unique_ptr<SceneLayer> SceneLayer::create(std::string& error) {
    std::unique_ptr<SceneLayer> layer(new SceneLayer());
    layer->renderer_ = SceneRenderer::create(error);
    if (!layer->renderer_) return nullptr;
    layer->labels_ = LabelRenderer::create(error);
    if (!layer->labels_) return nullptr;
    layer->base_.emplace();
    layer->overlay_.emplace();
    return layer;
}

std::string SceneLayer::render(const Camera& camera, const Theme& theme, GLuint font_atlas) {
    if (std::string error = target_.resize(int(camera.viewport.x), int(camera.viewport.y)); !error.empty())
        return error;
    target_.bind();
    set_scene_gl_state();
    const Rgba bg = theme.background;
    glClearColor(bg.r / 255.f, bg.g / 255.f, bg.b / 255.f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (culling_) base_->cull(camera, edge_mode_.min_length_px);
    else base_->draw_all();
    renderer_->draw(*base_, camera, theme, edge_mode_);
    labels_->draw(font_atlas, camera.viewport.x, camera.viewport.y, theme.text, theme.text_halo, 2.0f);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return {};
}

void SceneLayer::composite(const Camera& camera, const Theme& theme) const {
    // A straight copy; under llvmpipe it is most of a composite frame (about 1.6 Mpx shaded).
    target_.blit_to_default(int(camera.viewport.x), int(camera.viewport.y));
    glViewport(0, 0, int(camera.viewport.x), int(camera.viewport.y));
    set_scene_gl_state();
    // The overlay is a handful of instances: always drawn wide and exact.
    renderer_->draw(*overlay_, camera, theme, EdgeDrawMode{});
}

} // namespace kg::app
