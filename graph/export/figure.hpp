// A complete export figure as plain data: the scene, the frame around it, the camera fitted
// into the frame's plot area, the placed labels and the articles behind the visible links.
// The SVG writer and the PNG snapshot both start from this, so the two files match.
#pragma once

#include "explore/saved_view.hpp"
#include "export/figure_frame.hpp"
#include "export/figure_labels.hpp"
#include "export/figure_notes.hpp"
#include "view/figure_size.hpp"
#include "view/label_placement.hpp"
#include "view/render_scene.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kg {

// Everything that decides how a figure looks, besides the graph it shows: the one description
// that the export dialog, `kgviz snapshot` and the test renderer fill, and that the SVG writer
// and the PNG renderer read.
struct FigureOptions {
    Vec2 viewport = kDefaultFigureViewport; // the figure's size in pixels
    SceneStyle style;                       // theme, colouring, sizing
    SceneMarks marks;                       // selection / focus (empty for briefs)
    std::string title;
    std::string subtitle;
    bool legend = true;
    bool labels = true;
    std::vector<std::string> filters; // active filter descriptions for the legend
    std::optional<Camera> camera;     // a saved view's camera; otherwise fitted to the frame
    // The viewport `camera` was set for (the window the view was saved from). When given, the
    // world region that camera showed there is fitted into this figure's plot area, so a view
    // saved at 1600x1000 and exported at 3840x2160 shows the same region; when absent, `camera`
    // is used as it is (only its viewport is replaced).
    std::optional<Vec2> camera_viewport;
    bool transparent = false; // no background (SVG rectangle / PNG alpha)
    float label_scale = 1.0f; // label font size relative to the frame's default
    float node_scale = 1.0f;  // node radius relative to the scene's
    TextMeasure measure;      // frame text widths; empty = estimated (see figure_frame)
    // Briefing annotations as a saved view keeps them (entity ids; offsets in canvas pixels,
    // scaled with the frame): callouts, and labels the analyst moved.
    std::vector<ViewNote> notes;
    std::vector<std::pair<std::string, Vec2>> label_offsets;
    // Entities whose label the analyst pinned (ids): drawn even where the label budget or the
    // overlap rules would leave it out.
    std::vector<std::string> labels_pinned;
};

struct Figure {
    RenderScene scene;
    FigureFrame frame;
    Camera camera;
    float label_font_px = 14.0f;
    std::vector<PlacedLabel> labels;
    std::vector<LabelLeader> label_leaders; // labels set apart from their node
    std::vector<FigureNote> notes;          // callouts, in the order the view keeps them
    std::vector<DocIndex> sources;          // newest first
    std::string as_of;                      // newest article date, ISO, "" when unknown
};

// The label font size compose_figure uses for `options` (the PNG path makes its font at it).
float figure_label_px(const FigureOptions& options);

// Builds the figure. `label_sizes` (per entity, pixels at label_font_px) may be empty: then
// they are estimated from the text.
Figure compose_figure(const Corpus& corpus, std::span<const Vec2> positions,
                      const FigureOptions& options, std::span<const LabelBoxes> label_sizes = {});

// The figure as an SVG document.
std::string figure_to_svg(const Corpus& corpus, const Figure& figure, ThemeId theme,
                          bool transparent = false);

} // namespace kg
