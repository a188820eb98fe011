// `kgviz snapshot`: load the corpus, lay it out, apply --view, then export the figure through
// the same export_to_file() the export dialog uses (SVG without GL; PNG offscreen). Atomic.
// KGVIZ_TIMING=1 prints where the time went (stage: ms) on stderr.
#include "cli/commands.hpp"
#include "cli/load_corpus.hpp"
#include "export/view_figure.hpp"
#include "ui/export_figure.hpp"
#include "ui/graph_positions.hpp"
#include "ui/snapshot_render.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace kg::app {
namespace {

// Stage timings for KGVIZ_TIMING=1.
class StageClock {
public:
    StageClock() : on_(std::getenv("KGVIZ_TIMING") != nullptr) {}
    void stage(const char* name) {
        const auto now = std::chrono::steady_clock::now();
        if (on_) std::fprintf(stderr, "kgviz: timing: %-14s %7.1f ms\n", name,
                              std::chrono::duration<double, std::milli>(now - last_).count());
        last_ = now;
    }

private:
    bool on_;
    std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

} // namespace

int run_snapshot(const SnapshotOptions& options) {
    StageClock clock;
    const std::string out = options.output.string();
    const std::optional<ExportKind> kind = export_kind_of(options.output);
    if (kind != ExportKind::Png && kind != ExportKind::Svg) {
        std::fprintf(stderr, "kgviz: %s: the output must end in .png or .svg\n", out.c_str());
        return 2;
    }
    FigureRequest request;
    if (const auto theme = theme_from_id(options.theme)) request.style.theme = *theme;
    else {
        std::fprintf(stderr, "kgviz: unknown theme '%s' (light, dark or print)\n", options.theme.c_str());
        return 2;
    }
    if (options.width < 16 || options.height < 16 || options.width > 16384 || options.height > 16384) {
        std::fprintf(stderr, "kgviz: snapshot size %dx%d is outside 16..16384\n", options.width, options.height);
        return 2;
    }
    request.width = options.width;
    request.height = options.height;
    request.title = options.title;
    request.legend = options.legend;

    std::optional<Corpus> loaded = load_corpus_for_cli(options.corpus);
    if (!loaded) return 1;
    clock.stage("load corpus");
    std::vector<Vec2> layout = initial_layout(*loaded);
    clock.stage("layout");

    // --view: its filters cut the corpus down, its pins, theme, colouring and camera apply.
    // An explicit --theme other than the default still wins over the view's theme.
    std::optional<ViewedFigure> viewed;
    if (options.view) {
        Diagnostics diagnostics;
        viewed = apply_view_file(*options.view, *loaded, layout, diagnostics);
        for (const Diagnostic& d : diagnostics)
            std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
        if (!viewed) return 1;
        if (options.theme == "light") request.style.theme = viewed->style.theme;
    }
    const ExportInput input =
        export_input_from_view(*loaded, layout, viewed ? &*viewed : nullptr, std::move(request));
    clock.stage("apply view");

    // PNG: a hidden window gives the GL context (made only when needed).
    std::optional<HeadlessGl> gl;
    std::unique_ptr<FigureRenderer> renderer;
    if (*kind == ExportKind::Png) {
        gl.emplace();
        std::string error = gl->error();
        if (gl->ok()) renderer = FigureRenderer::create(error);
        if (!renderer) {
            std::fprintf(stderr, "kgviz: %s: %s\n", out.c_str(), error.c_str());
            return 1;
        }
        clock.stage("GL context");
    }
    const ExportResult result = export_to_file(options.output, *kind, input, renderer.get());
    clock.stage("export");
    if (!result.error.empty()) {
        std::fprintf(stderr, "kgviz: %s: %s\n", out.c_str(), result.error.c_str());
        return 1;
    }
    std::fprintf(stderr, "kgviz: %s\n", result.message.c_str());
    renderer.reset();
    gl.reset();
    clock.stage("GL teardown");
    return 0;
}

} // namespace kg::app
