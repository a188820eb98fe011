// Draws a RenderScene (links, then nodes) with instanced draws. Instance buffers are uploaded
// only by upload(); draw() only sets uniforms, so a camera move costs no re-upload.
#pragma once

#include "gl/gl_handles.hpp"
#include "gl/shader_program.hpp"

#include "view/camera.hpp"
#include "view/render_scene.hpp"
#include "view/theme.hpp"

#include <memory>
#include <string>

namespace kg::app {

// The GPU copy of one RenderScene's instance arrays.
class SceneBuffers {
public:
    SceneBuffers();
    void upload(const RenderScene& scene);
    std::size_t node_count() const { return nodes_; }
    std::size_t edge_count() const { return edges_; }
    std::size_t highlighted_edges() const { return highlighted_; }

private:
    friend class SceneRenderer;
    Buffer node_buffer_, edge_buffer_;
    VertexArray node_vao_, edge_vao_;
    std::size_t nodes_ = 0, edges_ = 0, highlighted_ = 0;
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
