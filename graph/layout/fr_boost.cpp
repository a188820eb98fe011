// Boost's Fruchterman-Reingold, parameterized for world units, seeded and cancellable.
#include "layout/algorithms.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>

#include <cmath>

namespace kg::layout_detail {
namespace {

using FrGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                          boost::property<boost::edge_weight_t, float>>;
using Topology = boost::rectangle_topology<boost::minstd_rand>;

// Weighted attraction: a heavier link pulls harder, so strongly linked entities sit closer.
struct WeightedAttraction {
    template <typename Graph, typename T>
    T operator()(typename boost::graph_traits<Graph>::edge_descriptor e, T k, T d,
                 const Graph& g) const {
        return static_cast<T>(boost::get(boost::edge_weight, g, e)) * d * d / k;
    }
};

// Linear cooling from `start` to 0; returning 0 ends Boost's loop, which is how cancel works.
class CancellableCooling {
  public:
    CancellableCooling(int iterations, double start, const Stage& stage)
        : iterations_(iterations), start_(start), stage_(&stage) {}
    using result_type = double;
    double operator()() {
        if (step_ >= iterations_ || stage_->stop_requested()) return 0.0;
        if (step_ % 16 == 0) stage_->report(static_cast<float>(step_) / iterations_);
        double t = start_ * (1.0 - static_cast<double>(step_) / iterations_);
        ++step_;
        return t;
    }

  private:
    int iterations_;
    int step_ = 0;
    double start_;
    const Stage* stage_;
};

} // namespace

std::vector<Vec2> fr_layout(const CsrGraph& g, const ComponentParams& p, const Stage& stage) {
    const auto n = static_cast<std::uint32_t>(boost::num_vertices(g));
    if (n <= 1) return std::vector<Vec2>(n, Vec2{});
    FrGraph fg(n);
    for (const auto& e : undirected_edges(g)) boost::add_edge(e.u, e.v, e.weight, fg);

    // Boost derives k = sqrt(area / n): a square of side L*sqrt(n) makes k the edge length.
    const double half = 0.5 * p.edge_length * std::sqrt(static_cast<double>(n));
    boost::minstd_rand gen(static_cast<std::uint32_t>(p.seed % 2147483646u) + 1u);
    Topology topology(gen, -half, -half, half, half);
    std::vector<Topology::point_type> pos(n);
    auto index = boost::get(boost::vertex_index, fg);
    auto pos_map = boost::make_iterator_property_map(pos.begin(), index);
    boost::random_graph_layout(fg, pos_map, topology);
    std::vector<Topology::point_difference_type> disp(n);

    // Boost's default cooling starts at iterations/10 world units: far too cold to untangle
    // anything at our scale. Start at a fifth of the box instead.
    const int iterations = n < 1000 ? 300 : 150;
    CancellableCooling cooling(iterations, 0.4 * half, stage);
    boost::fruchterman_reingold_force_directed_layout(
        fg, pos_map, topology, WeightedAttraction{}, boost::square_distance_repulsive_force{},
        boost::make_grid_force_pairs(topology, pos_map, fg), cooling,
        boost::make_iterator_property_map(disp.begin(), index));
    std::vector<Vec2> out(n);
    for (std::uint32_t v = 0; v < n; ++v)
        out[v] = {static_cast<float>(pos[v][0]), static_cast<float>(pos[v][1])};
    stage.report(1.0f);
    return out;
}

} // namespace kg::layout_detail
