// Help > Shortcuts: the keyboard shortcuts in one small window (F1 toggles it).
#include "ui/panels/panel_context.hpp"

#include <imgui.h>

namespace kg::app {

void draw_shortcuts_window(const PanelContext&, const UiState& ui, ActionQueue& actions) {
    if (!ui.show_shortcuts) return;
    bool open = true;
    ImGui::SetNextWindowSize(ImVec2(360, 0), ImGuiCond_FirstUseEver);
    if (ImGui::Begin("Shortcuts", &open)) {
        static constexpr const char* kRows[][2] = {
            {"Ctrl+F", "Search entities / passages"},
            {"Enter (in search)", "Select and centre the best match"},
            {"Esc", "Close the open menu or window, else clear the selection"},
            {"F", "Fit the graph in the window"},
            {"L", "Show / hide labels"},
            {"Ctrl+O / drop files", "Open or add articles"},
            {"Ctrl+S", "Save the view under a name"},
            {"Ctrl+E", "Export a figure or the data"},
            {"Ctrl+Q", "Save the session and quit"},
            {"A / R", "Accept / reject the selected link, go to the next"},
            {"Ctrl+Z / Ctrl+Y", "Undo / redo a correction"},
            {"F1", "Show / hide this window"},
            {"F9", "Show / hide the side panel (full-screen canvas)"},
            {"Drag the panel's edge", "Make the side panel wider or narrower"},
            {"Click", "Select a node or link"},
            {"Shift+click / drag", "Add to selection / box select"},
            {"Double-click", "Light a node's neighbourhood"},
            {"Right-click a node", "Add a note (callout) for a briefing"},
            {"Alt+drag a label", "Move the label; it keeps its place by its node"},
            {"Drag the reader's edge", "Make the reader wider or narrower"},
        };
        if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg)) {
            for (const auto& row : kRows) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(row[0]);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(row[1]);
            }
            ImGui::EndTable();
        }
    }
    ImGui::End();
    if (!open) actions.push(ShowShortcuts{false});
}

} // namespace kg::app
