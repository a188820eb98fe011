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

void set_node_pointers() {
    constexpr GLsizei ns = sizeof(NodeInstance);
    float_attrib(0, 2, ns, offsetof(NodeInstance, pos));
    float_attrib(1, 1, ns, offsetof(NodeInstance, radius));
    color_attrib(2, ns, offsetof(NodeInstance, fill));
    color_attrib(3, ns, offsetof(NodeInstance, outline));
    uint_attrib(4, 2, GL_UNSIGNED_BYTE, ns, offsetof(NodeInstance, shape));
}

// Highlighted links sit at the end of the array; they stay wide even in thin-line mode.
std::size_t highlighted_tail(const std::vector<EdgeInstance>& edges) {
    std::size_t n = 0;
    while (n < edges.size() && (edges[edges.size() - 1 - n].flags & kEdgeHighlighted)) ++n;
    return n;
}

template <class T>
void upload_array(GLuint buffer, const std::vector<T>& items, GLenum usage) {
    glBindBuffer(GL_ARRAY_BUFFER, buffer);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(items.size() * sizeof(T)), items.data(), usage);
}

} // namespace

SceneBuffers::SceneBuffers() {
    for (Instances* set : {&node_all_, &node_visible_, &edge_all_, &edge_visible_}) {
        set->buffer = make_buffer();
        set->vao = make_vertex_array();
        glBindVertexArray(set->vao.get());
        glBindBuffer(GL_ARRAY_BUFFER, set->buffer.get());
        if (set == &node_all_ || set == &node_visible_) set_node_pointers();
        else set_edge_pointers(0);
    }
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
}

void SceneBuffers::upload(const RenderScene& scene) {
    nodes_ = scene.nodes;
    edges_ = scene.edges;
    upload_array(node_all_.buffer.get(), nodes_, GL_STATIC_DRAW);
    upload_array(edge_all_.buffer.get(), edges_, GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    draw_all();
}

void SceneBuffers::draw_all() {
    all_nodes_ = all_edges_ = true;
    highlighted_ = highlighted_tail(edges_);
}

void SceneBuffers::cull(const Camera& camera, float min_link_px) {
    cull_instances(nodes_, edges_, camera, min_link_px, visible_);
    all_nodes_ = visible_.all_nodes;
    all_edges_ = visible_.all_edges;
    if (!all_nodes_) {
        node_pack_.clear();
        for (std::uint32_t i : visible_.nodes) node_pack_.push_back(nodes_[i]);
        upload_array(node_visible_.buffer.get(), node_pack_, GL_STREAM_DRAW);
    }
    if (!all_edges_) {
        edge_pack_.clear();
        for (std::uint32_t i : visible_.edges) edge_pack_.push_back(edges_[i]);
        upload_array(edge_visible_.buffer.get(), edge_pack_, GL_STREAM_DRAW);
    }
    highlighted_ = highlighted_tail(all_edges_ ? edges_ : edge_pack_);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
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
    const std::size_t edges = buffers.drawn_edges(), nodes = buffers.drawn_nodes();
    const SceneBuffers::Instances& edge_set = buffers.all_edges_ ? buffers.edge_all_ : buffers.edge_visible_;
    const SceneBuffers::Instances& node_set = buffers.all_nodes_ ? buffers.node_all_ : buffers.node_visible_;
    if (edges > 0) {
        const ShaderProgram& p = *edge_program_;
        p.use();
        set_camera(p, camera);
        glUniform1f(p["u_min_length_px"], mode.min_length_px);
        glBindVertexArray(edge_set.vao.get());
        const GLsizei wide_from = GLsizei(edges - buffers.highlighted_);
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
                glBindBuffer(GL_ARRAY_BUFFER, edge_set.buffer.get());
                set_edge_pointers(std::size_t(wide_from));
                glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, tail);
                set_edge_pointers(0);
                glBindBuffer(GL_ARRAY_BUFFER, 0);
            }
        } else {
            glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(edges));
        }
    }
    if (nodes > 0) {
        const ShaderProgram& p = *node_program_;
        p.use();
        set_camera(p, camera);
        glUniform1f(p["u_min_radius_px"], kMinNodeRadiusPx);
        set_color(p["u_background"], theme.background);
        set_color(p["u_selection"], theme.selection);
        set_color(p["u_pinned"], theme.pinned);
        glBindVertexArray(node_set.vao.get());
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(nodes));
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
