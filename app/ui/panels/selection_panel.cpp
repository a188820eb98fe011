// The current selection in brief: the entity or link, with its evidence count. The full
// inspector and reader are later issues; this keeps a click visible.
#include "ui/panels/panel_context.hpp"

#include <imgui.h>

namespace kg::app {

void draw_selection_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions) {
    const Corpus& c = ctx.corpus;
    if (ui.selection.empty()) {
        ImGui::TextDisabled("Click a node or a link.");
        return;
    }
    if (ui.selection.link && *ui.selection.link < c.links.size()) {
        const Link& l = c.links[*ui.selection.link];
        ImGui::TextWrapped("%s  -  %s", c.entities[l.source].name.c_str(), c.entities[l.target].name.c_str());
        ImGui::Text("%.*s, %zu sentences in %zu documents", int(label(l.kind).size()), label(l.kind).data(),
                    l.evidence.size(), l.document_count());
    }
    for (std::size_t i = 0; i < ui.selection.nodes.size() && i < 8; ++i) {
        const Entity& e = c.entities[ui.selection.nodes[i]];
        ImGui::PushID(int(i));
        ImGui::Text("%s", e.name.c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("%.*s, %zu mentions", int(label(e.type).size()), label(e.type).data(), e.mentions.size());
        ImGui::PopID();
    }
    if (ui.selection.nodes.size() > 8) ImGui::TextDisabled("... and %zu more", ui.selection.nodes.size() - 8);
    if (ImGui::SmallButton("Clear")) actions.push(ClearSelection{});
}

} // namespace kg::app
