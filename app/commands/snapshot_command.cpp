// `kgviz snapshot`: load the corpus, lay it out, apply --view, then export the figure through
// the same export_to_file() the export dialog uses (SVG without GL; PNG offscreen). Atomic.
// The corpus is loaded and the PNG figure composed (fonts, labels) on a worker while the main
// thread makes the GL context.
// KGVIZ_TIMING=1 prints where the time went (stage: ms) on stderr; indented lines are sub-stages
// (the worker's, the GL context's, the export's).
#include "cli/commands.hpp"
#include "cli/load_corpus.hpp"
#include "export/evidence_annex.hpp"
#include "export/view_figure.hpp"
#include "gl/snapshot_render.hpp"
#include "session/graph_positions.hpp"
#include "session/stage_clock.hpp"
#include "ui/export_file.hpp"
#include "view/figure_size.hpp"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <thread>

namespace kg::app {
namespace {

// The corpus side of a snapshot: articles loaded and extracted, laid out, --view applied. Exit
// status 1 (with its messages already printed) when there is nothing to draw.
struct PreparedInput {
    std::optional<ExportInput> input;
    std::optional<Figure> figure; // composed by the renderer: PNG ready to draw, SVG to write
    int status = 1;
};

PreparedInput prepare_input(const SnapshotOptions& options) {
    FigureOptions figure = options.figure;
    StageClock clock("  ");
    // The figure shows no passage; only the evidence annex quotes them.
    std::optional<Corpus> loaded =
        load_corpus_for_cli(options.corpus, std::nullopt, nullptr, options.annex.has_value());
    if (!loaded) return {};
    clock.stage("load corpus");
    // A big corpus without --view or --all opens on its prominence budget, laid out alone.
    std::optional<ViewedFigure> viewed;
    if (!options.view && !options.all) viewed = default_view_figure(*loaded);
    if (viewed) clock.stage("budget+layout");
    std::vector<Vec2> layout;
    if (!viewed) layout = initial_layout(*loaded);
    clock.stage("layout");

    // --view: its filters cut the corpus down, its pins, theme, colouring and camera apply.
    // An explicit --theme other than the default still wins over the view's theme.
    if (options.view) {
        Diagnostics diagnostics;
        viewed = apply_view_file(*options.view, *loaded, layout, diagnostics, options.all);
        for (const Diagnostic& d : diagnostics)
            std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
        if (!viewed) return {};
        if (figure.style.theme == ThemeId::Light) figure.style.theme = viewed->style.theme;
    }
    PreparedInput prepared;
    prepared.input = export_input_from_view(*loaded, layout, std::move(viewed), std::move(figure));
    prepared.status = 0;
    clock.stage("apply view");
    return prepared;
}

} // namespace

int run_snapshot(const SnapshotOptions& options) {
    StageClock clock;
    const std::string out = options.output.string();
    const std::optional<ExportKind> kind = export_kind_of(options.output);
    if (kind != ExportKind::Png && kind != ExportKind::Svg) {
        std::fprintf(stderr, "kgviz: %s: the output must end in .png or .svg\n", out.c_str());
        return 2;
    }
    const Vec2 size = options.figure.viewport;
    if (size.x < kMinFigureSide || size.y < kMinFigureSide || size.x > kMaxFigureSide ||
        size.y > kMaxFigureSide) {
        std::fprintf(stderr, "kgviz: snapshot size %dx%d is outside %d..%d\n", int(size.x),
                     int(size.y), kMinFigureSide, kMaxFigureSide);
        return 2;
    }

    // The corpus loads, and the PNG figure is composed, on a worker while this thread makes the
    // GL context: on two cores they overlap (Mesa's driver load is most of the GL time). Composing
    // builds font atlases through ImGui's allocator, so this thread starts ImGui only after the
    // worker is done. Exceptions stay on the worker's side: one becomes a message and exit
    // status 1.
    // The renderer composes for SVG too (labels measured with the PNG's font: one record).
    const bool png = *kind == ExportKind::Png;
    std::unique_ptr<FigureRenderer> renderer = FigureRenderer::create_without_gl();
    PreparedInput prepared;
    {
        std::jthread worker([&] {
            try {
                prepared = prepare_input(options);
                if (renderer && prepared.input) {
                    StageClock compose_clock("  ");
                    prepared.figure = renderer->compose(prepared.input->subset.corpus,
                                                        prepared.input->subset.positions,
                                                        prepared.input->options);
                    compose_clock.stage("compose");
                }
            } catch (const std::exception& e) {
                std::fprintf(stderr, "kgviz: %s\n", e.what());
                prepared = {};
            }
        });
        // PNG: a GL context without a window (made only when needed).
        std::optional<HeadlessGl> gl;
        if (png) {
            gl.emplace(false);
            clock.stage("GL context");
        }
        worker.join();
        clock.stage("wait for corpus");
        if (prepared.status != 0) return prepared.status;
        if (png) {
            gl->start_imgui();
            std::string gl_error = gl->error();
            if (gl->ok() && !renderer->prepare_gl(gl_error) && gl_error.empty())
                gl_error = "cannot make the figure renderer's GL resources";
            clock.stage("GL resources");
            if (!gl_error.empty()) {
                std::fprintf(stderr, "kgviz: %s: %s\n", out.c_str(), gl_error.c_str());
                return 1;
            }
        }
        const Figure* figure = prepared.figure ? &*prepared.figure : nullptr;
        const ExportResult result = export_to_file(options.output, *kind, *prepared.input,
                                                   png ? renderer.get() : nullptr, figure);
        clock.stage("export");
        if (!result.error.empty()) {
            std::fprintf(stderr, "kgviz: %s: %s\n", out.c_str(), result.error.c_str());
            return 1;
        }
        std::fprintf(stderr, "kgviz: %s\n", result.message.c_str());
        if (options.annex && result.figure) {
            const std::string annex = options.annex->string();
            const Corpus& drawn = prepared.input->subset.corpus;
            if (std::string error =
                    export_annex(*options.annex, drawn, *result.figure, options.figure.title);
                !error.empty()) {
                std::fprintf(stderr, "kgviz: %s: %s\n", annex.c_str(), error.c_str());
                return 1;
            }
            std::fprintf(stderr, "kgviz: wrote %s (evidence behind %zu links)\n", annex.c_str(),
                         annex_links(drawn, *result.figure).size());
        }
        // The figure is on disk, renamed into place: what is left is freeing memory and unloading
        // Mesa, which the process exit does at once. Sanitizer builds tear down properly so that
        // LeakSanitizer still checks this path.
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
        std::fflush(nullptr);
        std::_Exit(0);
#endif
        renderer.reset();
        gl.reset();
        clock.stage("GL teardown");
    }
    return 0;
}

} // namespace kg::app
