// What an export draws, from the app's state or from a saved view, and the options it implies.
#include "session/export_input.hpp"

#include "export/filter_legend.hpp"
#include "session/explore_data.hpp"
#include "session/view_state.hpp"
#include "view/render_scene.hpp"

#include <algorithm>

namespace kg::app {
namespace {

// The camera of the canvas the analyst sees: `camera`'s view less the `covered_left` pixels under
// the side panel and the `covered_right` under the reader, at the same zoom.
Camera seen_canvas(const Camera& camera, float covered_left, float covered_right) {
    const float left = std::clamp(covered_left, 0.0f, camera.viewport.x - 1.0f);
    const float right = std::clamp(covered_right, 0.0f, camera.viewport.x - 1.0f - left);
    Camera c = camera;
    c.viewport = {camera.viewport.x - left - right, camera.viewport.y};
    c.center = camera.screen_to_world({left + c.viewport.x * 0.5f, camera.viewport.y * 0.5f});
    return c;
}

// Keeps only the entities the camera `seen` shows (an entity outside it would be drawn over the
// frame and counted in a figure that does not show it) and frames the region that holds them:
// the canvas grown to hold the discs of the nodes at its edges, so the frame leaves room for
// them too. The dialog's "keep the current view" and a saved view's camera go through here, so
// both give the same figure.
void keep_seen_region(ExportInput& in, const Camera& seen) {
    const Bounds shown = seen.visible_world();
    std::vector<std::uint8_t> nodes(in.subset.corpus.entities.size(), 0);
    for (std::size_t i = 0; i < nodes.size(); ++i)
        nodes[i] = shown.contains(in.subset.positions[i]);
    CorpusSubset kept = subset_corpus(in.subset.corpus, in.subset.positions, nodes, {}, {});
    for (EntityIndex& e : kept.original_entity) e = in.subset.original_entity[e];
    in.subset = std::move(kept);
    Bounds region = shown;
    const float grow = in.options.node_scale > 0.0f ? in.options.node_scale : 1.0f;
    for (const NodeInstance& n :
         build_render_scene(in.subset.corpus, in.subset.positions, in.options.style, {}).nodes)
        region.add(n.pos, n.radius * grow);
    Camera fitted = seen;
    fitted.center = region.center();
    fitted.viewport = region.size() * seen.zoom;
    in.options.camera = fitted;
    in.options.camera_viewport = fitted.viewport;
}

} // namespace

ExportInput export_input_from_ui(const Corpus& corpus, std::span<const Vec2> positions,
                                 const UiState& ui, const ExploreData* explore,
                                 const ExportSettings& settings, float covered_left_px,
                                 float covered_right_px) {
    ExportInput in;
    std::span<const std::uint8_t> links, documents;
    std::vector<std::uint8_t> nodes;
    if (explore && explore->applied && *explore->applied == ui.filter) {
        nodes = explore->filter.node_visible;
        links = explore->filter.link_visible;
        documents = explore->filter.document_allowed;
    }
    std::vector<Vec2> moved(positions.begin(), positions.end());
    moved.resize(corpus.entities.size());
    for (const auto& [e, pos] : ui.pinned)
        if (e < moved.size()) moved[e] = pos;
    in.subset = subset_corpus(corpus, moved, nodes, links, documents);

    FigureOptions& r = in.options;
    r.viewport = {float(settings.width), float(settings.height)};
    r.style = ui.style;
    r.style.theme = settings.theme;
    r.title = settings.title;
    r.subtitle = settings.subtitle;
    r.legend = settings.legend;
    r.labels = ui.show_labels;
    r.transparent = settings.transparent && settings.kind == ExportKind::Png;
    r.label_scale = settings.label_scale;
    r.node_scale = settings.node_scale;
    r.filters = describe_filters(ui.filter, &corpus);
    r.notes = view_notes(ui, corpus);
    r.label_offsets = view_label_offsets(ui, corpus);
    r.labels_pinned = view_labels_pinned(ui, corpus);
    if (settings.keep_camera)
        keep_seen_region(in, seen_canvas(ui.camera, covered_left_px, covered_right_px));
    return in;
}

ExportInput export_input_from_view(const Corpus& corpus, std::span<const Vec2> positions,
                                   std::optional<ViewedFigure> viewed, FigureOptions options) {
    ExportInput in;
    if (viewed) {
        in.subset = std::move(viewed->subset);
        options.style.color = viewed->style.color;
        options.camera = viewed->camera;
        options.camera_viewport = viewed->camera_viewport;
        options.filters = viewed->filters;
        options.notes = viewed->notes;
        options.label_offsets = viewed->label_offsets;
        options.labels_pinned = viewed->labels_pinned;
    } else {
        in.subset = subset_corpus(corpus, positions, {}, {});
    }
    in.options = std::move(options);
    if (viewed && viewed->camera) {
        Camera seen = *viewed->camera;
        seen.viewport = viewed->camera_viewport;
        keep_seen_region(in, seen);
    }
    return in;
}

} // namespace kg::app
