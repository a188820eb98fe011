// Instance buffer layout, the two programs, and the draw calls.
#include "gl/scene_renderer.hpp"

#include "view/node_shape.hpp"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace kg::app {
namespace {

void float_attrib(GLuint loc, GLint n, GLsizei stride, std::size_t offset) {
    glEnableVertexAttribArray(loc);
    glVertexAttribPointer(loc, n, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(offset));
    glVertexAttribDivisor(loc, 1);
}
void color_attrib(GLuint loc, GLsizei stride, std::size_t offset) {
    glEnableVertexAttribArray(loc);
    glVertexAttribPointer(loc, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<const void*>(offset));
    glVertexAttribDivisor(loc, 1);
}
void uint_attrib(GLuint loc, GLint n, GLenum type, GLsizei stride, std::size_t offset) {
    glEnableVertexAttribArray(loc);
    glVertexAttribIPointer(loc, n, type, stride, reinterpret_cast<const void*>(offset));
    glVertexAttribDivisor(loc, 1);
}
// Edge attributes starting at instance `first` of the bound buffer (VAO and buffer bound).
void set_edge_pointers(std::size_t first) {
    constexpr GLsizei es = sizeof(EdgeInstance);
    const std::size_t base = first * sizeof(EdgeInstance);
    float_attrib(0, 2, es, base + offsetof(EdgeInstance, a));
    float_attrib(1, 2, es, base + offsetof(EdgeInstance, b));
    float_attrib(2, 1, es, base + offsetof(EdgeInstance, width_px));
    color_attrib(3, es, base + offsetof(EdgeInstance, color));
    uint_attrib(4, 1, GL_UNSIGNED_INT, es, base + offsetof(EdgeInstance, flags));
}
void set_color(GLint loc, Rgba c) { glUniform4f(loc, c.r / 255.f, c.g / 255.f, c.b / 255.f, c.a / 255.f); }

} // namespace

SceneBuffers::SceneBuffers()
    : node_buffer_(make_buffer()), edge_buffer_(make_buffer()), node_vao_(make_vertex_array()),
      edge_vao_(make_vertex_array()) {
    constexpr GLsizei ns = sizeof(NodeInstance);
    glBindVertexArray(node_vao_.get());
    glBindBuffer(GL_ARRAY_BUFFER, node_buffer_.get());
    float_attrib(0, 2, ns, offsetof(NodeInstance, pos));
    float_attrib(1, 1, ns, offsetof(NodeInstance, radius));
    color_attrib(2, ns, offsetof(NodeInstance, fill));
    color_attrib(3, ns, offsetof(NodeInstance, outline));
    uint_attrib(4, 2, GL_UNSIGNED_BYTE, ns, offsetof(NodeInstance, shape));

    glBindVertexArray(edge_vao_.get());
    glBindBuffer(GL_ARRAY_BUFFER, edge_buffer_.get());
    set_edge_pointers(0);
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
}

void SceneBuffers::upload(const RenderScene& scene) {
    glBindBuffer(GL_ARRAY_BUFFER, node_buffer_.get());
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(scene.nodes.size() * sizeof(NodeInstance)),
                 scene.nodes.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, edge_buffer_.get());
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(scene.edges.size() * sizeof(EdgeInstance)),
                 scene.edges.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    nodes_ = scene.nodes.size();
    edges_ = scene.edges.size();
    // Highlighted links sit at the end of the array; they stay wide even in thin-line mode.
    highlighted_ = 0;
    while (highlighted_ < edges_ && (scene.edges[edges_ - 1 - highlighted_].flags & kEdgeHighlighted))
        ++highlighted_;
}

EdgeDrawMode choose_edge_mode(const RenderScene& scene, const Camera& camera) {
    EdgeDrawMode mode;
    if (scene.edges.size() < 5000 || scene.nodes.empty()) return mode;
    std::vector<float> radii;
    radii.reserve(std::min<std::size_t>(scene.nodes.size(), 4096));
    // A strided sample is enough for a median and keeps this O(4096).
    const std::size_t step = std::max<std::size_t>(1, scene.nodes.size() / 4096);
    for (std::size_t i = 0; i < scene.nodes.size(); i += step) radii.push_back(scene.nodes[i].radius);
    std::nth_element(radii.begin(), radii.begin() + long(radii.size() / 2), radii.end());
    mode.thin_lines = radii[radii.size() / 2] * camera.zoom < 4.0f;
    mode.min_length_px = mode.thin_lines ? 2.0f : 1.0f;
    return mode;
}

std::unique_ptr<SceneRenderer> SceneRenderer::create(std::string& error) {
    std::unique_ptr<SceneRenderer> r(new SceneRenderer());
    r->node_program_ = ShaderProgram::create(
        "node.vert", "node.frag",
        {"u_center", "u_zoom", "u_viewport", "u_min_radius_px", "u_background", "u_selection", "u_pinned"},
        error);
    if (!r->node_program_) return nullptr;
    r->edge_program_ = ShaderProgram::create(
        "edge.vert", "edge.frag", {"u_center", "u_zoom", "u_viewport", "u_min_length_px", "u_lines"},
        error);
    if (!r->edge_program_) return nullptr;
    return r;
}

void SceneRenderer::set_camera(const ShaderProgram& p, const Camera& camera) const {
    glUniform2f(p["u_center"], camera.center.x, camera.center.y);
    glUniform1f(p["u_zoom"], camera.zoom);
    glUniform2f(p["u_viewport"], camera.viewport.x, camera.viewport.y);
}

void SceneRenderer::draw(const SceneBuffers& buffers, const Camera& camera, const Theme& theme,
                         const EdgeDrawMode& mode) const {
    if (buffers.edges_ > 0) {
        const ShaderProgram& p = *edge_program_;
        p.use();
        set_camera(p, camera);
        glUniform1f(p["u_min_length_px"], mode.min_length_px);
        glBindVertexArray(buffers.edge_vao_.get());
        const GLsizei wide_from = GLsizei(buffers.edges_ - buffers.highlighted_);
        if (mode.thin_lines) {
            glUniform1i(p["u_lines"], 1);
            glDrawArraysInstanced(GL_LINES, 0, 2, wide_from);
        }
        glUniform1i(p["u_lines"], 0);
        if (mode.thin_lines) {
            // Only the highlighted tail is drawn wide. Base-instance draws need GL 4.2, so the
            // attribute pointers are rebased to the tail and then put back.
            const GLsizei tail = GLsizei(buffers.highlighted_);
            if (tail > 0) {
                glBindBuffer(GL_ARRAY_BUFFER, buffers.edge_buffer_.get());
                set_edge_pointers(std::size_t(wide_from));
                glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, tail);
                set_edge_pointers(0);
                glBindBuffer(GL_ARRAY_BUFFER, 0);
            }
        } else {
            glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(buffers.edges_));
        }
    }
    if (buffers.nodes_ > 0) {
        const ShaderProgram& p = *node_program_;
        p.use();
        set_camera(p, camera);
        glUniform1f(p["u_min_radius_px"], kMinNodeRadiusPx);
        set_color(p["u_background"], theme.background);
        set_color(p["u_selection"], theme.selection);
        set_color(p["u_pinned"], theme.pinned);
        glBindVertexArray(buffers.node_vao_.get());
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(buffers.nodes_));
    }
    glBindVertexArray(0);
}

void set_scene_gl_state() {
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    // Colour blends straight-alpha; destination alpha accumulates so the layer stays opaque.
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
}

} // namespace kg::app
