// Action semantics. Each handler says what it invalidated.
#include "session/apply_actions.hpp"

#include "common/overloaded.hpp"
#include "explore/saved_view.hpp"

#include <algorithm>

namespace kg::app {

Changes apply_actions(std::vector<Action> actions, UiState& ui, ApplyContext& ctx) {
    Changes ch;
    const std::size_t n = ctx.corpus.entities.size();
    for (Action& action : actions) {
        std::visit(
            Overloaded{
                [&](SelectNodes& a) {
                    std::erase_if(a.nodes, [&](EntityIndex e) { return e >= n; });
                    if (a.add)
                        a.nodes.insert(a.nodes.end(), ui.selection.nodes.begin(),
                                       ui.selection.nodes.end());
                    std::sort(a.nodes.begin(), a.nodes.end());
                    a.nodes.erase(std::unique(a.nodes.begin(), a.nodes.end()), a.nodes.end());
                    ui.selection.nodes = std::move(a.nodes);
                    if (!a.add) ui.selection.link.reset();
                    ch.scene = true;
                },
                [&](const SelectLink& a) {
                    if (a.link >= ctx.corpus.links.size()) return;
                    ui.selection = {{}, a.link};
                    ch.scene = true;
                },
                [&](const ClearSelection&) {
                    ch.scene = !ui.selection.empty();
                    ui.selection = {};
                },
                [&](const FocusNeighbourhood& a) {
                    if (a.entity >= n) return;
                    ui.focus = a.entity;
                    ui.selection = {{a.entity}, std::nullopt};
                    ch.scene = true;
                },
                [&](const ClearFocus&) {
                    ch.scene = ch.scene || ui.focus.has_value();
                    ui.focus.reset();
                },
                [&](const FitView& a) {
                    Camera target = fit_visible_canvas(ctx.scene_bounds, ui.camera.viewport,
                                                       ctx.covered_left_px, ctx.fit_margin_px,
                                                       ctx.covered_right_px);
                    if (a.animate)
                        ch.animate_to = target;
                    else
                        ui.camera = target;
                    ch.view = true;
                },
                [&](const PanView& a) {
                    ui.camera.pan_pixels(a.delta_px);
                    ch.view = true;
                },
                [&](const ZoomView& a) {
                    ui.camera.zoom_at(a.at_px, a.factor);
                    ch.view = true;
                },
                [&](const MoveNode& a) {
                    if (a.entity >= n || a.entity >= ctx.positions.size()) return;
                    ctx.positions[a.entity] = a.world;
                    ui.pinned[a.entity] = a.world;
                    ch.scene = true;
                },
                [&](const UnpinAll&) {
                    ch.scene = ch.scene || !ui.pinned.empty();
                    ui.pinned.clear();
                },
                [&](const SetTheme& a) {
                    ch.scene = ch.scene || ui.style.theme != a.theme;
                    ui.style.theme = a.theme;
                },
                [&](const SetColorMode& a) {
                    ch.scene = ch.scene || ui.style.color != a.mode;
                    ui.style.color = a.mode;
                },
                [&](const SetSizeMode& a) {
                    ch.scene = ch.scene || ui.style.size != a.mode;
                    ui.style.size = a.mode;
                },
                [&](const SetShowLabels& a) {
                    ch.view = ch.view || ui.show_labels != a.show;
                    ui.show_labels = a.show;
                },
                [&](const ShowSidePanel& a) {
                    ch.view = ch.view || ui.show_side_panel != a.show; // labels avoid the panel
                    ui.show_side_panel = a.show;
                },
                [&](const ResizeSidePanel& a) {
                    const float w = std::clamp(a.width, kSidePanelMinWidth, kSidePanelMaxWidth);
                    ch.view = ch.view || ui.side_panel_width != w;
                    ui.side_panel_width = w;
                },
                [&](SetFilter& a) {
                    ch.scene = ch.scene || !(ui.filter == a.spec); // the App recomputes the masks
                    ui.filter = std::move(a.spec);
                },
                [&](SetSearch& a) {
                    ui.search_text = std::move(a.text);
                    ui.search_passages = a.passages;
                },
                [&](const FocusSearch& a) { ui.search_focus = a.on; },
                [&](const CenterOn& a) {
                    if (a.entity >= n || a.entity >= ctx.positions.size()) return;
                    ui.selection = {{a.entity}, std::nullopt};
                    Camera target = ui.camera;
                    target.center = ctx.positions[a.entity];
                    ch.animate_to = target;
                    ch.scene = ch.view = true;
                },
                [&](const OpenPassage& a) {
                    if (a.doc >= ctx.corpus.documents.size()) return;
                    ch.view = ch.view || !ui.reader; // labels leave the pane's place
                    ui.reader = ReaderTarget{a.doc, a.passage, true};
                },
                [&](const CloseReader&) {
                    ch.view = ch.view || ui.reader.has_value();
                    ui.reader.reset();
                },
                [&](const ResizeReader& a) {
                    const float w = std::clamp(a.width, kReaderMinWidth, kReaderMaxWidth);
                    ch.view = ch.view || ui.reader_width != w;
                    ui.reader_width = w;
                },
                [&](const ReaderScrolled&) {
                    if (ui.reader) ui.reader->scroll_pending = false;
                },
                [&](const AddCallout& a) {
                    if (a.callout.entity && *a.callout.entity >= n) return;
                    Callout c = a.callout;
                    c.text.resize(std::min(c.text.size(), kMaxNoteText));
                    ui.callouts.push_back(std::move(c));
                    ui.editing_callout = ui.callouts.size() - 1;
                    ch.view = true;
                },
                [&](const EditCallout& a) {
                    // A note closed with no text was not wanted: it goes.
                    if (const auto e = ui.editing_callout;
                        !a.index && e && *e < ui.callouts.size() && ui.callouts[*e].text.empty()) {
                        ui.callouts.erase(ui.callouts.begin() + std::ptrdiff_t(*e));
                        ch.view = true;
                    }
                    ui.editing_callout =
                        a.index && *a.index < ui.callouts.size() ? a.index : std::nullopt;
                },
                [&](const SetCalloutText& a) {
                    if (a.index >= ui.callouts.size()) return;
                    ui.callouts[a.index].text = a.text.substr(0, kMaxNoteText);
                    ch.view = true;
                },
                [&](const MoveCallout& a) {
                    if (a.index >= ui.callouts.size()) return;
                    ui.callouts[a.index].offset = a.offset;
                    ch.view = true;
                },
                [&](const DeleteCallout& a) {
                    if (a.index >= ui.callouts.size()) return;
                    ui.callouts.erase(ui.callouts.begin() + std::ptrdiff_t(a.index));
                    ui.editing_callout.reset();
                    ch.view = true;
                },
                [&](const MoveLabel& a) {
                    if (a.entity >= n) return;
                    ui.label_offsets[a.entity] = a.offset;
                    ch.view = true;
                },
                [&](const ResetLabel& a) {
                    ch.view = ui.label_offsets.erase(a.entity) > 0 || ch.view;
                },
                [&](const PinLabel& a) {
                    if (a.entity >= n) return;
                    // The pin is a node flag of the scene, which label placement reads.
                    const bool changed = a.pinned ? ui.labels_pinned.insert(a.entity).second
                                                  : ui.labels_pinned.erase(a.entity) > 0;
                    ch.scene = ch.scene || changed;
                    ch.view = ch.view || changed;
                },
                [&](const ShowShortcuts& a) { ui.show_shortcuts = a.show; },
                [&](const ShowExportDialog& a) { ui.show_export_dialog = a.show; },
                [&](const SetExportSettings& a) { ui.export_settings = a.settings; },
                [&](const ExportFile&) {}, // run by the App (it needs GL): App::run_export
                [&](const ShowOpenDialog& a) { ui.show_open_dialog = a.show; },
                [&](const ShowSaveView& a) { ui.show_save_view = a.show; },
                [&](const AppCommand&) {}, // run by the App before this (files, loading, curation)
                [&](const SetPathEnds& a) {
                    ui.path_from = a.from && *a.from < n ? a.from : std::nullopt;
                    ui.path_to = a.to && *a.to < n ? a.to : std::nullopt;
                    ch.scene = ch.scene || !ui.path_links.empty();
                    ui.path_links.clear(); // another question: the old answer goes
                },
                [&](SetPathQuery& a) {
                    (a.to ? ui.path_to_query : ui.path_from_query) = std::move(a.text);
                },
                [&](ShowPath& a) {
                    std::erase_if(a.links,
                                  [&](std::uint32_t l) { return l >= ctx.corpus.links.size(); });
                    ui.path_links = std::move(a.links);
                    ch.scene = true;
                    Bounds b;
                    for (EntityIndex e : a.entities)
                        if (e < ctx.positions.size()) b.add(ctx.positions[e], 0.0f);
                    if (ui.path_links.empty() || b.empty()) return;
                    ch.animate_to = fit_visible_canvas(b, ui.camera.viewport, ctx.covered_left_px,
                                                       ctx.fit_margin_px * 2, ctx.covered_right_px);
                    ch.view = true;
                },
            },
            action);
    }
    return ch;
}

} // namespace kg::app
