// Problems found while loading: one line per file, as the CLI prints them.
#include "ui/panels/panel_context.hpp"

#include <imgui.h>

namespace kg::app {

void draw_diagnostics_panel(const PanelContext& ctx, const UiState&, ActionQueue&) {
    if (ctx.diagnostics.empty()) {
        ImGui::TextDisabled("No problems.");
        return;
    }
    ImGuiListClipper clipper;
    clipper.Begin(int(ctx.diagnostics.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            ImGui::PushID(i);
            ImGui::TextWrapped("%s", format_diagnostic(ctx.diagnostics[std::size_t(i)]).c_str());
            ImGui::PopID();
        }
}

} // namespace kg::app
