// SVG export of a 10,000-node synthetic graph at 3840x2160: compose (scene, frame, labels) and
// write (text generation), timed separately.
#include "export/figure.hpp"
#include "synthetic_scene.hpp"

#include <benchmark/benchmark.h>

namespace {

const kg::bench::SyntheticGraph& graph() {
    static const kg::bench::SyntheticGraph g = kg::bench::make_synthetic_graph(10'000, 30'000, 1);
    return g;
}

kg::FigureOptions options() {
    kg::FigureOptions o;
    o.viewport = {3840, 2160};
    o.title = "China-Russia: partners and issues";
    return o;
}

void BM_ComposeFigure(benchmark::State& state) {
    const auto& g = graph();
    for (auto _ : state) {
        kg::Figure f = kg::compose_figure(g.corpus, g.positions, options());
        benchmark::DoNotOptimize(f.labels.data());
    }
}
BENCHMARK(BM_ComposeFigure)->Unit(benchmark::kMillisecond);

void BM_WriteSvg10k(benchmark::State& state) {
    const auto& g = graph();
    const kg::Figure f = kg::compose_figure(g.corpus, g.positions, options());
    std::size_t bytes = 0;
    for (auto _ : state) {
        const std::string svg = kg::figure_to_svg(g.corpus, f, kg::ThemeId::Print);
        bytes = svg.size();
        benchmark::DoNotOptimize(svg.data());
    }
    state.counters["nodes"] = double(f.scene.nodes.size());
    state.counters["links"] = double(f.scene.edges.size());
    state.counters["MB"] = double(bytes) / 1e6;
}
BENCHMARK(BM_WriteSvg10k)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
