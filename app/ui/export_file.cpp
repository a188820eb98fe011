// export_to_file: one export (PNG, SVG, GraphML, CSV) written atomically, for the dialog and
// `kgviz snapshot` alike.
#include "ui/export_file.hpp"

#include "common/atomic_write.hpp"
#include "export/data_export.hpp"
#include "export/evidence_annex.hpp"
#include "session/stage_clock.hpp"

#include <filesystem>
#include <string_view>

namespace kg::app {

std::optional<ExportKind> export_kind_of(const std::filesystem::path& path) {
    const std::string ext = path.extension().string();
    if (ext == ".png") return ExportKind::Png;
    if (ext == ".svg") return ExportKind::Svg;
    if (ext == ".graphml") return ExportKind::GraphMl;
    if (ext == ".csv") return ExportKind::Csv;
    if (ext == ".gexf") return ExportKind::Gexf;
    return std::nullopt;
}

ExportResult export_to_file(const std::filesystem::path& path, ExportKind kind,
                            const ExportInput& input, FigureRenderer* gl, const Figure* composed) {
    ExportResult res;
    const Corpus& corpus = input.subset.corpus;
    const std::string name = path.string();
    char buf[256];
    switch (kind) {
    case ExportKind::GraphMl:
    case ExportKind::Gexf:
    case ExportKind::Csv: {
        const DataFormat format = kind == ExportKind::Csv    ? DataFormat::Csv
                                  : kind == ExportKind::Gexf ? DataFormat::Gexf
                                                             : DataFormat::GraphMl;
        DataExport data =
            export_data(path, format, corpus, {input.subset.positions, input.options.style});
        res.error = std::move(data.error);
        res.message = std::move(data.message);
        res.files = std::move(data.files);
        break;
    }
    case ExportKind::Svg:
    case ExportKind::Png: {
        const FigureOptions& r = input.options;
        Figure fig;
        if (kind == ExportKind::Svg) {
            // The SVG writes the record the PNG draws: labels and frame measured with the PNG's
            // font (the SVG declares the same DejaVu Sans), so both files place the same labels
            // at the same spots. Composing needs no GL.
            std::unique_ptr<FigureRenderer> own =
                gl || composed ? nullptr : FigureRenderer::create_without_gl();
            fig = composed ? *composed
                           : (gl ? gl : own.get())->compose(corpus, input.subset.positions, r);
            res.error = write_file_atomically(
                path, figure_to_svg(corpus, fig, r.style.theme, r.transparent));
        } else if (!gl) {
            res.error = "PNG export needs an OpenGL context";
        } else {
            StageClock clock(" ");
            fig = composed ? *composed : gl->compose(corpus, input.subset.positions, r);
            clock.stage("compose");
            const std::string_view png = gl->render_png(corpus, fig, r, res.error);
            clock.stage("render+encode");
            if (res.error.empty()) res.error = write_file_atomically(path, png);
            clock.stage("write");
        }
        res.files = {path};
        auto plural = [](std::size_t n) { return n == 1 ? "" : "s"; };
        std::snprintf(buf, sizeof buf, " (%d x %d, %zu node%s, %zu link%s, %zu source%s)",
                      int(r.viewport.x), int(r.viewport.y), fig.scene.nodes.size(),
                      plural(fig.scene.nodes.size()), fig.scene.edges.size(),
                      plural(fig.scene.edges.size()), fig.sources.size(),
                      plural(fig.sources.size()));
        res.message = "wrote " + name + buf;
        res.figure = std::move(fig);
        break;
    }
    }
    if (!res.error.empty()) res.message.clear();
    return res;
}

} // namespace kg::app
