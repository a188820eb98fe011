// Paths: "how is A connected to B". The ends are typed (the search's autocomplete) or taken
// from the selection; the core's shortest paths by hops are listed, each hop with its best
// passage; "Show" lights a path on the canvas and frames it.
#include "ui/panels/cut_text.hpp"
#include "ui/panels/panel_context.hpp"
#include "ui/panels/text_segments.hpp"

#include <imgui.h>

#include <cstdio>
#include <string>

namespace kg::app {
namespace {

ImU32 role_color(const Corpus&, const TextSegment& s) {
    return s.role == 1 ? IM_COL32(220, 80, 40, 255) : s.role == 2 ? IM_COL32(40, 120, 220, 255) : 0;
}

SetPathEnds with_end(const UiState& ui, bool is_to, std::optional<EntityIndex> e) {
    return is_to ? SetPathEnds{ui.path_from, e} : SetPathEnds{e, ui.path_to};
}

// One end: a name field with the search's suggestions, and "Use selection".
void end_row(const char* label_text, bool is_to, const PanelContext& ctx, const UiState& ui,
             std::optional<EntityIndex> selected, ActionQueue& actions) {
    const Corpus& c = ctx.corpus;
    const std::optional<EntityIndex> end = is_to ? ui.path_to : ui.path_from;
    const std::string& query = is_to ? ui.path_to_query : ui.path_from_query;
    ImGui::PushID(label_text);
    char buf[128];
    std::snprintf(buf, sizeof buf, "%s", query.c_str());
    ImGui::SetNextItemWidth(-110.0f);
    const std::string hint = end ? c.entities[*end].name : std::string("type a name");
    const bool enter = ImGui::InputTextWithHint(label_text, hint.c_str(), buf, sizeof buf,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    if (query != buf) actions.push(SetPathQuery{is_to, buf});
    ImGui::SameLine();
    ImGui::BeginDisabled(!selected);
    if (ImGui::SmallButton("Use selection")) {
        actions.push(with_end(ui, is_to, selected));
        actions.push(SetPathQuery{is_to, ""});
    }
    ImGui::EndDisabled();
    if (!query.empty()) {
        const auto matches = ctx.explore->entity_search->find(query, 6);
        if (enter && !matches.empty()) {
            actions.push(with_end(ui, is_to, matches.front().entity));
            actions.push(SetPathQuery{is_to, ""});
        }
        ImGui::Indent();
        for (std::size_t i = 0; i < matches.size(); ++i) {
            const Entity& e = c.entities[matches[i].entity];
            ImGui::PushID(int(i));
            ImGui::PushStyleColor(ImGuiCol_Text, entity_type_text_color(e.type));
            if (ImGui::Selectable(e.name.c_str(), i == 0)) {
                actions.push(with_end(ui, is_to, matches[i].entity));
                actions.push(SetPathQuery{is_to, ""});
            }
            ImGui::PopStyleColor();
            ImGui::PopID();
        }
        if (matches.empty()) ImGui::TextDisabled("No entity matches.");
        ImGui::Unindent();
    }
    ImGui::PopID();
}

bool is_shown(const UiState& ui, const PathResult& p) {
    if (ui.path_links.size() != p.hops.size()) return false;
    for (std::size_t i = 0; i < p.hops.size(); ++i)
        if (ui.path_links[i] != p.hops[i].link) return false;
    return !p.hops.empty();
}

void draw_path(const PanelContext& ctx, const UiState& ui, const PathResult& path,
               std::size_t index, ActionQueue& actions) {
    const Corpus& c = ctx.corpus;
    const bool shown = is_shown(ui, path);
    char title[96];
    std::snprintf(title, sizeof title, "Path %zu: %zu hop%s%s###path%zu", index + 1,
                  path.hops.size(), path.hops.size() == 1 ? "" : "s",
                  shown ? " (on the canvas)" : "", index);
    if (!ImGui::TreeNodeEx(title, index == 0 ? ImGuiTreeNodeFlags_DefaultOpen : 0)) return;
    if (shown ? ImGui::SmallButton("Hide on canvas") : ImGui::SmallButton("Show on canvas")) {
        std::vector<std::uint32_t> links;
        for (const PathHop& h : path.hops) links.push_back(h.link);
        actions.push(shown ? ShowPath{} : ShowPath{std::move(links), path.entities});
    }
    for (std::size_t i = 0; i < path.hops.size(); ++i) {
        const PathHop& h = path.hops[i];
        const Link& l = c.links[h.link];
        ImGui::PushID(int(i));
        const std::string step = c.entities[h.from].name + " -> " + c.entities[h.to].name;
        if (ImGui::Selectable(step.c_str())) actions.push(SelectLink{h.link});
        tooltip_if_cut(step);
        ImGui::TextDisabled("%.*s, %.0f passage%s", int(label(l.kind).size()), label(l.kind).data(),
                            h.weight, h.weight == 1.0 ? "" : "s");
        if (h.best_evidence && *h.best_evidence < l.evidence.size()) {
            const Evidence& ev = l.evidence[*h.best_evidence];
            const auto segs = segment_sentence(*ctx.explore, ev.doc, ev.span, l.source, l.target);
            ImGui::BeginGroup();
            draw_segments(c.documents[ev.doc], segs, &role_color, c);
            ImGui::EndGroup();
            if (ImGui::IsItemClicked()) actions.push(OpenPassage{ev.doc, ev.span});
        } else {
            ImGui::TextDisabled("(stated by the knowledge base)");
        }
        ImGui::PopID();
    }
    ImGui::TreePop();
}

} // namespace

void draw_paths_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions) {
    if (!ctx.explore || !ctx.explore->built) return;
    const std::optional<EntityIndex> sel =
        ui.selection.nodes.size() == 1 ? std::optional<EntityIndex>(ui.selection.nodes.front())
                                       : std::nullopt;
    ImGui::TextDisabled("Type a name for each end, or select an entity and use it.");
    end_row("A", false, ctx, ui, sel, actions);
    end_row("B", true, ctx, ui, sel, actions);
    if (!ui.path_from || !ui.path_to) return;
    const PathSet& set = ctx.explore->paths;
    if (set.paths.empty()) {
        ImGui::TextWrapped("No path: %s", set.reason.c_str());
        return;
    }
    ImGui::TextDisabled(
        "The %zu shortest path%s by hops; among equals, the better evidenced first.",
        set.paths.size(), set.paths.size() == 1 ? "" : "s");
    for (std::size_t i = 0; i < set.paths.size(); ++i) {
        ImGui::PushID(int(i));
        draw_path(ctx, ui, set.paths[i], i, actions);
        ImGui::PopID();
    }
}

} // namespace kg::app
