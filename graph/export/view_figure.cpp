// Saved view -> filter masks -> re-indexed subset, pins, style and camera for an export.
#include "export/view_figure.hpp"

#include "common/small_file.hpp"
#include "export/export_look.hpp"
#include "export/filter_legend.hpp"
#include "filter/filter.hpp"
#include "filter/prominence.hpp"
#include "model/knowledge_graph.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace kg {
namespace {

// The window size the app's camera is made for when a view does not say (older views).

// True when the view file has `key` as an object (SavedView fills in a default when not).
bool has_object(const std::string& text, const char* key) {
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    return j.is_object() && j.contains(key) && j[key].is_object();
}

} // namespace

CorpusSubset subset_corpus(const Corpus& corpus, std::span<const Vec2> positions,
                           std::span<const std::uint8_t> node_mask,
                           std::span<const std::uint8_t> link_mask,
                           std::span<const std::uint8_t> document_mask) {
    CorpusSubset s;
    s.corpus.documents = corpus.documents;
    std::vector<std::int64_t> new_index(corpus.entities.size(), -1);
    for (std::size_t i = 0; i < corpus.entities.size(); ++i) {
        if (!node_mask.empty() && (i >= node_mask.size() || !node_mask[i])) continue;
        new_index[i] = std::int64_t(s.corpus.entities.size());
        s.corpus.entities.push_back(corpus.entities[i]);
        s.positions.push_back(i < positions.size() ? positions[i] : Vec2{});
        s.original_entity.push_back(EntityIndex(i));
    }
    for (std::size_t i = 0; i < corpus.links.size(); ++i) {
        if (!link_mask.empty() && (i >= link_mask.size() || !link_mask[i])) continue;
        const Link& l = corpus.links[i];
        if (new_index[l.source] < 0 || new_index[l.target] < 0) continue;
        Link copy = l;
        if (!document_mask.empty()) {
            std::erase_if(copy.evidence, [&](const Evidence& ev) {
                return ev.doc >= document_mask.size() || !document_mask[ev.doc];
            });
            // A passage link always keeps something to show for itself (the filter shows none
            // without allowed passages; only a caller's own masks can get here).
            if (copy.evidence.empty() && !l.from_knowledge_base) copy.evidence = l.evidence;
        }
        copy.source = EntityIndex(new_index[l.source]);
        copy.target = EntityIndex(new_index[l.target]);
        s.corpus.links.push_back(std::move(copy));
    }
    return s;
}

std::optional<ViewedFigure> default_view_figure(const Corpus& corpus) {
    if (!is_big_corpus(corpus)) return std::nullopt;
    const KnowledgeGraph graph = build_knowledge_graph(corpus);
    const FilterSpec spec = default_filter(corpus, graph);
    const FilterResult filtered = apply_filter(corpus, graph, spec);
    ViewedFigure out;
    out.subset = subset_corpus(corpus, {}, filtered.node_visible, filtered.link_visible,
                               filtered.document_allowed);
    out.subset.positions = default_positions(out.subset.corpus);
    out.filters = describe_filters(spec, &corpus);
    return out;
}

std::optional<ViewedFigure> apply_view_file(const std::filesystem::path& view_file,
                                            const Corpus& corpus, std::span<const Vec2> positions,
                                            Diagnostics& diagnostics, bool show_all) {
    const std::string path = view_file.string();
    const std::optional<std::string> text = read_small_file(view_file, diagnostics);
    if (!text) return std::nullopt;
    const std::size_t before = diagnostics.size();
    SavedView view = view_from_json(*text, path, diagnostics);
    for (std::size_t i = before; i < diagnostics.size(); ++i)
        if (diagnostics[i].severity == Diagnostic::Severity::Error) return std::nullopt;
    drop_missing_ids(view, corpus, path, diagnostics);

    std::vector<Vec2> moved(positions.begin(), positions.end());
    moved.resize(corpus.entities.size());
    // The view's own map first (the places it was saved with), then its pins.
    for (const auto* points : {&view.positions, &view.pinned})
        for (const auto& [id, pos] : *points)
            if (const std::int64_t e = corpus.find_entity(id); e >= 0) moved[std::size_t(e)] = pos;

    const KnowledgeGraph graph = build_knowledge_graph(corpus);
    if (!show_all && !has_object(*text, "filters")) view.filters = default_filter(corpus, graph);
    FilterResult filtered = apply_filter(corpus, graph, view.filters);
    for (Diagnostic& d : filtered.diagnostics) {
        d.severity = Diagnostic::Severity::Warning;
        if (d.path.empty()) d.path = path;
        diagnostics.push_back(std::move(d));
    }

    ViewedFigure out;
    out.subset = subset_corpus(corpus, moved, filtered.node_visible, filtered.link_visible,
                               filtered.document_allowed);
    out.style.theme = view.theme == ViewTheme::Dark    ? ThemeId::Dark
                      : view.theme == ViewTheme::Print ? ThemeId::Print
                                                       : ThemeId::Light;
    out.style.color = view.color_by == ColorBy::Region ? ColorMode::ByRegion : ColorMode::ByType;
    // A view written without a camera (by hand, by a script) shows its whole filtered graph: the
    // default camera (0, 0 at zoom 1) squeezed it into some corner of the figure.
    if (has_object(*text, "camera")) {
        Camera cam;
        cam.center = view.camera_center;
        cam.zoom = std::clamp(view.camera_zoom, Camera::kMinZoom, Camera::kMaxZoom);
        out.camera = cam;
    }
    out.camera_viewport =
        view.camera_viewport.x > 0 ? view.camera_viewport : kDefaultFigureViewport;
    out.filters = describe_filters(view.filters, &corpus);
    out.notes = std::move(view.notes);
    out.label_offsets = std::move(view.label_offsets);
    out.labels_pinned = std::move(view.labels_pinned);
    return out;
}

} // namespace kg
