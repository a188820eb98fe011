// compute_layout: split into components, lay each out, pack, then make the result readable.
#include "layout/algorithms.hpp"
#include "layout/layout.hpp"
#include "layout/pack.hpp"

#include <algorithm>
#include <cmath>

namespace kg {
namespace layout_detail {
namespace {

// Positions of one component with the algorithm the options ask for.
std::vector<Vec2> layout_component(const Component& c, LayoutAlgorithm algorithm,
                                   const ComponentParams& p, const Stage& stage) {
    const auto n = c.nodes.size();
    if (n == 1) return {Vec2{}};
    switch (algorithm) {
    case LayoutAlgorithm::Circle: return circle_layout(c.graph, p);
    case LayoutAlgorithm::Concentric: return concentric_layout(c.graph, p);
    case LayoutAlgorithm::FruchtermanReingold:
    case LayoutAlgorithm::Auto:
    case LayoutAlgorithm::Stress:
    case LayoutAlgorithm::Multilevel:
    case LayoutAlgorithm::KamadaKawai: break;
    }
    return fr_layout(c.graph, p, stage);
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

} // namespace
} // namespace layout_detail

std::vector<Vec2> compute_layout(const LayoutGraph& graph, const LayoutOptions& options,
                                 const WorkControl& control) {
    using namespace layout_detail;
    std::vector<Vec2> out(graph.node_count);
    if (graph.node_count == 0) return out;
    const float edge_length =
        std::isfinite(options.edge_length) && options.edge_length > 0.0f ? options.edge_length
                                                                          : kDefaultEdgeLength;
    auto components = split_components(graph);

    // Progress is shared between components by their size (nodes + links).
    double total_work = 0.0;
    for (const auto& c : components) total_work += double(c.nodes.size()) + boost::num_edges(c.graph);
    const Stage whole{&control, 0.0f, 0.95f, "layout"};
    double done_work = 0.0;

    std::vector<Box> boxes;
    std::vector<std::vector<Vec2>> local(components.size());
    for (std::size_t i = 0; i < components.size(); ++i) {
        const auto& c = components[i];
        ComponentParams p;
        p.edge_length = edge_length;
        p.seed = derive_seed(options.seed, i);
        if (!graph.node_groups.empty()) {
            p.groups.resize(c.nodes.size(), 0);
            for (std::size_t k = 0; k < c.nodes.size(); ++k)
                if (c.nodes[k] < graph.node_groups.size()) p.groups[k] = graph.node_groups[c.nodes[k]];
        }
        const double work = double(c.nodes.size()) + boost::num_edges(c.graph);
        const Stage stage = whole.sub(static_cast<float>(done_work / total_work),
                                      static_cast<float>((done_work + work) / total_work), "layout");
        done_work += work;
        local[i] = layout_component(c, options.algorithm, p, stage);
        for (auto& q : local[i])
            if (!has_position(q)) q = Vec2{};
        boxes.push_back(bounds(local[i], 0.5f * edge_length));
    }
    const auto offsets = pack_boxes(boxes, 0.5f * edge_length);
    for (std::size_t i = 0; i < components.size(); ++i)
        for (std::size_t k = 0; k < components[i].nodes.size(); ++k)
            out[components[i].nodes[k]] = local[i][k] + offsets[i];
    control.report(1.0f, "done");
    return out;
}

} // namespace kg
