// compose_figure: scene -> sources -> frame -> camera -> labels kept clear of the frame.
#include "export/figure.hpp"

#include "export/figure_labels.hpp"
#include "export/svg_writer.hpp"
#include "view/moved_labels.hpp"
#include "view/node_shape.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace kg {
namespace {

// The entities of `corpus` by id, for the ids `wanted` names.
std::unordered_map<std::string_view, EntityIndex> entities_by_id(const Corpus& corpus,
                                                                 const FigureOptions& o) {
    std::unordered_map<std::string_view, EntityIndex> out;
    if (o.notes.empty() && o.label_offsets.empty() && o.labels_pinned.empty()) return out;
    for (EntityIndex e = 0; e < corpus.entities.size(); ++e) out.emplace(corpus.entities[e].id, e);
    return out;
}

// The callouts of `options` seen through the figure's camera; one on an entity the figure does
// not show is left out, and a card that would cross the figure's edge is moved inside it (the
// leader still reaches its anchor).
std::vector<FigureNote> figure_notes(const Figure& fig, const FigureOptions& options,
                                     const std::unordered_map<std::string_view, EntityIndex>& ids) {
    std::vector<FigureNote> out;
    const float font_px = kNoteFontPx * fig.frame.scale;
    for (const ViewNote& n : options.notes) {
        Vec2 anchor = fig.camera.world_to_screen(n.at);
        float radius = 0.0f;
        if (!n.entity.empty()) {
            const auto id = ids.find(n.entity);
            if (id == ids.end()) continue;
            const auto it =
                std::find(fig.scene.node_entity.begin(), fig.scene.node_entity.end(), id->second);
            if (it == fig.scene.node_entity.end()) continue;
            const NodeInstance& node =
                fig.scene.nodes[std::size_t(it - fig.scene.node_entity.begin())];
            anchor = fig.camera.world_to_screen(node.pos);
            radius = drawn_radius(node.radius, fig.camera.zoom) * fig.camera.zoom;
        }
        Vec2 offset{n.offset.x * fig.frame.scale, n.offset.y * fig.frame.scale};
        NoteLayout layout = layout_note(anchor, radius, offset, n.text, font_px, options.measure);
        const ScreenBox& b = layout.box;
        const Vec2 vp = options.viewport;
        const Vec2 in{std::max(0.0f, -b.x0) - std::max(0.0f, std::min(b.x1 - vp.x, b.x0)),
                      std::max(0.0f, -b.y0) - std::max(0.0f, std::min(b.y1 - vp.y, b.y0))};
        if (in.x != 0.0f || in.y != 0.0f)
            layout = layout_note(anchor, radius, offset + in, n.text, font_px, options.measure);
        out.push_back({std::move(layout), n.entity, font_px});
    }
    return out;
}

} // namespace

Figure compose_figure(const Corpus& corpus, std::span<const Vec2> positions,
                      const FigureOptions& options, std::span<const LabelBoxes> label_sizes) {
    Figure fig;
    fig.scene = build_render_scene(corpus, positions, options.style, options.marks);
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
    const Theme& t = theme(options.style.theme);
    if (options.legend) {
        LegendContent drawn;
        for (EntityIndex e : fig.scene.node_entity) {
            const Entity& entity = corpus.entities[e];
            drawn.types[std::size_t(entity.type)] = true;
            // The region that colours it (render_scene: its own, else the lowest of its regions).
            if (entity.region)
                drawn.regions[std::size_t(*entity.region)] = true;
            else
                for (std::size_t r = 0; r < kRegionCount; ++r)
                    if (entity.regions & (1u << r)) {
                        drawn.regions[r] = true;
                        break;
                    }
        }
        for (std::size_t i = 0; i < fig.scene.edges.size(); ++i) {
            drawn.kinds[std::size_t(corpus.links[fig.scene.edge_link[i]].kind)] = true;
            drawn.dashed = drawn.dashed || (fig.scene.edges[i].flags & kEdgeDashed);
        }
        in.legend = legend_rows(t, options.style.color, options.filters, &drawn);
    }
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

    const std::unordered_map<std::string_view, EntityIndex> ids = entities_by_id(corpus, options);
    for (const std::string& id : options.labels_pinned)
        if (const auto it = ids.find(id);
            it != ids.end() && it->second < fig.scene.entity_node.size())
            if (const std::int32_t node = fig.scene.entity_node[it->second]; node >= 0)
                fig.scene.nodes[std::size_t(node)].flags |= kNodeLabelPinned;
    fig.notes = figure_notes(fig, options, ids);
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
        std::vector<LabelCandidate> candidates =
            label_candidates(fig.scene, fig.camera, label_sizes, -1, lo);
        std::map<EntityIndex, Vec2> offsets;
        for (const auto& [id, offset] : options.label_offsets)
            if (const auto it = ids.find(id); it != ids.end()) offsets[it->second] = offset;
        const std::vector<PlacedLabel> moved =
            take_moved_labels(candidates, fig.scene.node_entity, offsets, fig.frame.scale);
        std::vector<ScreenBox> callouts;
        for (const FigureNote& n : fig.notes) callouts.push_back(n.layout.box);
        FigureLabels placed = place_figure_labels(std::move(candidates), fig.scene, fig.camera,
                                                  fig.frame, lo, moved, callouts);
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
    in.notes = figure.notes;
    in.label_font_px = figure.label_font_px;
    in.frame = &figure.frame;
    in.theme = &theme(theme_id);
    in.transparent = transparent;
    return write_svg(in);
}

} // namespace kg
