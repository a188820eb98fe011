// Draws a RenderScene (links, then nodes) with instanced draws. The full instance buffers are
// uploaded only by upload(); a camera move re-uploads at most the visible subset (culling).
#pragma once

#include "gl/gl_handles.hpp"
#include "gl/shader_program.hpp"

#include "view/camera.hpp"
#include "view/render_scene.hpp"
#include "view/scene_cull.hpp"
#include "view/theme.hpp"

#include <memory>
#include <string>
#include <vector>

namespace kg::app {

// The GPU copy of one RenderScene's instance arrays, plus the subset a camera sees. Uploading
// keeps a CPU copy of the instances for culling; cull() picks what draw() draws: the whole
// static buffers when everything is in view, else the visible instances packed into a stream
// buffer (a zoomed view uploads and draws only what it shows).
class SceneBuffers {
public:
    SceneBuffers();
    void upload(const RenderScene& scene);
    // Chooses the instances for `camera`; links shorter than `min_link_px` on screen are left out.
    void cull(const Camera& camera, float min_link_px);
    // Draw everything again (the overlay, and tests comparing culled and unculled pictures).
    void draw_all();

    std::size_t node_count() const { return nodes_.size(); }
    std::size_t edge_count() const { return edges_.size(); }
    std::size_t drawn_nodes() const { return all_nodes_ ? nodes_.size() : visible_.nodes.size(); }
    std::size_t drawn_edges() const { return all_edges_ ? edges_.size() : visible_.edges.size(); }
    std::size_t highlighted_edges() const { return highlighted_; } // among the drawn ones
    const VisibleInstances& visible() const { return visible_; }

private:
    friend class SceneRenderer;
    struct Instances {
        Buffer buffer;
        VertexArray vao;
    };
    Instances node_all_, node_visible_, edge_all_, edge_visible_;
    std::vector<NodeInstance> nodes_;
    std::vector<EdgeInstance> edges_;
    std::vector<NodeInstance> node_pack_;
    std::vector<EdgeInstance> edge_pack_;
    VisibleInstances visible_;
    bool all_nodes_ = true, all_edges_ = true;
    std::size_t highlighted_ = 0;
};

// How to draw links this frame (level of detail).
struct EdgeDrawMode {
    bool thin_lines = false;      // one-pixel GL_LINES instead of anti-aliased quads
    float min_length_px = 1.0f;   // links shorter than this on screen are skipped
};

// Picks thin lines when many links are drawn while zoomed out (a median node under 4 px).
EdgeDrawMode choose_edge_mode(const RenderScene& scene, const Camera& camera);

class SceneRenderer {
public:
    // Compiles the programs; nullptr and `error` on failure.
    static std::unique_ptr<SceneRenderer> create(std::string& error);

    // Draws into the bound framebuffer (viewport already set to camera.viewport).
    void draw(const SceneBuffers& buffers, const Camera& camera, const Theme& theme,
              const EdgeDrawMode& mode) const;

private:
    SceneRenderer() = default;
    void set_camera(const ShaderProgram& p, const Camera& camera) const;

    std::optional<ShaderProgram> node_program_;
    std::optional<ShaderProgram> edge_program_;
};

// Sets the whole GL state the scene expects (blending, no depth, no scissor, no culling).
void set_scene_gl_state();

} // namespace kg::app
