// Vertex and index layout, culling into index subsets, the two programs and the draw calls.
#include "gl/scene_renderer.hpp"

#include "view/node_shape.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace kg::app {
namespace {

// One corner of a node quad: the instance plus which corner (bit 0: x, bit 1: y).
struct NodeVertex {
    Vec2 pos;
    float radius;
    std::uint32_t fill, outline;
    std::uint8_t shape, flags, corner, pad;
};
static_assert(sizeof(NodeVertex) == 24);

// One corner of a link quad (bit 0: end a or b, bit 1: side); a line uses corners 0 and 1.
struct EdgeVertex {
    Vec2 a, b;
    float width_px;
    std::uint32_t color;
    std::uint8_t flags, corner, pad0, pad1;
};
static_assert(sizeof(EdgeVertex) == 28);

void float_attrib(GLuint loc, GLint n, GLsizei stride, std::size_t offset) {
    glEnableVertexAttribArray(loc);
    glVertexAttribPointer(loc, n, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<const void*>(offset));
}
void color_attrib(GLuint loc, GLsizei stride, std::size_t offset) {
    glEnableVertexAttribArray(loc);
    glVertexAttribPointer(loc, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                          reinterpret_cast<const void*>(offset));
}
void byte_attrib(GLuint loc, GLint n, GLsizei stride, std::size_t offset) {
    glEnableVertexAttribArray(loc);
    glVertexAttribIPointer(loc, n, GL_UNSIGNED_BYTE, stride, reinterpret_cast<const void*>(offset));
}
void set_node_pointers() {
    constexpr GLsizei s = sizeof(NodeVertex);
    float_attrib(0, 2, s, offsetof(NodeVertex, pos));
    float_attrib(1, 1, s, offsetof(NodeVertex, radius));
    color_attrib(2, s, offsetof(NodeVertex, fill));
    color_attrib(3, s, offsetof(NodeVertex, outline));
    byte_attrib(4, 3, s, offsetof(NodeVertex, shape)); // shape, flags, corner
}
void set_edge_pointers() {
    constexpr GLsizei s = sizeof(EdgeVertex);
    float_attrib(0, 2, s, offsetof(EdgeVertex, a));
    float_attrib(1, 2, s, offsetof(EdgeVertex, b));
    float_attrib(2, 1, s, offsetof(EdgeVertex, width_px));
    color_attrib(3, s, offsetof(EdgeVertex, color));
    byte_attrib(4, 2, s, offsetof(EdgeVertex, flags)); // flags, corner
}
void set_color(GLint loc, Rgba c) {
    glUniform4f(loc, c.r / 255.f, c.g / 255.f, c.b / 255.f, c.a / 255.f);
}

// Highlighted links sit at the end of the array; they stay wide even in thin-line mode.
template <class Index>
std::size_t highlighted_tail(const std::vector<EdgeInstance>& edges, const Index& order,
                             std::size_t n) {
    std::size_t tail = 0;
    while (tail < n && (edges[order(n - 1 - tail)].flags & kEdgeHighlighted)) ++tail;
    return tail;
}

// Two triangles over the four corners of instance i (corner order as a triangle strip).
void push_quad(std::vector<std::uint32_t>& out, std::uint32_t i) {
    const std::uint32_t v = i * 4;
    out.insert(out.end(), {v, v + 1, v + 2, v + 2, v + 1, v + 3});
}
void push_line(std::vector<std::uint32_t>& out, std::uint32_t i) {
    out.insert(out.end(), {i * 4, i * 4 + 1});
}

template <class T>
void upload_to(GLenum target, GLuint buffer, const std::vector<T>& items, GLenum usage) {
    glBindBuffer(target, buffer);
    glBufferData(target, GLsizeiptr(items.size() * sizeof(T)), items.data(), usage);
}

const void* byte_offset(std::size_t indices) {
    return reinterpret_cast<const void*>(indices * sizeof(std::uint32_t));
}

} // namespace

SceneBuffers::SceneBuffers()
    : node_vertices_(make_buffer()), edge_vertices_(make_buffer()), node_quads_(make_buffer()),
      edge_quads_(make_buffer()), edge_lines_(make_buffer()), node_subset_(make_buffer()),
      edge_subset_(make_buffer()), node_vao_(make_vertex_array()), edge_vao_(make_vertex_array()) {
    glBindVertexArray(node_vao_.get());
    glBindBuffer(GL_ARRAY_BUFFER, node_vertices_.get());
    set_node_pointers();
    glBindVertexArray(edge_vao_.get());
    glBindBuffer(GL_ARRAY_BUFFER, edge_vertices_.get());
    set_edge_pointers();
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
}

