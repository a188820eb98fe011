// Tooltips for cut labels.
#include "ui/panels/cut_text.hpp"

#include <imgui.h>

namespace kg::app {

void tooltip_if_cut(std::string_view text) {
    if (!ImGui::IsItemHovered()) return;
    const float text_w = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
    const float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    // Selectables span the panel (their text overflows the item); buttons grow past the edge.
    const bool cut =
        text_w > ImGui::GetItemRectSize().x || ImGui::GetItemRectMax().x > right_edge + 0.5f;
    if (!cut) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 35.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace kg::app
