// The menu bar: File (open, add, views, quit), Edit (undo and redo corrections), View, Help.
// Every item names its shortcut, so the menus teach the keys.
#include "ui/panels/panel_context.hpp"

#include <imgui.h>

namespace kg::app {
namespace {

void file_menu(const PanelContext& ctx, const UiState& ui, ActionQueue& actions) {
    if (ImGui::MenuItem("Open or add articles...", "Ctrl+O")) actions.push(ShowOpenDialog{true});
    ImGui::Separator();
    if (ImGui::MenuItem("Export figure or data...", "Ctrl+E")) actions.push(ShowExportDialog{true});
    ImGui::Separator();
    if (ImGui::MenuItem("Save view...", "Ctrl+S")) actions.push(ShowSaveView{true});
    const WorkspaceInfo* ws = ctx.workspace;
    if (ImGui::BeginMenu("Recent views", ws && !ws->recent_views.empty())) {
        for (const std::string& name : ws->recent_views)
            if (ImGui::MenuItem(name.c_str())) actions.push(LoadView{name});
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("All views", ws && !ws->views.empty())) {
        for (const std::string& name : ws->views)
            if (ImGui::MenuItem(name.c_str())) actions.push(LoadView{name});
        ImGui::EndMenu();
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Quit", "Ctrl+Q")) actions.push(AppCommand{Quit{}});
    (void)ui;
}

void edit_menu(const PanelContext& ctx, ActionQueue& actions) {
    const CurationSession* s = ctx.workspace ? ctx.workspace->curation : nullptr;
    const std::string undo = s && s->can_undo() ? "Undo " + s->undo_description() : "Undo";
    const std::string redo = s && s->can_redo() ? "Redo " + s->redo_description() : "Redo";
    if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, s && s->can_undo()))
        actions.push(UndoCorrection{});
    if (ImGui::MenuItem(redo.c_str(), "Ctrl+Y", false, s && s->can_redo()))
        actions.push(RedoCorrection{});
}

void view_menu(const UiState& ui, ActionQueue& actions) {
    if (ImGui::MenuItem("Fit to window", "F")) actions.push(FitView{true});
    if (ImGui::MenuItem("Labels", "L", ui.show_labels))
        actions.push(SetShowLabels{!ui.show_labels});
    if (ImGui::MenuItem("Side panel", "F9", ui.show_side_panel))
        actions.push(ShowSidePanel{!ui.show_side_panel});
    if (ImGui::MenuItem("Search", "Ctrl+F")) actions.push(FocusSearch{true});
    if (ImGui::MenuItem("Clear selection", "Esc", false, !ui.selection.empty()))
        actions.push(ClearSelection{});
}

} // namespace

float draw_main_menu(const PanelContext& ctx, const UiState& ui, ActionQueue& actions) {
    if (!ImGui::BeginMainMenuBar()) return 0.0f;
    if (ImGui::BeginMenu("File")) {
        file_menu(ctx, ui, actions);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Edit")) {
        edit_menu(ctx, actions);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        view_menu(ui, actions);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("Shortcuts", "F1")) actions.push(ShowShortcuts{true});
        ImGui::EndMenu();
    }
    // Loading progress and the last command's message, where the eye expects status.
    if (ctx.workspace && ctx.workspace->progress >= 0.0f) {
        ImGui::SetNextItemWidth(220.0f);
        const std::string overlay =
            ctx.workspace->progress_stage.empty() ? "Loading" : ctx.workspace->progress_stage;
        ImGui::ProgressBar(ctx.workspace->progress, ImVec2(220.0f, 0.0f), overlay.c_str());
    } else if (!ctx.status.empty()) {
        ImGui::TextDisabled("%.*s", int(ctx.status.size()), ctx.status.data());
    } else if (ctx.workspace && !ctx.workspace->message.empty()) {
        ImGui::TextDisabled("%s", ctx.workspace->message.c_str());
    }
    const float height = ImGui::GetWindowSize().y;
    ImGui::EndMainMenuBar();
    return height;
}

} // namespace kg::app