void SceneBuffers::upload(const RenderScene& scene) {
    nodes_ = scene.nodes;
    edges_ = scene.edges;
    std::vector<NodeVertex> nv;
    nv.reserve(nodes_.size() * 4);
    max_radius_ = 0.0f;
    bounds_min_ = nodes_.empty() ? Vec2{} : nodes_[0].pos;
    bounds_max_ = bounds_min_;
    for (const NodeInstance& n : nodes_) {
        for (std::uint8_t c = 0; c < 4; ++c)
            nv.push_back({n.pos, n.radius, n.fill, n.outline, n.shape, n.flags, c, 0});
        max_radius_ = std::max(max_radius_, n.radius);
        bounds_min_ = {std::min(bounds_min_.x, n.pos.x), std::min(bounds_min_.y, n.pos.y)};
        bounds_max_ = {std::max(bounds_max_.x, n.pos.x), std::max(bounds_max_.y, n.pos.y)};
    }
    std::vector<EdgeVertex> ev;
    ev.reserve(edges_.size() * 4);
    max_width_px_ = 0.0f;
    for (const EdgeInstance& e : edges_) {
        for (std::uint8_t c = 0; c < 4; ++c)
            ev.push_back({e.a, e.b, e.width_px, e.color, std::uint8_t(e.flags), c, 0, 0});
        max_width_px_ = std::max(max_width_px_, e.width_px);
    }
    upload_to(GL_ARRAY_BUFFER, node_vertices_.get(), nv, GL_STATIC_DRAW);
    upload_to(GL_ARRAY_BUFFER, edge_vertices_.get(), ev, GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    // Index buffers are bound to a VAO when drawn; unbind the VAO so these binds change none.
    glBindVertexArray(0);
    index_pack_.clear();
    for (std::uint32_t i = 0; i < nodes_.size(); ++i) push_quad(index_pack_, i);
    upload_to(GL_ELEMENT_ARRAY_BUFFER, node_quads_.get(), index_pack_, GL_STATIC_DRAW);
    index_pack_.clear();
    for (std::uint32_t i = 0; i < edges_.size(); ++i) push_quad(index_pack_, i);
    upload_to(GL_ELEMENT_ARRAY_BUFFER, edge_quads_.get(), index_pack_, GL_STATIC_DRAW);
    index_pack_.clear();
    for (std::uint32_t i = 0; i < edges_.size(); ++i) push_line(index_pack_, i);
    upload_to(GL_ELEMENT_ARRAY_BUFFER, edge_lines_.get(), index_pack_, GL_STATIC_DRAW);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, 0);
    index_pack_ = {}; // up to 12 MB at 500k links: not worth keeping between scenes
    importance_ = link_importance_order(edges_);
    budget_camera_.reset();
    draw_all();
}

void SceneBuffers::draw_all() {
    subset_nodes_ = subset_edges_ = false;
    highlighted_ = highlighted_tail(
        edges_, [](std::size_t i) { return i; }, edges_.size());
    links_in_view_ = links_drawn_ = edges_.size();
}

bool SceneBuffers::update_budget(const Camera& camera, const EdgeDrawMode& mode) {
    if (edges_.empty()) return false;
    const bool same_mode = budget_mode_.thin_lines == mode.thin_lines &&
                           budget_mode_.min_length_px == mode.min_length_px;
    if (budget_camera_ && same_mode && budget_camera_->zoom == camera.zoom) {
        const Vec2 v = budget_camera_->viewport;
        // A pan strip: a camera on part of the layer's view. Reuse, so strips match the layer.
        const bool strip =
            camera.viewport.x <= v.x && camera.viewport.y <= v.y && !(camera.viewport == v);
        // Panning keeps the set until the view has moved half a screen (then the links in view
        // differ enough to budget again): a pan pixel costs no pass over the links.
        const Vec2 moved = (camera.center - budget_camera_->center) * camera.zoom;
        const bool near = camera.viewport == v && std::abs(moved.x) <= 0.5f * v.x &&
                          std::abs(moved.y) <= 0.5f * v.y;
        if (strip || near) return budget_.limited();
    }
    const double budget_px =
        double(kLinkPixelBudgetPerViewportPixel) * camera.viewport.x * camera.viewport.y;
    budget_links(edges_, importance_, camera, mode.min_length_px, mode.thin_lines, budget_px,
                 budget_);
    budget_camera_ = camera;
    budget_mode_ = mode;
    return budget_.limited();
}

