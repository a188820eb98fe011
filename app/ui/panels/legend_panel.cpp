// The legend inside the side panel (the same drawing as snapshots use).
#include "gl/legend.hpp"
#include "ui/panels/panel_context.hpp"

#include <imgui.h>

namespace kg::app {

void draw_legend_panel(const PanelContext&, const UiState& ui, ActionQueue&) {
    ImFont& font = *ImGui::GetFont();
    const ImVec2 size = legend_size(font, ui.style.color);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    draw_legend(*ImGui::GetWindowDrawList(), pos, theme(ui.style.theme), ui.style.color, font);
    ImGui::Dummy(size);
}

} // namespace kg::app
