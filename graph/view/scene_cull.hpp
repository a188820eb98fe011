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

// Link pixel budget: zoomed out, the long links of a dense graph cover the screen many times over
// and a software rasterizer pays for every one of those pixels. Past the budget only the most
// important links are drawn. One viewport of line pixels: at 10k / 50k and 100k / 500k the
// picture still shows every community and hub, and 2x removed too little at 10k (measured in
// docs/rendering.md).
constexpr float kLinkPixelBudgetPerViewportPixel = 1.0f;

// Link instances by importance: highlighted first, then undimmed, then wider (heavier: the width
// grows with the weight), ties by index. Computed once per scene.
std::vector<std::uint32_t> link_importance_order(std::span<const EdgeInstance> edges);

// Pixels a link covers on screen: its length inside the viewport times its drawn width (one
// pixel for thin lines, else the width plus the anti-aliased margin); 0 when off screen or
// shorter than `min_link_px` (highlighted links are never dropped for their length).
float link_pixels_in_view(const EdgeInstance& e, const Camera& camera, float min_link_px,
                          bool thin_lines);

// Which links the budget keeps for one camera.
struct LinkBudget {
    std::vector<std::uint8_t> keep; // per instance: 1 when drawn under the budget
    std::size_t in_view = 0;        // links with pixels in view
    std::size_t kept = 0;           // of those, the ones kept
    double pixels_in_view = 0.0;    // estimated line pixels of all links in view
    bool limited() const { return kept < in_view; }
};

// Walks `order` (link_importance_order) and keeps links while their summed pixels stay within
// `budget_px`; highlighted links are always kept. One linear pass (a few ms at 500k links).
void budget_links(std::span<const EdgeInstance> edges, std::span<const std::uint32_t> order,
                  const Camera& camera, float min_link_px, bool thin_lines, double budget_px,
                  LinkBudget& out);

} // namespace kg
