// Registry and the side panel window that hosts it.
#include "ui/panels/panel_registry.hpp"

#include <imgui.h>

#include <array>

namespace kg::app {

std::span<const PanelEntry> panel_registry() {
    static constexpr std::array<PanelEntry, 12> kPanels = {{
        {"Overview", &draw_overview_panel, true},
        {"Search", &draw_search_panel, true},
        {"Inspector", &draw_inspector_panel, true},
        {"Filters", &draw_filter_panel, false},
        {"Entities", &draw_entity_table_panel, false},
        {"Paths", &draw_paths_panel, false},
        {"Selection", &draw_selection_panel, false},
        {"Curation", &draw_curation_panel, false},
        {"Views", &draw_views_panel, false},
        {"View", &draw_view_panel, true},
        {"Legend", &draw_legend_panel, true},
        {"Problems", &draw_diagnostics_panel, false},
    }};
    return kPanels;
}

void draw_side_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions, float top, float height) {
    ImGui::SetNextWindowPos(ImVec2(0, top));
    ImGui::SetNextWindowSize(ImVec2(300, height));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoTitleBar;
    if (ImGui::Begin("kgviz", nullptr, flags)) {
        for (const PanelEntry& p : panel_registry()) {
            ImGui::PushID(p.title);
            if (ui.expand_all_panels) ImGui::SetNextItemOpen(true);
            if (ImGui::CollapsingHeader(p.title, p.open_by_default ? ImGuiTreeNodeFlags_DefaultOpen : 0))
                p.draw(ctx, ui, actions);
            ImGui::PopID();
        }
    }
    ImGui::End();
}

} // namespace kg::app
