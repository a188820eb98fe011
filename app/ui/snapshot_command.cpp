// `kgviz snapshot`: load the corpus, lay it out, apply --view, then write the SVG (core figure)
// or render offscreen and write the PNG, atomically either way.
#include "cli/commands.hpp"
#include "cli/load_corpus.hpp"
#include "common/atomic_write.hpp"
#include "export/figure.hpp"
#include "export/view_figure.hpp"
#include "ui/graph_positions.hpp"
#include "ui/snapshot_render.hpp"

#include <cstdio>

namespace kg::app {

int run_snapshot(const SnapshotOptions& options) {
    const std::string out = options.output.string();
    const std::string ext = options.output.extension().string();
    const bool svg = ext == ".svg";
    if (!svg && ext != ".png") {
        std::fprintf(stderr, "kgviz: %s: the output must end in .png or .svg\n", out.c_str());
        return 2;
    }
    UiState ui;
    if (const auto theme = theme_from_id(options.theme)) ui.style.theme = *theme;
    else {
        std::fprintf(stderr, "kgviz: unknown theme '%s' (light, dark or print)\n", options.theme.c_str());
        return 2;
    }
    if (options.width < 16 || options.height < 16 || options.width > 16384 || options.height > 16384) {
        std::fprintf(stderr, "kgviz: snapshot size %dx%d is outside 16..16384\n", options.width, options.height);
        return 2;
    }
    std::optional<Corpus> loaded = load_corpus_for_cli(options.corpus);
    if (!loaded) return 1;
    std::vector<Vec2> layout = initial_layout(*loaded);

    // --view: its filters cut the corpus down, its pins, theme, colouring and camera apply.
    // An explicit --theme other than the default still wins over the view's theme.
    std::optional<ViewedFigure> viewed;
    if (options.view) {
        Diagnostics diagnostics;
        viewed = apply_view_file(*options.view, *loaded, layout, diagnostics);
        for (const Diagnostic& d : diagnostics)
            std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
        if (!viewed) return 1;
        if (options.theme == "light") ui.style.theme = viewed->style.theme;
        ui.style.color = viewed->style.color;
        ui.camera = *viewed->camera;
    }
    const Corpus& corpus_ref = viewed ? viewed->subset.corpus : *loaded;
    const std::vector<Vec2>& positions = viewed ? viewed->subset.positions : layout;

    if (svg) {
        FigureOptions fo;
        fo.viewport = {float(options.width), float(options.height)};
        fo.title = options.title;
        fo.legend = options.legend;
        if (viewed) {
            fo.filters = viewed->filters;
            fo.camera = viewed->camera;
        }
        const Figure figure = compose_figure(corpus_ref, positions, ui.style, {}, fo);
        const std::string text = figure_to_svg(corpus_ref, figure, ui.style.theme);
        if (std::string werr = write_file_atomically(options.output, text); !werr.empty()) {
            std::fprintf(stderr, "kgviz: %s: %s\n", out.c_str(), werr.c_str());
            return 1;
        }
        std::fprintf(stderr, "kgviz: wrote %s (%zu nodes, %zu links, %zu sources)\n", out.c_str(),
                     figure.scene.nodes.size(), figure.scene.edges.size(), figure.sources.size());
        return 0;
    }

    SnapshotStyle style;
    style.width = options.width;
    style.height = options.height;
    style.title = options.title;
    style.legend = options.legend;
    std::string error;
    const std::optional<Image> image =
        render_snapshot(corpus_ref, positions, ui, style, error, viewed.has_value());
    if (!image) {
        std::fprintf(stderr, "kgviz: %s: %s\n", out.c_str(), error.c_str());
        return 1;
    }
    if (std::string werr = write_png(options.output, *image); !werr.empty()) {
        std::fprintf(stderr, "kgviz: %s: %s\n", out.c_str(), werr.c_str());
        return 1;
    }
    std::fprintf(stderr, "kgviz: wrote %s\n", out.c_str());
    return 0;
}

} // namespace kg::app
