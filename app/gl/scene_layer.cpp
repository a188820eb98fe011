// Layer render (clear, links, nodes, labels), pan reuse (shift + exposed strips) and composite
// (blit + hover overlay).
#include "gl/scene_layer.hpp"

#include <cmath>
#include <cstdlib>

namespace kg::app {
namespace {

// A pan this close to whole pixels shifts the layer; the remainder is below what anyone sees
// and is not carried (each pan is measured from what the layer shows).
constexpr float kWholePixelTolerance = 0.05f;

GLuint framebuffer_of(const RenderTarget& target) {
    target.bind();
    GLint id = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &id);
    return GLuint(id);
}

bool same_theme(const Theme& a, const Theme& b) {
    return a.background == b.background && a.text == b.text && a.text_halo == b.text_halo &&
           a.selection == b.selection && a.pinned == b.pinned;
}

} // namespace

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

void SceneLayer::upload_scene(const RenderScene& scene) {
    base_->upload(scene);
    content_.reset();
}

void SceneLayer::upload_labels(std::span<const GlyphQuad> glyphs) {
    labels_->upload(glyphs);
    label_offset_ = {};
    content_.reset();
}

std::string SceneLayer::render(const Camera& camera, const Theme& theme, GLuint font_atlas) {
    RenderTarget& target = targets_[current_];
    if (std::string error = target.resize(int(camera.viewport.x), int(camera.viewport.y)); !error.empty())
        return error;
    target.bind();
    set_scene_gl_state();
    const Rgba bg = theme.background;
    glClearColor(bg.r / 255.f, bg.g / 255.f, bg.b / 255.f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (culling_) base_->cull(camera, edge_mode_);
    else base_->draw_all();
    renderer_->draw(*base_, camera, theme, edge_mode_);
    labels_->draw(font_atlas, camera.viewport.x, camera.viewport.y, theme.text, theme.text_halo, 2.0f,
                  label_offset_);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    content_ = camera;
    content_theme_ = theme;
    content_mode_ = edge_mode_;
    panned_ = false;
    return {};
}

bool SceneLayer::can_pan_to(const Camera& camera, const Theme& theme) const {
    if (!content_ || !culling_ || !(camera.viewport == content_->viewport) || camera.zoom != content_->zoom)
        return false;
    if (!same_theme(theme, content_theme_) || edge_mode_.thin_lines != content_mode_.thin_lines ||
        edge_mode_.min_length_px != content_mode_.min_length_px)
        return false;
    const Vec2 shift = (content_->center - camera.center) * camera.zoom;
    const Vec2 whole{std::round(shift.x), std::round(shift.y)};
    return std::abs(shift.x - whole.x) <= kWholePixelTolerance &&
           std::abs(shift.y - whole.y) <= kWholePixelTolerance && (whole.x != 0.0f || whole.y != 0.0f) &&
           std::abs(whole.x) < camera.viewport.x && std::abs(whole.y) < camera.viewport.y;
}

std::string SceneLayer::render_panned(const Camera& camera, const Theme& theme, GLuint font_atlas) {
    if (!can_pan_to(camera, theme)) return render(camera, theme, font_atlas);
    const int w = int(camera.viewport.x), h = int(camera.viewport.y);
    const Vec2 shift = (content_->center - camera.center) * camera.zoom;
    const int dx = int(std::lround(shift.x)), dy = int(std::lround(shift.y)); // screen, y down
    RenderTarget& from = targets_[current_];
    RenderTarget& to = targets_[1 - current_];
    if (std::string error = to.resize(w, h); !error.empty()) return error;
    // Copy what stays on screen. GL rows run bottom-up, so a move down the screen is a move
    // down in rows.
    const int keep_w = w - std::abs(dx), keep_h = h - std::abs(dy);
    const int src_x = std::max(0, -dx), dst_x = std::max(0, dx);
    const int src_y = std::max(0, dy), dst_y = std::max(0, -dy);
    const GLuint from_id = framebuffer_of(from), to_id = framebuffer_of(to); // each binds both
    glBindFramebuffer(GL_READ_FRAMEBUFFER, from_id);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, to_id);
    set_scene_gl_state(); // no scissor for the copy
    glBlitFramebuffer(src_x, src_y, src_x + keep_w, src_y + keep_h, dst_x, dst_y, dst_x + keep_w,
                      dst_y + keep_h, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    current_ = 1 - current_;
    to.bind();

    // The content moved by whole pixels: the camera it now shows, exactly.
    content_->center = content_->center - Vec2{float(dx), float(dy)} * (1.0f / camera.zoom);
    label_offset_ = label_offset_ + Vec2{float(dx), float(dy)};
    glEnable(GL_SCISSOR_TEST);
    if (dx != 0) draw_strip(dx > 0 ? 0 : w + dx, 0, std::abs(dx), h, theme, font_atlas);
    if (dy != 0) draw_strip(0, dy > 0 ? 0 : h + dy, w, std::abs(dy), theme, font_atlas);
    glDisable(GL_SCISSOR_TEST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    panned_ = true;
    return {};
}

void SceneLayer::draw_strip(int x, int y, int w, int h, const Theme& theme, GLuint font_atlas) {
    const Camera& camera = *content_;
    glScissor(x, int(camera.viewport.y) - (y + h), w, h);
    const Rgba bg = theme.background;
    glClearColor(bg.r / 255.f, bg.g / 255.f, bg.b / 255.f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    // Cull to the strip (a camera whose viewport is the strip), draw with the layer's camera so
    // every fragment lands where a full render puts it.
    Camera strip = camera;
    strip.viewport = {float(w), float(h)};
    strip.center = camera.screen_to_world({float(x) + 0.5f * float(w), float(y) + 0.5f * float(h)});
    base_->cull(strip, edge_mode_);
    renderer_->draw(*base_, camera, theme, edge_mode_);
    labels_->draw(font_atlas, camera.viewport.x, camera.viewport.y, theme.text, theme.text_halo, 2.0f,
                  label_offset_);
}

void SceneLayer::composite(const Camera& camera, const Theme& theme) const {
    // A straight copy; under llvmpipe it is most of a composite frame (about 1.6 Mpx shaded).
    target().blit_to_default(int(camera.viewport.x), int(camera.viewport.y));
    glViewport(0, 0, int(camera.viewport.x), int(camera.viewport.y));
    set_scene_gl_state();
    // The overlay is a handful of instances: always drawn wide and exact.
    renderer_->draw(*overlay_, camera, theme, EdgeDrawMode{});
}

} // namespace kg::app
