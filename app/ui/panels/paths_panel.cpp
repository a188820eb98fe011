// Paths: "how is A connected to B". The core's strongest shortest path over the visible graph,
// each hop with its best passage; "Show on canvas" selects the path's entities.
#include "ui/panels/panel_context.hpp"
#include "ui/panels/text_segments.hpp"

#include "explore/paths.hpp"

#include <imgui.h>

namespace kg::app {
namespace {

ImU32 role_color(const Corpus&, const TextSegment& s) {
    return s.role == 1 ? IM_COL32(220, 80, 40, 255) : s.role == 2 ? IM_COL32(40, 120, 220, 255) : 0;
}

// "A: name [Use selection]" for one end.
void end_row(const char* label_text, const Corpus& c, std::optional<EntityIndex> end,
             std::optional<EntityIndex> selected, bool is_from, const UiState& ui, ActionQueue& actions) {
    ImGui::PushID(label_text);
    ImGui::Text("%s %s", label_text, end ? c.entities[*end].name.c_str() : "(none)");
    ImGui::SameLine();
    ImGui::BeginDisabled(!selected);
    if (ImGui::SmallButton("Use selection"))
        actions.push(is_from ? SetPathEnds{selected, ui.path_to} : SetPathEnds{ui.path_from, selected});
    ImGui::EndDisabled();
    ImGui::PopID();
}

} // namespace

void draw_paths_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions) {
    if (!ctx.explore || !ctx.explore->built) return;
    const Corpus& c = ctx.corpus;
    const std::optional<EntityIndex> sel =
        ui.selection.nodes.size() == 1 ? std::optional<EntityIndex>(ui.selection.nodes.front()) : std::nullopt;
    ImGui::TextDisabled("Select an entity, then set it as A or B.");
    end_row("A:", c, ui.path_from, sel, true, ui, actions);
    end_row("B:", c, ui.path_to, sel, false, ui, actions);
    if (!ui.path_from || !ui.path_to || ctx.explore->filter.node_visible.empty()) return;
    const PathResult path = find_path(c, ctx.explore->graph, ctx.explore->filter, *ui.path_from, *ui.path_to);
    if (!path.found()) {
        ImGui::TextWrapped("No path: %s", path.reason.c_str());
        return;
    }
    ImGui::Text("%zu hops", path.hops.size());
    ImGui::SameLine();
    if (ImGui::SmallButton("Show on canvas")) actions.push(SelectNodes{path.entities, false});
    for (std::size_t i = 0; i < path.hops.size(); ++i) {
        const PathHop& h = path.hops[i];
        const Link& l = c.links[h.link];
        ImGui::PushID(int(i));
        ImGui::Separator();
        if (ImGui::Selectable(c.entities[h.from].name.c_str())) actions.push(SelectLink{h.link});
        ImGui::SameLine();
        ImGui::TextDisabled("-> %s (%.*s, %.0f)", c.entities[h.to].name.c_str(), int(label(l.kind).size()),
                            label(l.kind).data(), h.weight);
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
}

} // namespace kg::app
