// Boost's Kamada-Kawai with a bounded, cancellable `done` functor and a Pivot MDS start.
#include "layout/algorithms.hpp"
#include "layout/graph_distances.hpp"
#include "layout/stress.hpp"

// GCC 12 reports -Wmaybe-uninitialized inside Boost's adjacency_list edge iterator once
// kamada_kawai_spring_layout is inlined here (the optional edge iterator it copies): a false
// positive in Boost's code, silenced for these headers only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/kamada_kawai_spring_layout.hpp>
#include <boost/graph/topology.hpp>
#pragma GCC diagnostic pop

namespace kg::layout_detail {
namespace {

using KkGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                          boost::property<boost::edge_weight_t, double>>;

// Replaces boost::layout_tolerance: stops on a small gradient, after a bounded number of
// moves (Boost's own tolerance can stall for a long time on plateaus) or on cancel.
class KkDone {
  public:
    KkDone(double epsilon, long max_moves, long max_local, const Stage& stage)
        : epsilon_(epsilon), max_moves_(max_moves), max_local_(max_local), stage_(&stage) {}
    template <typename Graph>
    bool operator()(double delta_p, typename boost::graph_traits<Graph>::vertex_descriptor,
                    const Graph&, bool global) {
        if (global) {
            local_ = 0;
            ++moves_;
            if (moves_ % 64 == 0) stage_->report(static_cast<float>(moves_) / max_moves_);
            return delta_p < epsilon_ || moves_ >= max_moves_ || stage_->stop_requested();
        }
        return delta_p < epsilon_ || ++local_ >= max_local_;
    }

  private:
    double epsilon_;
    long max_moves_;
    long max_local_;
    long moves_ = 0;
    long local_ = 0;
    const Stage* stage_;
};

} // namespace

std::vector<Vec2> kk_layout(const CsrGraph& g, const ComponentParams& p, const Stage& stage) {
    const auto n = static_cast<std::uint32_t>(boost::num_vertices(g));
    // All-pairs matrices and Johnson's algorithm: beyond this size, the multilevel layout.
    if (n > kMaxStressNodes) return multilevel_layout(g, p, stage);
    if (n < 2) return std::vector<Vec2>(n);
    const auto dist = all_pairs_distances(g);
    const auto start = pivot_mds(dist, n, p.edge_length, p.seed);

    KkGraph kg_graph(n);
    const auto lengths = link_lengths(g);
    for (std::uint32_t u = 0; u < n; ++u)
        for (auto e : boost::make_iterator_range(boost::out_edges(u, g))) {
            const auto v = static_cast<std::uint32_t>(boost::target(e, g));
            if (u < v)
                boost::add_edge(u, v, lengths[boost::get(boost::edge_index, g, e)], kg_graph);
        }
    using Topology = boost::square_topology<>;
    Topology topology;
    std::vector<Topology::point_type> pos(n);
    for (std::uint32_t v = 0; v < n; ++v) {
        pos[v][0] = start[v].x;
        pos[v][1] = start[v].y;
    }
    auto pos_map =
        boost::make_iterator_property_map(pos.begin(), boost::get(boost::vertex_index, kg_graph));
    // The gradient scales with the spring constants (1/d^2) times world units.
    KkDone done(1e-3 * p.edge_length, 50L * n, 100, stage);
    const bool ok = boost::kamada_kawai_spring_layout(
        kg_graph, pos_map, boost::get(boost::edge_weight, kg_graph), topology,
        boost::edge_length(static_cast<double>(p.edge_length)), done);
    if (!ok) return start; // only on a disconnected graph, which components rule out
    std::vector<Vec2> out(n);
    for (std::uint32_t v = 0; v < n; ++v)
        out[v] = {static_cast<float>(pos[v][0]), static_cast<float>(pos[v][1])};
    stage.report(1.0f);
    return out;
}

} // namespace kg::layout_detail