bool SceneBuffers::whole_scene_in_view(const Camera& camera) const {
    // Every node's quad, and so every link between node centres, lies inside the viewport when
    // the centres' box grown by the largest node extent and link half width does.
    if (nodes_.empty()) return true;
    NodeInstance biggest;
    biggest.radius = max_radius_;
    biggest.flags = kNodeSelected;
    const float margin =
        std::max(node_extent_px(biggest, camera.zoom), 0.5f * max_width_px_ + 1.0f);
    const Vec2 lo = camera.world_to_screen(bounds_min_), hi = camera.world_to_screen(bounds_max_);
    return lo.x - margin >= 0.0f && lo.y - margin >= 0.0f && hi.x + margin <= camera.viewport.x &&
           hi.y + margin <= camera.viewport.y;
}

void SceneBuffers::cull(const Camera& camera, const EdgeDrawMode& mode) {
    const bool limited = update_budget(camera, mode);
    const bool strip = budget_camera_ && !(camera.viewport == budget_camera_->viewport);
    if (whole_scene_in_view(camera)) {
        // Zoomed out: nothing to cull, and the shader drops the short links.
        visible_.nodes.clear();
        visible_.edges.clear();
        visible_.all_nodes = visible_.all_edges = true;
        draw_all();
        if (!limited) return;
        // Over the budget: the kept links as a subset (ascending, so highlighted stay last).
        for (std::uint32_t i = 0; i < edges_.size(); ++i)
            if (budget_.keep[i]) visible_.edges.push_back(i);
        visible_.all_edges = false;
        links_in_view_ = budget_.in_view;
        links_drawn_ = visible_.edges.size();
        subset_edges_ = true;
        glBindVertexArray(0);
        upload_edge_subset(mode);
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, 0);
        return;
    }
    cull_instances(nodes_, edges_, camera, mode.min_length_px, visible_);
    const std::size_t in_view = visible_.edges.size();
    if (limited) {
        std::erase_if(visible_.edges, [&](std::uint32_t i) { return !budget_.keep[i]; });
        visible_.all_edges = false;
    }
    if (!strip) {
        links_in_view_ = in_view;
        links_drawn_ = visible_.edges.size();
    }
    subset_nodes_ = float(visible_.nodes.size()) < kSubsetBelow * float(nodes_.size());
    subset_edges_ = limited || float(visible_.edges.size()) < kSubsetBelow * float(edges_.size());
    glBindVertexArray(0);
    if (subset_nodes_) {
        index_pack_.clear();
        for (std::uint32_t i : visible_.nodes) push_quad(index_pack_, i);
        upload_to(GL_ELEMENT_ARRAY_BUFFER, node_subset_.get(), index_pack_, GL_STREAM_DRAW);
    }
    if (subset_edges_)
        upload_edge_subset(mode);
    else
        highlighted_ = highlighted_tail(
            edges_, [](std::size_t i) { return i; }, edges_.size());
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, 0);
}

void SceneBuffers::upload_edge_subset(const EdgeDrawMode& mode) {
    const std::vector<std::uint32_t>& v = visible_.edges;
    highlighted_ = highlighted_tail(
        edges_, [&](std::size_t i) { return v[i]; }, v.size());
    // Thin mode: lines first, then the highlighted tail as quads, in one buffer.
    subset_thin_ = mode.thin_lines;
    const std::size_t lines = subset_thin_ ? v.size() - highlighted_ : 0;
    index_pack_.clear();
    for (std::size_t k = 0; k < lines; ++k) push_line(index_pack_, v[k]);
    for (std::size_t k = lines; k < v.size(); ++k) push_quad(index_pack_, v[k]);
    upload_to(GL_ELEMENT_ARRAY_BUFFER, edge_subset_.get(), index_pack_, GL_STREAM_DRAW);
}

