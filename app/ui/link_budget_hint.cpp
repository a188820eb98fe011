#include "ui/link_budget_hint.hpp"

#include "export/figure_frame.hpp"

#include <imgui.h>

namespace kg::app {

std::string link_budget_hint(const FrameStats& stats) {
    if (stats.links_drawn >= stats.links_in_view) return {};
    return "Showing the " + with_thousands(stats.links_drawn) + " heaviest of " +
           with_thousands(stats.links_in_view) + " links in view. Zoom in to see all.";
}

void draw_link_budget_hint(const FrameStats& stats, float left) {
    const std::string text = link_budget_hint(stats);
    if (text.empty()) return;
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    const float pad = 6.0f;
    const ImVec2 at{left + 12.0f, ImGui::GetIO().DisplaySize.y - size.y - 12.0f - 2 * pad};
    ImDrawList* list = ImGui::GetBackgroundDrawList();
    list->AddRectFilled(at, {at.x + size.x + 2 * pad, at.y + size.y + 2 * pad},
                        IM_COL32(20, 20, 24, 200), 4.0f);
    list->AddText({at.x + pad, at.y + pad}, IM_COL32(235, 235, 235, 255), text.c_str());
}

} // namespace kg::app
