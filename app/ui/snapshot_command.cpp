// `kgviz snapshot`: load the corpus, lay it out, render it offscreen, write the PNG atomically.
#include "cli/commands.hpp"
#include "cli/load_corpus.hpp"
#include "ui/graph_positions.hpp"
#include "ui/snapshot_render.hpp"

#include <cstdio>

namespace kg::app {

int run_snapshot(const SnapshotOptions& options) {
    const std::string out = options.output.string();
    const std::string ext = options.output.extension().string();
    if (ext == ".svg") {
        std::fprintf(stderr, "kgviz: %s: SVG export is not available yet\n", out.c_str());
        return 1;
    }
    if (ext != ".png") {
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
    if (options.view)
        std::fprintf(stderr, "kgviz: %s: --view is not supported by snapshot yet; using a fitted view\n",
                     options.view->string().c_str());

    std::optional<Corpus> corpus = load_corpus_for_cli(options.corpus);
    if (!corpus) return 1;
    const std::vector<Vec2> positions = initial_layout(*corpus);

    SnapshotStyle style;
    style.width = options.width;
    style.height = options.height;
    style.title = options.title;
    style.legend = options.legend;
    std::string error;
    const std::optional<Image> image = render_snapshot(*corpus, positions, ui, style, error);
    if (!image) {
        std::fprintf(stderr, "kgviz: %s: %s\n", out.c_str(), error.c_str());
        return 1;
    }
    if (std::string werr = write_png(options.output, *image); !werr.empty()) {
        std::fprintf(stderr, "kgviz: %s: %s\n", out.c_str(), werr.c_str());
        return 1;
    }
    return 0;
}

} // namespace kg::app
