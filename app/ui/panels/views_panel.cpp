// Saved views: save what is on screen under a name (Ctrl+S), load, rename and delete the views
// kept in the user's views folder. The same files drive `kgviz snapshot --view`.
#include "ui/panels/panel_context.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace kg::app {
namespace {

void copy_into(std::array<char, 128>& buffer, const std::string& text) {
    std::strncpy(buffer.data(), text.c_str(), buffer.size() - 1);
    buffer.back() = '\0';
}

} // namespace

void draw_save_view_window(const PanelContext& ctx, const UiState& ui, ActionQueue& actions) {
    static std::array<char, 128> name{};
    static bool was_open = false;
    if (!ui.show_save_view) {
        was_open = false;
        return;
    }
    if (!was_open) {
        // Suggest the next free "View N", so Ctrl+S, Enter never overwrites a view by surprise.
        const auto& views = ctx.workspace ? ctx.workspace->views : std::vector<std::string>{};
        std::size_t n = views.size() + 1;
        while (std::find(views.begin(), views.end(), "View " + std::to_string(n)) != views.end())
            ++n;
        copy_into(name, "View " + std::to_string(n));
    }
    ImGui::SetNextWindowSize(ImVec2(380, 0), ImGuiCond_Appearing);
    bool open = true;
    if (ImGui::Begin("Save view", &open, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted("Filters, camera, pins, selection and theme, under a name:");
        if (!was_open) ImGui::SetKeyboardFocusHere();
        const bool enter = ImGui::InputText("Name", name.data(), name.size(),
                                            ImGuiInputTextFlags_EnterReturnsTrue);
        const bool exists =
            ctx.workspace && std::find(ctx.workspace->views.begin(), ctx.workspace->views.end(),
                                       std::string(name.data())) != ctx.workspace->views.end();
        if (exists)
            ImGui::TextColored(ImVec4(0.85f, 0.5f, 0.1f, 1),
                               "A view with this name exists: saving replaces it.");
        ImGui::BeginDisabled(name[0] == '\0');
        if (ImGui::Button("Save") || (enter && name[0] != '\0'))
            actions.push(SaveView{name.data()});
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button("Cancel") ||
            ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
            open = false;
    }
    ImGui::End();
    was_open = true;
    if (!open) actions.push(ShowSaveView{false});
}

void draw_views_panel(const PanelContext& ctx, const UiState&, ActionQueue& actions) {
    if (ImGui::Button("Save view... (Ctrl+S)")) actions.push(ShowSaveView{true});
    const WorkspaceInfo* ws = ctx.workspace;
    if (!ws) return;
    if (ws->views.empty()) {
        ImGui::TextDisabled("No saved views yet.");
        return;
    }
    static std::string renaming, deleting;
    static std::array<char, 128> new_name{};
    for (const std::string& v : ws->views) {
        ImGui::PushID(v.c_str());
        if (renaming == v) {
            ImGui::SetNextItemWidth(150);
            const bool enter = ImGui::InputText("##rename", new_name.data(), new_name.size(),
                                                ImGuiInputTextFlags_EnterReturnsTrue);
            ImGui::SameLine();
            if ((ImGui::SmallButton("OK") || enter) && new_name[0] != '\0') {
                actions.push(RenameView{v, new_name.data()});
                renaming.clear();
            }
            ImGui::SameLine();
            if (ImGui::SmallButton("Cancel")) renaming.clear();
        } else {
            if (ImGui::Selectable(v.c_str(), false, 0, ImVec2(150, 0))) actions.push(LoadView{v});
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Load this view");
            ImGui::SameLine();
            if (ImGui::SmallButton("Rename")) {
                renaming = v;
                copy_into(new_name, v);
            }
            ImGui::SameLine();
            // A view is the analyst's work: deleting asks once more.
            if (deleting == v) {
                if (ImGui::SmallButton("Really delete")) {
                    actions.push(DeleteView{v});
                    deleting.clear();
                }
                ImGui::SameLine();
                if (ImGui::SmallButton("Keep")) deleting.clear();
            } else if (ImGui::SmallButton("Delete")) {
                deleting = v;
            }
        }
        ImGui::PopID();
    }
    ImGui::TextDisabled("In %s", ws->views_folder.string().c_str());
}

} // namespace kg::app
