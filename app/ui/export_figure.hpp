// The one export path: `kgviz snapshot` and the export dialog both build a FigureRequest and call
// export_figure(), so the same view gives the same figure. SVG needs no GL; PNG renders the
// figure (scene, labels, frame) offscreen through a FigureRenderer, in tiles when it is larger
// than GL allows, and writes it atomically. Data exports (GraphML, CSV) take the same input.
#pragma once

#include "export/figure.hpp"
#include "export/view_figure.hpp"
#include "gl/image.hpp"
#include "session/export_settings.hpp"
#include "session/ui_state.hpp"
#include "view/figure_size.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg::app {

struct ExploreData;

// Everything that decides how a figure looks, besides the graph.
struct FigureRequest {
    int width = kDefaultFigureWidth;
    int height = kDefaultFigureHeight;
    SceneStyle style;
    std::string title;
    std::string subtitle;
    bool legend = true;
    bool labels = true;
    bool transparent = false; // PNG: alpha 0 where nothing is drawn; SVG: no background
    float label_scale = 1.0f;
    float node_scale = 1.0f;
    std::optional<Camera> camera;        // the view's camera, else fitted to the plot area
    std::optional<Vec2> camera_viewport; // the window that camera was set for
    std::vector<std::string> filters;    // active filter lines for the legend
    SceneMarks marks;                    // selection / focus (empty for briefs)
    std::vector<ViewNote> notes;         // briefing callouts (entity ids)
    std::vector<std::pair<std::string, Vec2>> label_offsets; // labels the analyst moved
};

// The graph an export shows: the visible part of the corpus, re-indexed, with positions.
struct ExportInput {
    CorpusSubset subset;
    FigureRequest request;
};

// The app's current view: filters (explore's masks), pins, style, camera, with the dialog's
// settings (size, theme, title, scales). With "keep the current view" the figure is the canvas
// the analyst sees, between the `covered_left_px` the side panel covers and the
// `covered_right_px` the reader covers, and holds only the entities inside it (and the links
// between them), so its counts and sources are the figure's.
ExportInput export_input_from_ui(const Corpus& corpus, std::span<const Vec2> positions,
                                 const UiState& ui, const ExploreData* explore,
                                 const ExportSettings& settings, float covered_left_px = 0.0f,
                                 float covered_right_px = 0.0f);

// A saved view applied by `kgviz snapshot --view` (or the whole corpus when `viewed` is null).
ExportInput export_input_from_view(const Corpus& corpus, std::span<const Vec2> positions,
                                   const ViewedFigure* viewed, FigureRequest request);

// FigureOptions for the core's compose_figure.
FigureOptions figure_options(const FigureRequest& request);

// Renders figures with GL: owns a scene layer and a font atlas made for each figure's scale.
// Drawing needs a current GL 3.3 context with ImGui's OpenGL3 backend initialised (the App's, or
// the snapshot's); composing needs no GL, so a snapshot composes on its corpus worker while the
// main thread makes the context.
class FigureRenderer {
  public:
    // Ready to compose and draw (needs the current context).
    static std::unique_ptr<FigureRenderer> create(std::string& error);
    // Ready to compose only, without GL; prepare_gl() before the first render.
    static std::unique_ptr<FigureRenderer> create_without_gl();
    // Makes the GL resources (the scene layer) in the current context. False with `error`.
    bool prepare_gl(std::string& error);
    ~FigureRenderer();
    FigureRenderer(const FigureRenderer&) = delete;
    FigureRenderer& operator=(const FigureRenderer&) = delete;

    // Builds fonts for `request` and composes the figure with their metrics (labels measured,
    // frame text widths measured). No GL: the font atlas reaches the GPU on the next render.
    Figure compose(const Corpus& corpus, std::span<const Vec2> positions,
                   const FigureRequest& request);
    // Draws `figure` (from compose() with the same request). `max_tile` > 0 caps the tile size
    // (tests); 0 uses the GL limits. Nullopt with `error` on failure.
    std::optional<Image> render(const Corpus& corpus, const Figure& figure,
                                const FigureRequest& request, std::string& error, int max_tile = 0);
    // Draws `figure` and encodes it as PNG: the bytes (valid until the next call), or empty with
    // `error`. An opaque figure in one tile is encoded from read-back strips as they come, with
    // no whole-frame copy (the same pixels as render()); others go through render().
    std::string_view render_png(const Corpus& corpus, const Figure& figure,
                                const FigureRequest& request, std::string& error, int max_tile = 0);

    struct Impl;

  private:
    FigureRenderer();
    std::unique_ptr<Impl> impl_;
};

// What an export wrote.
struct ExportResult {
    std::string error;   // empty on success
    std::string message; // "wrote brief.png (3840 x 2160, 31 nodes, 58 links, 5 sources)"
    std::vector<std::filesystem::path> files;
    std::optional<Figure> figure; // the figure written (PNG, SVG)
};

// Writes `input` as `kind` to `path`, atomically. PNG needs `gl` (else an error); SVG, GraphML,
// GEXF and CSV do not. CSV writes four files beside each other (csv_export_paths). `composed`, when
// given, is the PNG figure `gl` already composed for `input` (so composing can happen elsewhere
// first).
ExportResult export_to_file(const std::filesystem::path& path, ExportKind kind,
                            const ExportInput& input, FigureRenderer* gl,
                            const Figure* composed = nullptr);

// The kind a file name asks for (.png, .svg, .graphml, .csv), or nullopt.
std::optional<ExportKind> export_kind_of(const std::filesystem::path& path);

} // namespace kg::app
