// Draws label glyph quads from the font atlas with a halo (two instanced passes).
#pragma once

#include "gl/gl_handles.hpp"
#include "gl/shader_program.hpp"

#include "common/vec2.hpp"
#include "view/color.hpp"

#include <memory>
#include <span>
#include <string>

namespace kg::app {

// One glyph: screen rectangle (framebuffer pixels) and its atlas UVs.
struct GlyphQuad {
    float x0, y0, x1, y1;
    float u0, v0, u1, v1;
};

class LabelRenderer {
  public:
    static std::unique_ptr<LabelRenderer> create(std::string& error);
    // Replaces the glyphs to draw (called when labels are re-placed).
    void upload(std::span<const GlyphQuad> glyphs);
    // Draws into the bound framebuffer; `atlas` is the font atlas texture. `offset_px` moves
    // every glyph (a panned layer keeps its labels where the pan took them).
    void draw(GLuint atlas, float viewport_w, float viewport_h, Rgba text, Rgba halo, float halo_px,
              Vec2 offset_px = {}) const;

  private:
    LabelRenderer() = default;
    std::optional<ShaderProgram> program_;
    Buffer buffer_;
    VertexArray vao_;
    std::size_t count_ = 0;
};

} // namespace kg::app
