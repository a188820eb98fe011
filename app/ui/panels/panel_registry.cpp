// Registry and the side panel window that hosts it.
#include "ui/panels/panel_registry.hpp"
#include "ui/panels/edge_splitter.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <string>

namespace kg::app {

namespace {

std::size_t problem_count(const PanelContext& ctx) {
    return ctx.diagnostics.size();
}

} // namespace

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
        {"Problems", &draw_diagnostics_panel, false, &problem_count},
    }};
    return kPanels;
}

float side_panel_width(const UiState& ui, float display_width) {
    // A narrow window keeps some canvas: the panel takes at most 70 % of it.
    return std::max(kSidePanelMinWidth, std::min(ui.side_panel_width, display_width * 0.7f));
}

float reader_pane_width(const UiState& ui, float display_width, float side_width) {
    // The pane takes at most 70 % of the canvas the side panel leaves, so some canvas stays.
    const float room = std::max(0.0f, (display_width - side_width) * 0.7f);
    return std::min(std::max(ui.reader_width, kReaderMinWidth), room);
}

std::size_t draw_side_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions,
                            float top, float height) {
    const float width = side_panel_width(ui, ImGui::GetIO().DisplaySize.x);
    ImGui::SetNextWindowPos(ImVec2(0, top));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    // Never brought to the front: floating windows stay above it, its edge stays grabbable.
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoTitleBar |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    std::size_t drawn = 0;
    if (ImGui::Begin("kgviz", nullptr, flags)) {
        for (const PanelEntry& p : panel_registry()) {
            ImGui::PushID(p.title);
            if (ui.expand_all_panels) ImGui::SetNextItemOpen(true);
            std::string header = p.title;
            if (p.count) {
                // A count badge, and the section opens when the count grows (new problems).
                // "###" keeps the header's id (and its open state) while the count changes.
                const std::size_t n = p.count(ctx);
                if (n > 0) header += " (" + std::to_string(n) + ")";
                header += std::string("###") + p.title;
                ImGuiStorage* seen = ImGui::GetStateStorage();
                const ImGuiID key = ImGui::GetID("seen count");
                if (int(n) > seen->GetInt(key, 0)) ImGui::SetNextItemOpen(true);
                seen->SetInt(key, int(n));
            }
            if (ImGui::CollapsingHeader(header.c_str(),
                                        p.open_by_default ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
                p.draw(ctx, ui, actions);
                ++drawn;
            }
            ImGui::PopID();
        }
    }
    ImGui::End();
    if (const std::optional<float> x = draw_edge_splitter("##side-panel-edge", width, top, height))
        actions.push(ResizeSidePanel{*x});
    return drawn;
}

} // namespace kg::app
