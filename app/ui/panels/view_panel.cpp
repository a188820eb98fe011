// View settings: theme, colour by type or region, size by weight or centrality, labels, fit, pins.
#include "ui/panels/panel_context.hpp"

#include <imgui.h>

namespace kg::app {

void draw_view_panel(const PanelContext&, const UiState& ui, ActionQueue& actions) {
    int theme = int(ui.style.theme);
    ImGui::TextUnformatted("Theme");
    ImGui::SameLine();
    ImGui::RadioButton("Light", &theme, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Dark", &theme, 1);
    ImGui::SameLine();
    ImGui::RadioButton("Print", &theme, 2);
    if (theme != int(ui.style.theme)) actions.push(SetTheme{ThemeId(theme)});

    int color = int(ui.style.color);
    ImGui::TextUnformatted("Colour");
    ImGui::SameLine();
    ImGui::RadioButton("Type", &color, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Region", &color, 1);
    if (color != int(ui.style.color)) actions.push(SetColorMode{ColorMode(color)});

    int size = int(ui.style.size);
    ImGui::TextUnformatted("Size");
    ImGui::SameLine();
    ImGui::RadioButton("Mentions", &size, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Neighbours", &size, 1);
    if (size != int(ui.style.size)) actions.push(SetSizeMode{SizeMode(size)});

    bool labels = ui.show_labels;
    if (ImGui::Checkbox("Labels (L)", &labels)) actions.push(SetShowLabels{labels});
    if (ImGui::Button("Fit (F)")) actions.push(FitView{true});
    ImGui::SameLine();
    ImGui::BeginDisabled(ui.pinned.empty());
    if (ImGui::Button("Unpin all")) actions.push(UnpinAll{});
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!ui.focus);
    if (ImGui::Button("Clear focus")) actions.push(ClearFocus{});
    ImGui::EndDisabled();
}

} // namespace kg::app
