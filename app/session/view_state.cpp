// UiState <-> SavedView.
#include "session/view_state.hpp"

#include "layout/layout.hpp"

#include <algorithm>

namespace kg::app {
namespace {

ViewTheme view_theme(ThemeId t) {
    return t == ThemeId::Dark    ? ViewTheme::Dark
           : t == ThemeId::Print ? ViewTheme::Print
                                 : ViewTheme::Light;
}

ThemeId theme_of(ViewTheme t) {
    return t == ViewTheme::Dark    ? ThemeId::Dark
           : t == ViewTheme::Print ? ThemeId::Print
                                   : ThemeId::Light;
}

} // namespace

std::vector<ViewNote> view_notes(const UiState& ui, const Corpus& corpus) {
    std::vector<ViewNote> out;
    for (const Callout& c : ui.callouts) {
        if (c.entity && *c.entity >= corpus.entities.size()) continue;
        out.push_back({c.entity ? corpus.entities[*c.entity].id : std::string(),
                       c.entity ? Vec2{} : c.at, c.offset, c.text});
    }
    return out;
}

std::vector<std::pair<std::string, Vec2>> view_label_offsets(const UiState& ui,
                                                             const Corpus& corpus) {
    std::vector<std::pair<std::string, Vec2>> out;
    for (const auto& [e, offset] : ui.label_offsets)
        if (e < corpus.entities.size()) out.emplace_back(corpus.entities[e].id, offset);
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
}

std::vector<std::string> view_labels_pinned(const UiState& ui, const Corpus& corpus) {
    std::vector<std::string> out;
    for (EntityIndex e : ui.labels_pinned)
        if (e < corpus.entities.size()) out.push_back(corpus.entities[e].id);
    std::sort(out.begin(), out.end());
    return out;
}

SavedView saved_view_of(const UiState& ui, const Corpus& corpus, std::string name,
                        std::span<const Vec2> positions, std::span<const std::uint8_t> shown) {
    SavedView v;
    v.name = std::move(name);
    v.filters = ui.filter;
    v.camera_center = ui.camera.center;
    v.camera_zoom = ui.camera.zoom;
    v.camera_viewport = ui.camera.viewport;
    for (const auto& [e, pos] : ui.pinned)
        if (e < corpus.entities.size()) v.pinned.emplace_back(corpus.entities[e].id, pos);
    std::sort(v.pinned.begin(), v.pinned.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (EntityIndex e : ui.selection.nodes)
        if (e < corpus.entities.size()) v.selected_entities.push_back(corpus.entities[e].id);
    if (ui.selection.link && *ui.selection.link < corpus.links.size()) {
        const Link& l = corpus.links[*ui.selection.link];
        v.selected_links.emplace_back(corpus.entities[l.source].id, corpus.entities[l.target].id);
    }
    v.theme = view_theme(ui.style.theme);
    v.color_by = ui.style.color == ColorMode::ByRegion ? ColorBy::Region : ColorBy::Type;
    for (std::size_t e = 0; e < corpus.entities.size() && e < positions.size(); ++e)
        if ((shown.size() != corpus.entities.size() || shown[e]) && has_position(positions[e]))
            v.positions.emplace_back(corpus.entities[e].id, positions[e]);
    std::sort(v.positions.begin(), v.positions.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    v.notes = view_notes(ui, corpus);
    v.label_offsets = view_label_offsets(ui, corpus);
    v.labels_pinned = view_labels_pinned(ui, corpus);
    return v;
}

std::vector<Vec2> positions_from_view(const SavedView& view, const Corpus& corpus) {
    std::vector<Vec2> out(corpus.entities.size(), kNoPosition);
    for (const auto& [id, pos] : view.positions)
        if (const std::int64_t e = corpus.find_entity(id); e >= 0) out[std::size_t(e)] = pos;
    return out;
}

void apply_saved_view(const SavedView& view, const Corpus& corpus, UiState& ui,
                      std::vector<Vec2>& positions) {
    ui.filter = view.filters;
    ui.camera.center = view.camera_center;
    ui.camera.zoom = std::clamp(view.camera_zoom, Camera::kMinZoom, Camera::kMaxZoom);
    ui.style.theme = theme_of(view.theme);
    ui.style.color = view.color_by == ColorBy::Region ? ColorMode::ByRegion : ColorMode::ByType;
    for (const auto& [id, pos] : view.positions)
        if (const std::int64_t e = corpus.find_entity(id);
            e >= 0 && std::size_t(e) < positions.size())
            positions[std::size_t(e)] = pos;
    ui.pinned.clear();
    for (const auto& [id, pos] : view.pinned)
        if (const std::int64_t e = corpus.find_entity(id);
            e >= 0 && std::size_t(e) < positions.size()) {
            ui.pinned[EntityIndex(e)] = pos;
            positions[std::size_t(e)] = pos;
        }
    ui.selection = {};
    for (const std::string& id : view.selected_entities)
        if (const std::int64_t e = corpus.find_entity(id); e >= 0)
            ui.selection.nodes.push_back(EntityIndex(e));
    std::sort(ui.selection.nodes.begin(), ui.selection.nodes.end());
    ui.selection.nodes.erase(std::unique(ui.selection.nodes.begin(), ui.selection.nodes.end()),
                             ui.selection.nodes.end());
    if (!view.selected_links.empty()) {
        const auto& [a, b] = view.selected_links.front();
        const std::int64_t s = corpus.find_entity(a), t = corpus.find_entity(b);
        for (std::uint32_t i = 0; s >= 0 && t >= 0 && i < corpus.links.size(); ++i) {
            const Link& l = corpus.links[i];
            if ((l.source == s && l.target == t) || (l.source == t && l.target == s)) {
                ui.selection.link = i;
                break;
            }
        }
    }
    ui.focus.reset();
    ui.callouts.clear();
    ui.editing_callout.reset();
    for (const ViewNote& n : view.notes) {
        if (n.entity.empty()) {
            ui.callouts.push_back({std::nullopt, n.at, n.offset, n.text});
        } else if (const std::int64_t e = corpus.find_entity(n.entity); e >= 0) {
            ui.callouts.push_back({EntityIndex(e), {}, n.offset, n.text});
        }
    }
    ui.label_offsets.clear();
    for (const auto& [id, offset] : view.label_offsets)
        if (const std::int64_t e = corpus.find_entity(id); e >= 0)
            ui.label_offsets[EntityIndex(e)] = offset;
    ui.labels_pinned.clear();
    for (const std::string& id : view.labels_pinned)
        if (const std::int64_t e = corpus.find_entity(id); e >= 0)
            ui.labels_pinned.insert(EntityIndex(e));
}

} // namespace kg::app