EdgeDrawMode choose_edge_mode(const RenderScene& scene, const Camera& camera) {
    EdgeDrawMode mode;
    if (scene.edges.size() < 5000 || scene.nodes.empty()) return mode;
    std::vector<float> radii;
    radii.reserve(std::min<std::size_t>(scene.nodes.size(), 4096));
    // A strided sample is enough for a median and keeps this O(4096).
    const std::size_t step = std::max<std::size_t>(1, scene.nodes.size() / 4096);
    for (std::size_t i = 0; i < scene.nodes.size(); i += step)
        radii.push_back(scene.nodes[i].radius);
    std::nth_element(radii.begin(), radii.begin() + long(radii.size() / 2), radii.end());
    mode.thin_lines = radii[radii.size() / 2] * camera.zoom < 4.0f;
    mode.min_length_px = mode.thin_lines ? 2.0f : 1.0f;
    return mode;
}

std::unique_ptr<SceneRenderer> SceneRenderer::create(std::string& error) {
    std::unique_ptr<SceneRenderer> r(new SceneRenderer());
    r->node_program_ = ShaderProgram::create("node.vert", "node.frag",
                                             {"u_center", "u_zoom", "u_viewport", "u_min_radius_px",
                                              "u_background", "u_selection", "u_pinned"},
                                             error);
    if (!r->node_program_) return nullptr;
    r->edge_program_ = ShaderProgram::create(
        "edge.vert", "edge.frag",
        {"u_center", "u_zoom", "u_viewport", "u_min_length_px", "u_lines"}, error);
    if (!r->edge_program_) return nullptr;
    return r;
}

void SceneRenderer::set_camera(const ShaderProgram& p, const Camera& camera) const {
    glUniform2f(p["u_center"], camera.center.x, camera.center.y);
    glUniform1f(p["u_zoom"], camera.zoom);
    glUniform2f(p["u_viewport"], camera.viewport.x, camera.viewport.y);
}

void SceneRenderer::draw_edges(const SceneBuffers& b, const EdgeDrawMode& mode) const {
    const ShaderProgram& p = *edge_program_;
    const std::size_t n = b.drawn_edges(), tail = b.highlighted_;
    glBindVertexArray(b.edge_vao_.get());
    // Lines for all but the highlighted tail in thin mode; quads for the rest.
    std::size_t lines = 0;
    if (b.subset_edges_) {
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, b.edge_subset_.get());
        lines = b.subset_thin_ ? n - tail : 0;
        if (lines > 0) {
            glUniform1i(p["u_lines"], 1);
            glDrawElements(GL_LINES, GLsizei(lines * 2), GL_UNSIGNED_INT, nullptr);
        }
        glUniform1i(p["u_lines"], 0);
        if (n > lines)
            glDrawElements(GL_TRIANGLES, GLsizei((n - lines) * 6), GL_UNSIGNED_INT,
                           byte_offset(lines * 2));
        return;
    }
    if (mode.thin_lines) {
        lines = n - tail;
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, b.edge_lines_.get());
        glUniform1i(p["u_lines"], 1);
        if (lines > 0) glDrawElements(GL_LINES, GLsizei(lines * 2), GL_UNSIGNED_INT, nullptr);
    }
    glUniform1i(p["u_lines"], 0);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, b.edge_quads_.get());
    if (n > lines)
        glDrawElements(GL_TRIANGLES, GLsizei((n - lines) * 6), GL_UNSIGNED_INT,
                       byte_offset(lines * 6));
}

void SceneRenderer::draw(const SceneBuffers& buffers, const Camera& camera, const Theme& theme,
                         const EdgeDrawMode& mode) const {
    if (buffers.drawn_edges() > 0) {
        const ShaderProgram& p = *edge_program_;
        p.use();
        set_camera(p, camera);
        glUniform1f(p["u_min_length_px"], mode.min_length_px);
        draw_edges(buffers, mode);
    }
    if (const std::size_t nodes = buffers.drawn_nodes(); nodes > 0) {
        const ShaderProgram& p = *node_program_;
        p.use();
        set_camera(p, camera);
        glUniform1f(p["u_min_radius_px"], kMinNodeRadiusPx);
        set_color(p["u_background"], theme.background);
        set_color(p["u_selection"], theme.selection);
        set_color(p["u_pinned"], theme.pinned);
        glBindVertexArray(buffers.node_vao_.get());
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, buffers.subset_nodes_ ? buffers.node_subset_.get()
                                                                    : buffers.node_quads_.get());
        glDrawElements(GL_TRIANGLES, GLsizei(nodes * 6), GL_UNSIGNED_INT, nullptr);
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
