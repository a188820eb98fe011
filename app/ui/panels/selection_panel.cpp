// The current selection in brief: the entity or link, with its evidence count. The full
// inspector lists the passages below it.
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
        const std::uint32_t li = *ui.selection.link;
        const Link& l = c.links[li];
        ImGui::TextWrapped("%s  -  %s", c.entities[l.source].name.c_str(),
                           c.entities[l.target].name.c_str());
        // The filtered count, as the canvas draws it and the inspector lists it.
        const bool filtered = ctx.explore && li < ctx.explore->filter.link_weight.size();
        const std::size_t sentences =
            filtered ? std::size_t(ctx.explore->filter.link_weight[li]) : l.evidence.size();
        const std::size_t documents =
            filtered ? ctx.explore->filter.link_documents[li] : l.document_count();
        ImGui::Text("%.*s, %zu sentence%s in %zu document%s", int(label(l.kind).size()),
                    label(l.kind).data(), sentences, sentences == 1 ? "" : "s", documents,
                    documents == 1 ? "" : "s");
    }
    for (std::size_t i = 0; i < ui.selection.nodes.size() && i < 8; ++i) {
        const Entity& e = c.entities[ui.selection.nodes[i]];
        ImGui::PushID(int(i));
        ImGui::Text("%s", e.name.c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("%.*s, %zu mentions", int(label(e.type).size()), label(e.type).data(),
                            e.mentions.size());
        ImGui::PopID();
    }
    if (ui.selection.nodes.size() > 8)
        ImGui::TextDisabled("... and %zu more", ui.selection.nodes.size() - 8);
    if (ImGui::SmallButton("Clear")) actions.push(ClearSelection{});
}

} // namespace kg::app
