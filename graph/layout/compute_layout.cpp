// compute_layout: split into components, lay each out (fresh or warm), pack, remove overlaps.
#include "layout/algorithms.hpp"
#include "layout/layout.hpp"
#include "layout/overlap.hpp"
#include "layout/pack.hpp"
#include "layout/warm_start.hpp"

#include <algorithm>
#include <cmath>

namespace kg {
namespace layout_detail {
namespace {

constexpr std::size_t kAutoStressNodes = 500;
constexpr int kOverlapRounds = 200;
constexpr float kMaxSpread = 10.0f;
// Past this size a whole-drawing overlap pass costs most of the layout time and raises stress
// (20k nodes: 6.5 s and 0.205 with it, 1.6 s and 0.181 without); such graphs are read zoomed in,
// where nodes drawn at their minimum radius no longer touch. Label sizes still force the pass.
constexpr std::uint32_t kFullOverlapNodes = 2000;

// Positions of one component laid out from scratch with the algorithm the options ask for.
std::vector<Vec2> layout_fresh(const Component& c, LayoutAlgorithm algorithm,
                               const ComponentParams& p, const Stage& stage) {
    const auto n = c.nodes.size();
    if (n == 1) return {Vec2{}};
    switch (algorithm) {
    case LayoutAlgorithm::Circle:
        return circle_layout(c.graph, p);
    case LayoutAlgorithm::Concentric:
        return concentric_layout(c.graph, p);
    case LayoutAlgorithm::Stress:
        return stress_layout(c.graph, p, stage);
    case LayoutAlgorithm::Multilevel:
        return multilevel_layout(c.graph, p, stage);
    case LayoutAlgorithm::FruchtermanReingold:
        return fr_layout(c.graph, p, stage);
    case LayoutAlgorithm::KamadaKawai:
        return kk_layout(c.graph, p, stage);
    case LayoutAlgorithm::Auto:
        break;
    }
    // Auto: stress majorization reads best for small components; past a few hundred nodes
    // its O(n^2) cost per sweep loses to the multilevel force layout.
    return n <= kAutoStressNodes ? stress_layout(c.graph, p, stage)
                                 : multilevel_layout(c.graph, p, stage);
}

// Bounding box of `pos` grown by `margin`.
Box bounds(const std::vector<Vec2>& pos, float margin) {
    Box b{pos.front(), pos.front()};
    for (auto q : pos) {
        b.min = {std::min(b.min.x, q.x), std::min(b.min.y, q.y)};
        b.max = {std::max(b.max.x, q.x), std::max(b.max.y, q.y)};
    }
    b.min = b.min - Vec2{margin, margin};
    b.max = b.max + Vec2{margin, margin};
    return b;
}

// The component's share of the options: seed, groups, warm start and pins in local ids.
ComponentParams component_params(const Component& c, std::size_t index, const LayoutGraph& graph,
                                 const LayoutOptions& options, float edge_length) {
    ComponentParams p;
    p.edge_length = edge_length;
    p.seed = derive_seed(options.seed, index);
    const auto n = c.nodes.size();
    if (!graph.node_groups.empty()) p.groups.assign(n, 0);
    if (options.initial.size() == graph.node_count) p.initial.assign(n, kNoPosition);
    if (!options.pinned.empty()) p.pinned.assign(n, false);
    for (std::size_t k = 0; k < n; ++k) {
        const auto v = c.nodes[k];
        if (v < graph.node_groups.size()) p.groups[k] = graph.node_groups[v];
        if (!p.initial.empty()) p.initial[k] = options.initial[v];
        if (v < options.pinned.size()) p.pinned[k] = options.pinned[v];
    }
    return p;
}

} // namespace
} // namespace layout_detail

std::vector<Vec2> compute_layout(const LayoutGraph& graph, const LayoutOptions& options,
                                 const WorkControl& control) {
    return compute_layout(graph, options, control, {});
}

std::vector<Vec2> compute_layout(const LayoutGraph& graph, const LayoutOptions& options,
                                 const WorkControl& control, const LayoutPreviewFn& preview) {
    using namespace layout_detail;
    std::vector<Vec2> out(graph.node_count);
    if (graph.node_count == 0) return out;
    const float edge_length = std::isfinite(options.edge_length) && options.edge_length > 0.0f
                                  ? options.edge_length
                                  : kDefaultEdgeLength;
    const auto components = split_components(graph);
    const bool simple = options.algorithm == LayoutAlgorithm::Circle ||
                        options.algorithm == LayoutAlgorithm::Concentric;

    // Progress is shared between components by their size (nodes + links).
    double total_work = 0.0;
    for (const auto& c : components)
        total_work += double(c.nodes.size()) + boost::num_edges(c.graph);
    const Stage whole{&control, 0.0f, 0.9f, "layout"};
    double done_work = 0.0;

    // Warm components keep their place; fresh ones are packed (beside the warm ones, if any).
    std::vector<Vec2> shown(graph.node_count, Vec2{});
    if (preview)
        for (std::uint32_t v = 0; v < graph.node_count && v < options.initial.size(); ++v)
            if (has_position(options.initial[v])) shown[v] = options.initial[v];
    std::vector<std::size_t> fresh;
    std::vector<std::vector<Vec2>> local(components.size());
    bool any_warm = false;
    Box warm_box{};
    for (std::size_t i = 0; i < components.size(); ++i) {
        const auto& c = components[i];
        auto p = component_params(c, i, graph, options, edge_length);
        if (preview) {
            // Previews show the component in progress over what is known of the rest: the
            // warm start where given, else the origin. Only for the larger components.
            if (c.nodes.size() >= 32)
                p.preview = [&, i](const std::vector<Vec2>& part) {
                    for (std::size_t k = 0; k < part.size(); ++k)
                        shown[components[i].nodes[k]] = part[k];
                    preview(shown);
                };
        }
        const double work = double(c.nodes.size()) + boost::num_edges(c.graph);
        const Stage stage = whole.sub(float(done_work / total_work),
                                      float((done_work + work) / total_work), "layout");
        done_work += work;
        std::vector<bool> had_position(c.nodes.size(), false);
        for (std::size_t k = 0; k < p.initial.size(); ++k)
            had_position[k] = has_position(p.initial[k]);
        auto warm = p.initial;
        if (!simple && !warm.empty() && place_new_nodes(c.graph, warm, edge_length, p.seed)) {
            refine_warm(c.graph, warm, had_position, p, stage);
            local[i] = std::move(warm);
            const Box b = bounds(local[i], 0.0f);
            warm_box =
                any_warm
                    ? Box{{std::min(warm_box.min.x, b.min.x), std::min(warm_box.min.y, b.min.y)},
                          {std::max(warm_box.max.x, b.max.x), std::max(warm_box.max.y, b.max.y)}}
                    : b;
            any_warm = true;
        } else {
            local[i] = layout_fresh(c, options.algorithm, p, stage);
            fresh.push_back(i);
        }
        // Every algorithm returns one position per node; the guard keeps a bug from reading
        // past the end below.
        local[i].resize(c.nodes.size(), Vec2{});
        for (auto& q : local[i])
            if (!has_position(q)) q = Vec2{};
    }
    std::vector<Box> boxes;
    std::vector<std::span<const Vec2>> points;
    for (auto i : fresh) {
        boxes.push_back(bounds(local[i], 0.5f * edge_length));
        points.emplace_back(local[i]);
    }
    auto offsets = pack_boxes(boxes, 0.5f * edge_length, points);
    if (any_warm) {
        // New components line up to the right of the existing drawing, top-aligned.
        for (auto& o : offsets) o = o + Vec2{warm_box.max.x + edge_length, warm_box.min.y};
    }
    for (std::size_t f = 0; f < fresh.size(); ++f)
        for (auto& q : local[fresh[f]]) q = q + offsets[f];
    for (std::size_t i = 0; i < components.size(); ++i)
        for (std::size_t k = 0; k < components[i].nodes.size(); ++k)
            out[components[i].nodes[k]] = local[i][k];

    // Pins win over everything, including overlap removal (which treats them as fixed).
    std::vector<bool> pinned(graph.node_count, false);
    for (std::uint32_t v = 0; v < graph.node_count && v < options.pinned.size(); ++v)
        if (options.pinned[v] && v < options.initial.size() && has_position(options.initial[v])) {
            pinned[v] = true;
            out[v] = options.initial[v];
        }
    const bool large = graph.node_count > kFullOverlapNodes && graph.label_sizes.empty();
    if (options.remove_overlaps && !large && !control.stop_requested()) {
        control.report(0.9f, "overlaps");
        const auto node_boxes = make_overlap_boxes(graph, edge_length, pinned);
        // Inflating moves every node, so only fresh layouts get it; warm ones must stay put.
        if (!any_warm && std::none_of(pinned.begin(), pinned.end(), [](bool b) { return b; }))
            spread_for_overlaps(out, node_boxes, kMaxSpread);
        remove_overlaps(out, node_boxes, kOverlapRounds);
    }
    control.report(1.0f, "done");
    return out;
}

} // namespace kg
