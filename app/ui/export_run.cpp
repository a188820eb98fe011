// App::announce_export and App::run_export: the export dialog's ExportFile, through the same
// export_to_file() as `kgviz snapshot`, on the main thread (PNG needs the App's GL context).
// The outcome goes to the dialog and the status line.
#include "ui/app.hpp"

#include "export/evidence_annex.hpp"

#include <cstdio>

namespace kg::app {

// The frame that reads the action has already built the dialog, and the next one shows the new
// line: the export runs at the start of the frame after that.
void App::announce_export(const ExportFile& request) {
    const ExportSettings& s = request.settings;
    ui_.export_message = "Exporting " + s.path +
                         (s.kind == ExportKind::Png ? " (" + std::to_string(s.width) + " x " +
                                                          std::to_string(s.height) + ") ..."
                                                    : " ...");
    workspace_.message = ui_.export_message;
    pending_export_ = request;
    pending_export_frames_ = 2;
    stale_.mark(Stale::Events);
}

void App::run_export(const ExportFile& request) {
    const ExportSettings& s = request.settings;
    std::string message;
    ExportInput input =
        export_input_from_ui(corpus_, positions_, ui_, &explore_, s, side_panel_px(), reader_px());
    if (s.kind == ExportKind::Png && !figure_renderer_) {
        std::string error;
        figure_renderer_ = FigureRenderer::create(error);
        if (!figure_renderer_) message = "Export failed: " + error;
    }
    if (message.empty()) {
        const ExportResult r = export_to_file(s.path, s.kind, input, figure_renderer_.get());
        message = r.error.empty() ? "Exported: " + r.message
                                  : "Export failed: " + s.path + ": " + r.error;
        // The annex is written from the figure just drawn, so it lists exactly its links.
        if (r.error.empty() && s.annex && r.figure) {
            const std::filesystem::path annex = annex_path_beside(s.path);
            const std::string error = export_annex(annex, input.subset.corpus, *r.figure, s.title);
            message += error.empty() ? "; evidence annex " + annex.string()
                                     : "; annex failed: " + annex.string() + ": " + error;
        }
    }
    std::fprintf(stderr, "kgviz: %s\n", message.c_str());
    ui_.export_message = message;
    workspace_.message = message;
    stale_.mark(Stale::Layer); // the export drew with GL state of its own
}

} // namespace kg::app
