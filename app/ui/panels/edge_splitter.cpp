// A pane's draggable edge (see edge_splitter.hpp).
#include "ui/panels/edge_splitter.hpp"

#include <imgui.h>

namespace kg::app {

std::optional<float> draw_edge_splitter(const char* id, float x, float top, float height) {
    // The grab zone lies over the edge, so it reaches both sides of the border.
    constexpr float kGrab = 8.0f;
    ImGui::SetNextWindowPos(ImVec2(x - kGrab * 0.5f, top));
    ImGui::SetNextWindowSize(ImVec2(kGrab, height));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground |
                                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;
    std::optional<float> dragged;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    if (ImGui::Begin(id, nullptr, flags)) {
        ImGui::InvisibleButton("edge", ImVec2(kGrab, height));
        const bool hot = ImGui::IsItemHovered() || ImGui::IsItemActive();
        if (hot) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
        if (ImGui::IsItemActive() && ImGui::GetIO().MouseDelta.x != 0.0f)
            dragged = ImGui::GetIO().MousePos.x;
        if (hot)
            ImGui::GetWindowDrawList()->AddLine(ImVec2(x, top), ImVec2(x, top + height),
                                                ImGui::GetColorU32(ImGuiCol_SeparatorActive), 2.0f);
    }
    ImGui::End();
    ImGui::PopStyleVar();
    return dragged;
}

} // namespace kg::app
