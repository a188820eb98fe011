// Layer render (clear, links, nodes, labels), pan reuse (move the wrap-around origin, draw the
// exposed strips in place) and composite (blit in up to four pieces + hover overlay).
#include "gl/scene_layer.hpp"

#include <algorithm>
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

int wrap(int v, int n) {
    return ((v % n) + n) % n;
}

// Calls f(x0, y0, x1, y1, tx, ty) for each piece of the screen rectangle [x0, x1) x [y0, y1)
// (GL rows) as stored in a w x h target with origin (ox, oy): the piece's target rectangle and
// the translation screen -> target for it.
template <class F>
void for_each_wrapped_piece(int x0, int y0, int x1, int y1, int ox, int oy, int w, int h, F&& f) {
    for (const int tx : {ox, ox - w})
        for (const int ty : {oy, oy - h}) {
            const int ax = std::max(x0 + tx, 0), bx = std::min(x1 + tx, w);
            const int ay = std::max(y0 + ty, 0), by = std::min(y1 + ty, h);
            if (ax < bx && ay < by) f(ax, ay, bx, by, tx, ty);
        }
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
    if (std::string error = target_.resize(int(camera.viewport.x), int(camera.viewport.y));
        !error.empty())
        return error;
    target_.bind();
    origin_x_ = origin_y_ = 0;
    set_scene_gl_state();
    const Rgba bg = theme.background;
    glClearColor(bg.r / 255.f, bg.g / 255.f, bg.b / 255.f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (culling_)
        base_->cull(camera, edge_mode_);
    else
        base_->draw_all();
    renderer_->draw(*base_, camera, theme, edge_mode_);
    labels_->draw(font_atlas, camera.viewport.x, camera.viewport.y, theme.text, theme.text_halo,
                  2.0f, label_offset_);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    content_ = camera;
    content_theme_ = theme;
    content_mode_ = edge_mode_;
    panned_ = false;
    return {};
}

bool SceneLayer::can_pan_to(const Camera& camera, const Theme& theme) const {
    if (!content_ || !culling_ || !(camera.viewport == content_->viewport) ||
        camera.zoom != content_->zoom)
        return false;
    if (!same_theme(theme, content_theme_) || edge_mode_.thin_lines != content_mode_.thin_lines ||
        edge_mode_.min_length_px != content_mode_.min_length_px)
        return false;
    const Vec2 shift = (content_->center - camera.center) * camera.zoom;
    const Vec2 whole{std::round(shift.x), std::round(shift.y)};
    return std::abs(shift.x - whole.x) <= kWholePixelTolerance &&
           std::abs(shift.y - whole.y) <= kWholePixelTolerance &&
           (whole.x != 0.0f || whole.y != 0.0f) && std::abs(whole.x) < camera.viewport.x &&
           std::abs(whole.y) < camera.viewport.y;
}

std::string SceneLayer::render_panned(const Camera& camera, const Theme& theme, GLuint font_atlas) {
    if (!can_pan_to(camera, theme)) return render(camera, theme, font_atlas);
    const int w = int(camera.viewport.x), h = int(camera.viewport.y);
    const Vec2 shift = (content_->center - camera.center) * camera.zoom;
    const int dx = int(std::lround(shift.x)), dy = int(std::lround(shift.y)); // screen, y down
    // Content moving right by dx keeps its target pixels: the screen's origin moves left. GL rows
    // run bottom-up, so content moving down the screen moves the origin up.
    origin_x_ = wrap(origin_x_ - dx, w);
    origin_y_ = wrap(origin_y_ + dy, h);
    // The content moved by whole pixels: the camera it now shows, exactly.
    content_->center = content_->center - Vec2{float(dx), float(dy)} * (1.0f / camera.zoom);
    label_offset_ = label_offset_ + Vec2{float(dx), float(dy)};
    target_.bind();
    set_scene_gl_state();
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
    const int vw = int(camera.viewport.x), vh = int(camera.viewport.y);
    // Cull to the strip (a camera whose viewport is the strip), draw with the layer's camera so
    // every fragment lands where a full render puts it, translated by whole pixels.
    Camera strip = camera;
    strip.viewport = {float(w), float(h)};
    strip.center = camera.screen_to_world({float(x) + 0.5f * float(w), float(y) + 0.5f * float(h)});
    base_->cull(strip, edge_mode_);
    const Rgba bg = theme.background;
    glClearColor(bg.r / 255.f, bg.g / 255.f, bg.b / 255.f, 1.0f);
    const int gy = vh - (y + h); // GL rows
    for_each_wrapped_piece(x, gy, x + w, gy + h, origin_x_, origin_y_, vw, vh,
                           [&](int ax, int ay, int bx, int by, int tx, int ty) {
                               glScissor(ax, ay, bx - ax, by - ay);
                               glViewport(tx, ty, vw, vh);
                               glClear(GL_COLOR_BUFFER_BIT);
                               renderer_->draw(*base_, camera, theme, edge_mode_);
                               labels_->draw(font_atlas, camera.viewport.x, camera.viewport.y,
                                             theme.text, theme.text_halo, 2.0f, label_offset_);
                           });
    glViewport(0, 0, vw, vh);
}

void SceneLayer::composite(const Camera& camera, const Theme& theme) const {
    composite_in({0, 0, target_.width(), target_.height()}, camera, theme);
}

void SceneLayer::composite_in(const PixelRect& rect, const Camera& camera,
                              const Theme& theme) const {
    // A straight copy (in up to four pieces when a pan moved the origin); under llvmpipe a whole
    // layer is most of a composite frame (about 1.6 Mpx shaded), hence the damage rectangles.
    const int w = target_.width(), h = target_.height();
    const PixelRect r = intersect(rect, {0, 0, w, h});
    if (r.empty()) return;
    const bool whole = r == PixelRect{0, 0, w, h};
    const GLuint from = framebuffer_of(target_);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, from);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    glDisable(GL_SCISSOR_TEST);
    const int gy0 = h - r.y1, gy1 = h - r.y0; // GL rows
    for_each_wrapped_piece(r.x0, gy0, r.x1, gy1, origin_x_, origin_y_, w, h,
                           [&](int ax, int ay, int bx, int by, int tx, int ty) {
                               glBlitFramebuffer(ax, ay, bx, by, ax - tx, ay - ty, bx - tx, by - ty,
                                                 GL_COLOR_BUFFER_BIT, GL_NEAREST);
                           });
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, int(camera.viewport.x), int(camera.viewport.y));
    set_scene_gl_state();
    if (overlay_scene_.nodes.empty() && overlay_scene_.edges.empty()) return;
    if (!whole) {
        glEnable(GL_SCISSOR_TEST);
        glScissor(r.x0, gy0, r.x1 - r.x0, gy1 - gy0);
    }
    // The overlay is a handful of instances: always drawn wide and exact.
    renderer_->draw(*overlay_, camera, theme, EdgeDrawMode{});
    glDisable(GL_SCISSOR_TEST);
}

std::vector<std::uint8_t> SceneLayer::read_rgba() const {
    const std::vector<std::uint8_t> raw = target_.read_rgba(); // top-down target rows
    const int w = target_.width(), h = target_.height();
    if (origin_x_ == 0 && origin_y_ == 0) return raw;
    std::vector<std::uint8_t> out(raw.size());
    for (int y = 0; y < h; ++y) {
        // Top-down row y is GL row h - 1 - y; its target row is wrapped by the origin.
        const int src_row = h - 1 - wrap(h - 1 - y + origin_y_, h);
        for (int x = 0; x < w; ++x) {
            const std::size_t src =
                (std::size_t(src_row) * std::size_t(w) + std::size_t(wrap(x + origin_x_, w))) * 4;
            std::copy_n(raw.data() + src, 4,
                        out.data() + (std::size_t(y) * std::size_t(w) + std::size_t(x)) * 4);
        }
    }
    return out;
}

} // namespace kg::app
