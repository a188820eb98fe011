// The whole PNG figure of a 10,000-node / 30,000-link synthetic graph at 3840x2160: compose
// (scene, frame, measured labels), render (GL, under Xvfb: llvmpipe there), read back, encode and
// write atomically. Each stage is also timed alone. Run: xvfb-run -a figure_png_bench
#include "gl/snapshot_render.hpp"
#include "synthetic_scene.hpp"
#include "ui/export_file.hpp"

#include <benchmark/benchmark.h>

#include <filesystem>

namespace {

const kg::bench::SyntheticGraph& graph() {
    static const kg::bench::SyntheticGraph g = kg::bench::make_synthetic_graph(10'000, 30'000, 1);
    return g;
}

kg::FigureOptions request() {
    kg::FigureOptions r;
    r.viewport = {3840, 2160};
    r.style.theme = kg::ThemeId::Print;
    r.title = "China-Russia: partners and issues";
    return r;
}

struct Rig {
    kg::app::HeadlessGl gl;
    std::unique_ptr<kg::app::FigureRenderer> renderer;
    Rig() {
        std::string error;
        if (gl.ok()) renderer = kg::app::FigureRenderer::create(error);
        graph(); // generating the test graph is not part of an export
    }
};

Rig& rig() {
    static Rig r;
    return r;
}

void BM_FigurePngWhole(benchmark::State& state) {
    auto& r = rig();
    if (!r.renderer) return state.SkipWithError("no GL context (run under xvfb-run -a)");
    kg::app::ExportInput in;
    in.subset = kg::subset_corpus(graph().corpus, graph().positions, {}, {});
    in.options = request();
    const auto path = std::filesystem::temp_directory_path() / "kgviz_figure_bench.png";
    for (auto _ : state) {
        const auto res =
            kg::app::export_to_file(path, kg::app::ExportKind::Png, in, r.renderer.get());
        if (!res.error.empty()) return state.SkipWithError(res.error.c_str());
    }
    std::filesystem::remove(path);
}
// The first iteration also builds the font atlas at the figure's sizes (later exports of the same
// size reuse it), so the run reports the mean of a cold start and warm exports.
BENCHMARK(BM_FigurePngWhole)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(4);

void BM_FigureCompose(benchmark::State& state) {
    auto& r = rig();
    if (!r.renderer) return state.SkipWithError("no GL context");
    for (auto _ : state) {
        kg::Figure f = r.renderer->compose(graph().corpus, graph().positions, request());
        benchmark::DoNotOptimize(f.labels.data());
    }
}
BENCHMARK(BM_FigureCompose)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_FigureRender(benchmark::State& state) {
    auto& r = rig();
    if (!r.renderer) return state.SkipWithError("no GL context");
    const kg::Figure f = r.renderer->compose(graph().corpus, graph().positions, request());
    std::string error;
    for (auto _ : state) {
        auto im = r.renderer->render(graph().corpus, f, request(), error);
        benchmark::DoNotOptimize(im->rgba.data());
    }
}
BENCHMARK(BM_FigureRender)->Unit(benchmark::kMillisecond)->UseRealTime();

// Where the render's time goes: the same figure without its links (arg 1), without its labels
// (arg 2), or with neither (arg 3); the differences from arg 0 are the links' and labels' cost.
void BM_FigureRenderParts(benchmark::State& state) {
    auto& r = rig();
    if (!r.renderer) return state.SkipWithError("no GL context");
    kg::Figure f = r.renderer->compose(graph().corpus, graph().positions, request());
    if (state.range(0) & 1)
        f.scene.edges.clear(), f.scene.edge_link.clear(), f.scene.edge_ends.clear();
    if (state.range(0) & 2) f.labels.clear();
    std::string error;
    for (auto _ : state) {
        auto im = r.renderer->render(graph().corpus, f, request(), error);
        benchmark::DoNotOptimize(im->rgba.data());
    }
}
BENCHMARK(BM_FigureRenderParts)->DenseRange(0, 3)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_FigureEncode(benchmark::State& state) {
    auto& r = rig();
    if (!r.renderer) return state.SkipWithError("no GL context");
    const kg::Figure f = r.renderer->compose(graph().corpus, graph().positions, request());
    std::string error;
    const auto im = r.renderer->render(graph().corpus, f, request(), error);
    std::size_t bytes = 0;
    for (auto _ : state) {
        const std::string png = kg::app::encode_png(*im, error);
        bytes = png.size();
    }
    state.counters["MB"] = double(bytes) / 1e6;
}
BENCHMARK(BM_FigureEncode)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
