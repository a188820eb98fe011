// Glyph instance buffer and the halo-then-text passes.
#include "gl/label_renderer.hpp"

namespace kg::app {

std::unique_ptr<LabelRenderer> LabelRenderer::create(std::string& error) {
    std::unique_ptr<LabelRenderer> r(new LabelRenderer());
    r->program_ = ShaderProgram::create(
        "label.vert", "label.frag",
        {"u_viewport", "u_offset", "u_halo_px", "u_atlas", "u_text", "u_halo", "u_pass"}, error);
    if (!r->program_) return nullptr;
    r->buffer_ = make_buffer();
    r->vao_ = make_vertex_array();
    glBindVertexArray(r->vao_.get());
    glBindBuffer(GL_ARRAY_BUFFER, r->buffer_.get());
    for (GLuint loc = 0; loc < 2; ++loc) {
        glEnableVertexAttribArray(loc);
        glVertexAttribPointer(loc, 4, GL_FLOAT, GL_FALSE, sizeof(GlyphQuad),
                              reinterpret_cast<const void*>(loc * 4 * sizeof(float)));
        glVertexAttribDivisor(loc, 1);
    }
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    return r;
}

void LabelRenderer::upload(std::span<const GlyphQuad> glyphs) {
    glBindBuffer(GL_ARRAY_BUFFER, buffer_.get());
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(glyphs.size_bytes()), glyphs.data(), GL_DYNAMIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    count_ = glyphs.size();
}

void LabelRenderer::draw(GLuint atlas, float viewport_w, float viewport_h, Rgba text, Rgba halo,
                         float halo_px, Vec2 offset_px) const {
    if (count_ == 0) return;
    const ShaderProgram& p = *program_;
    p.use();
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, atlas);
    glUniform1i(p["u_atlas"], 0);
    glUniform2f(p["u_viewport"], viewport_w, viewport_h);
    glUniform2f(p["u_offset"], offset_px.x, offset_px.y);
    glUniform1f(p["u_halo_px"], halo_px);
    glUniform4f(p["u_text"], text.r / 255.f, text.g / 255.f, text.b / 255.f, text.a / 255.f);
    glUniform4f(p["u_halo"], halo.r / 255.f, halo.g / 255.f, halo.b / 255.f, halo.a / 255.f);
    glBindVertexArray(vao_.get());
    for (int pass = 0; pass < 2; ++pass) {
        glUniform1i(p["u_pass"], pass);
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(count_));
    }
    glBindVertexArray(0);
}

} // namespace kg::app
