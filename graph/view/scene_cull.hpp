// View culling and level of detail for the renderer: which node and link instances can put a
// pixel inside the camera's viewport, in draw order. The renderer draws only these, so a zoomed
// view costs what it shows, and links too short to see on screen are dropped before the GPU.
#pragma once

#include "view/camera.hpp"
#include "view/render_scene.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace kg {

// Half the side of the screen-space square a node's quad covers (node.vert: the shape, its
// anti-aliased edge and, for selected nodes, the selection ring).
float node_extent_px(const NodeInstance& node, float zoom);

// True when the segment a-b (screen pixels) widened by `half_width` touches [0, w] x [0, h].
bool segment_touches_viewport(Vec2 a, Vec2 b, float half_width, Vec2 viewport);

// The instances to draw for `camera`, ascending (draw order kept).
struct VisibleInstances {
    std::vector<std::uint32_t> nodes;
    std::vector<std::uint32_t> edges;
    bool all_nodes = false; // every node instance is listed
    bool all_edges = false; // every edge instance is listed
};

// Fills `out` (reusing its storage): nodes whose quad overlaps the viewport, and links whose
// drawn quad overlaps it and whose on-screen length is at least `min_link_px` (highlighted
// links are kept whatever their length).
void cull_instances(std::span<const NodeInstance> nodes, std::span<const EdgeInstance> edges,
                    const Camera& camera, float min_link_px, VisibleInstances& out);
inline void cull_scene(const RenderScene& scene, const Camera& camera, float min_link_px,
                       VisibleInstances& out) {
    cull_instances(scene.nodes, scene.edges, camera, min_link_px, out);
}

} // namespace kg
