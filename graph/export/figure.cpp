// compose_figure: scene -> sources -> frame -> camera -> labels kept clear of the frame.
#include "export/figure.hpp"

#include "export/figure_labels.hpp"
#include "export/svg_writer.hpp"

#include <algorithm>

namespace kg {

Figure compose_figure(const Corpus& corpus, std::span<const Vec2> positions,
                      const SceneStyle& style, const SceneMarks& marks,
                      const FigureOptions& options, std::span<const LabelBoxes> label_sizes) {
    Figure fig;
    fig.scene = build_render_scene(corpus, positions, style, marks);
    if (options.node_scale > 0.0f && options.node_scale != 1.0f) {
        for (NodeInstance& n : fig.scene.nodes) n.radius *= options.node_scale;
        fig.scene.bounds = {};
        for (const NodeInstance& n : fig.scene.nodes) fig.scene.bounds.add(n.pos, n.radius);
    }
    fig.sources = sources_behind(corpus, fig.scene);
    fig.as_of = newest_date(corpus, fig.sources);

    FigureInput in;
    in.viewport = options.viewport;
    in.title = options.title;
    in.subtitle = options.subtitle;
    in.measure = options.measure;
    if (!fig.as_of.empty()) {
        in.as_of = "As of " + format_date(fig.as_of) + " \xC2\xB7 " +
                   std::to_string(fig.sources.size()) +
                   (fig.sources.size() == 1 ? " article" : " articles");
    }
    const Theme& t = theme(style.theme);
    if (options.legend) in.legend = legend_rows(t, style.color, options.filters);
    if (fig.sources.size() > kListedSourcesMax)
        in.sources.push_back(sources_summary(corpus, fig.sources));
    else
        for (DocIndex d : fig.sources) in.sources.push_back(source_entry(corpus.documents[d]));
    fig.frame = layout_figure_frame(in);

    if (options.camera && options.camera_viewport) {
        // The region the view showed in its own window, fitted into this figure's plot area.
        Camera saved = *options.camera;
        saved.viewport = *options.camera_viewport;
        fig.camera = fit_camera_in(saved.visible_world(), options.viewport, fig.frame.plot.min,
                                   fig.frame.plot.max);
    } else {
        fig.camera = options.camera ? *options.camera
                                    : fit_camera_to_frame(fig.scene, fig.frame, options.viewport);
    }
    fig.camera.viewport = options.viewport;

    if (options.labels) {
        fig.label_font_px = figure_label_px(options);
        std::vector<LabelBoxes> estimated;
        if (label_sizes.empty()) {
            estimated = estimate_label_sizes(corpus, fig.label_font_px);
            label_sizes = estimated;
        }
        LabelOptions lo;
        lo.viewport = options.viewport;
        lo.padding = 3.0f * fig.frame.scale;
        FigureLabels placed = place_figure_labels(label_candidates(fig.scene, fig.camera, label_sizes, -1, lo),
                                                  fig.scene, fig.camera, fig.frame, lo);
        fig.labels = std::move(placed.labels);
        fig.label_leaders = std::move(placed.leaders);
    }
    return fig;
}

float figure_label_px(const FigureOptions& options) {
    return 14.0f * figure_scale(options.viewport) * std::max(options.label_scale, 0.1f);
}

std::string figure_to_svg(const Corpus& corpus, const Figure& figure, ThemeId theme_id,
                          bool transparent) {
    SvgInput in;
    in.corpus = &corpus;
    in.scene = &figure.scene;
    in.camera = figure.camera;
    in.labels = figure.labels;
    in.leaders = figure.label_leaders;
    in.label_font_px = figure.label_font_px;
    in.frame = &figure.frame;
    in.theme = &theme(theme_id);
    in.transparent = transparent;
    return write_svg(in);
}

} // namespace kg
