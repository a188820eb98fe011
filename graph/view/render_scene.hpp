// The scene the renderer draws, as plain instance arrays built from the corpus, positions,
// style and marks (selection, focus, pins). Built on the CPU, uploaded as-is by app/gl.
#pragma once

#include "common/vec2.hpp"
#include "model/corpus.hpp"
#include "view/camera.hpp"
#include "view/theme.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace kg {

enum class ColorMode : std::uint8_t { ByType, ByRegion };
enum class SizeMode : std::uint8_t { ByWeight, ByCentrality };

struct SceneStyle {
    ThemeId theme = ThemeId::Light;
    ColorMode color = ColorMode::ByType;
    SizeMode size = SizeMode::ByWeight; // weight = mentions, centrality = distinct neighbours
};

// What the user singled out. Indices are entity and link indices of the corpus.
struct SceneMarks {
    std::vector<EntityIndex> selected_nodes;
    std::optional<std::uint32_t> selected_link;
    std::optional<EntityIndex> focus; // neighbourhood focus: everything else dimmed
    std::vector<std::uint32_t>
        path_links; // a path lit (Paths panel): its links and ends stand out, the rest dims
    std::vector<std::uint8_t> pinned; // per entity (may be empty)
    // Per entity (may be empty): labels the analyst pinned, drawn past the label budget and the
    // overlap rules.
    std::vector<std::uint8_t> labels_pinned;
    std::vector<std::uint8_t> fresh; // per entity (may be empty): new from an added article, ringed
    std::vector<std::uint8_t> visible; // per entity, empty = all (the filters' mask)
    std::vector<std::uint8_t>
        visible_links; // per link, empty = all (link-only filters: kind, weight, topic)
    // Per link, the weight the filters leave it (its passages in allowed documents); empty = the
    // link's own weight. The width drawn, the tooltip and the panels all say this one number.
    std::vector<double> link_weight;
};

// Per-node flags read by the node shader.
enum NodeFlag : std::uint8_t {
    kNodeSelected = 1,
    kNodeHovered = 2,
    kNodeDimmed = 4,
    kNodePinned = 8,
    kNodeNew = 16,
    kNodeLabelPinned = 32 // read by label placement, not by the shaders
};
// Per-edge flags read by the edge shaders.
enum EdgeFlag : std::uint8_t { kEdgeDashed = 1, kEdgeHighlighted = 2, kEdgeDimmed = 4 };

// One node as the GPU reads it (24 bytes, tightly packed).
struct NodeInstance {
    Vec2 pos;            // world
    float radius = 1.0f; // world (the shader enforces kMinNodeRadiusPx)
    std::uint32_t fill = 0;
    std::uint32_t outline = 0;
    std::uint8_t shape = 0; // NodeShape
    std::uint8_t flags = 0; // NodeFlag bits
    std::uint16_t pad = 0;
};
static_assert(sizeof(NodeInstance) == 24);

// One link as the GPU reads it: a segment between node centres.
struct EdgeInstance {
    Vec2 a, b;             // world
    float width_px = 1.0f; // screen width: links keep their width at every zoom
    std::uint32_t color = 0;
    std::uint32_t flags = 0; // EdgeFlag bits
};

struct RenderScene {
    std::vector<NodeInstance> nodes;       // draw order: dimmed, normal, selected last (on top)
    std::vector<EdgeInstance> edges;       // draw order: dimmed first, highlighted last
    std::vector<EntityIndex> node_entity;  // instance -> entity
    std::vector<std::int32_t> entity_node; // entity -> instance, -1 when not drawn
    std::vector<std::uint32_t> edge_link;  // instance -> link
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edge_ends; // instance -> node instances
    Bounds bounds;                                                  // world, including node radii
    float max_radius = 0.0f;                                        // largest node radius (world)
    Rgba background;
};

// Builds the scene. `positions` has one entry per entity.
// Each entity's node radius as a fraction of the drawing's node spacing (0.09 to 0.30), by
// `mode`. The scene and the layout's overlap removal both size nodes with it, so hubs that are
// drawn big also get room.
std::vector<float> node_size_fractions(const Corpus& corpus, SizeMode mode);

RenderScene build_render_scene(const Corpus& corpus, std::span<const Vec2> positions,
                               const SceneStyle& style, const SceneMarks& marks);

// A length that matches the layout's scale: the side of the square each node would own. Node
// radii are fractions of it (node_size_fractions).
float spacing_of(std::span<const Vec2> positions);

// What the pointer is over: a node instance, a link (edge instance), or nothing.
struct HoverTarget {
    enum class Kind : std::uint8_t { None, Node, Edge } kind = Kind::None;
    std::uint32_t index = 0; // instance index in the scene

    friend bool operator==(const HoverTarget&, const HoverTarget&) = default;
};

// The small layer drawn over the cached scene for the hovered item: the node, or the link and
// both its ends, flagged as hovered. Drawing it never re-renders the scene.
RenderScene build_hover_overlay(const RenderScene& scene, const HoverTarget& hover,
                                const Theme& theme);

} // namespace kg
