// Draws a RenderScene (links, then nodes). Each instance is expanded once per scene change into
// four vertices and static index buffers: llvmpipe shades vertices on the calling thread and runs
// its whole vertex pipeline once per instance of an instanced draw, so plain indexed triangles
// cost a fraction of the main-thread time. A camera move re-uploads at most a visible subset's
// indices, and only when culling pays (most of the scene off screen).
#pragma once

#include "gl/gl_handles.hpp"
#include "gl/shader_program.hpp"

#include "view/camera.hpp"
#include "view/render_scene.hpp"
#include "view/scene_cull.hpp"
#include "view/theme.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kg::app {

// How to draw links this frame (level of detail).
struct EdgeDrawMode {
    bool thin_lines = false;    // one-pixel GL_LINES instead of anti-aliased quads
    float min_length_px = 1.0f; // links shorter than this on screen are skipped
};

// Picks thin lines when many links are drawn while zoomed out (a median node under 4 px).
EdgeDrawMode choose_edge_mode(const RenderScene& scene, const Camera& camera);

// The GPU copy of one RenderScene: vertices and static index buffers, uploaded by upload() only,
// plus the subset a camera sees. cull() picks what draw() draws: the static buffers when most
// instances are in view, else the visible instances' indices in a stream buffer.
class SceneBuffers {
  public:
    // Below this fraction of instances in view, the visible subset's indices are uploaded and
    // drawn; above it, drawing everything costs less than uploading (off-screen quads are clipped
    // before any pixel, short links dropped by the shader).
    static constexpr float kSubsetBelow = 0.7f;

    SceneBuffers();
    void upload(const RenderScene& scene);
    // Chooses the instances for `camera` (`mode` decides lines or quads in the subset).
    void cull(const Camera& camera, const EdgeDrawMode& mode);
    // Draw everything again (the overlay, and tests comparing culled and unculled pictures).
    void draw_all();

    std::size_t node_count() const { return nodes_.size(); }
    std::size_t edge_count() const { return edges_.size(); }
    std::size_t drawn_nodes() const {
        return subset_nodes_ ? visible_.nodes.size() : nodes_.size();
    }
    std::size_t drawn_edges() const {
        return subset_edges_ ? visible_.edges.size() : edges_.size();
    }
    const VisibleInstances& visible() const { return visible_; }
    // Links in view and links drawn at the last complete view (not a pan strip): fewer drawn
    // when the link pixel budget holds the lighter ones back ("showing N of M links").
    std::size_t links_in_view() const { return links_in_view_; }
    std::size_t links_drawn() const { return links_drawn_; }
    bool link_budget_active() const { return links_drawn_ < links_in_view_; }

  private:
    friend class SceneRenderer;
    bool whole_scene_in_view(const Camera& camera) const;
    // Recomputes budget_ when `camera` is a complete view at a new zoom, size or far from the
    // last; a pan strip (smaller viewport, same zoom) reuses it. True when the budget limits.
    bool update_budget(const Camera& camera, const EdgeDrawMode& mode);
    void upload_edge_subset(const EdgeDrawMode& mode);

    Buffer node_vertices_, edge_vertices_;
    Buffer node_quads_, edge_quads_, edge_lines_; // static indices: 6 per quad, 2 per line
    Buffer node_subset_, edge_subset_;            // stream indices of the visible subset
    VertexArray node_vao_, edge_vao_;
    std::vector<NodeInstance> nodes_; // CPU copies for culling
    std::vector<EdgeInstance> edges_;
    std::vector<std::uint32_t> index_pack_;
    VisibleInstances visible_;
    Vec2 bounds_min_, bounds_max_; // node centres, world
    float max_radius_ = 0.0f, max_width_px_ = 0.0f;
    bool subset_nodes_ = false, subset_edges_ = false;
    bool subset_thin_ = false; // the edge subset holds lines, then the wide tail
    std::size_t highlighted_ = 0;
    std::vector<std::uint32_t> importance_; // link_importance_order, once per upload
    LinkBudget budget_;
    std::optional<Camera> budget_camera_; // the view budget_ was computed for
    EdgeDrawMode budget_mode_;
    std::size_t links_in_view_ = 0, links_drawn_ = 0;
};

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
    void draw_edges(const SceneBuffers& buffers, const EdgeDrawMode& mode) const;

    std::optional<ShaderProgram> node_program_;
    std::optional<ShaderProgram> edge_program_;
};

// Sets the whole GL state the scene expects (blending, no depth, no scissor, no culling).
void set_scene_gl_state();

} // namespace kg::app
