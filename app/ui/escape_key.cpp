// Esc: one press closes one layer, topmost first.
#include "ui/escape_key.hpp"

#include <imgui.h>
#include <imgui_internal.h> // ClosePopupToLevel: ImGui 1.86 closes menus on Esc only with keyboard nav

namespace kg::app {

bool close_topmost_on_escape(const UiState& ui, ActionQueue& actions) {
    // Menus of the menu bar and context popups stay open across frames in ImGui's popup stack.
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) {
        ImGui::ClosePopupToLevel(0, true);
        return true;
    }
    if (ui.show_export_dialog)
        actions.push(ShowExportDialog{false});
    else if (ui.show_open_dialog)
        actions.push(ShowOpenDialog{false});
    else if (ui.show_save_view)
        actions.push(ShowSaveView{false});
    else if (ui.editing_callout)
        actions.push(EditCallout{std::nullopt});
    else if (ui.show_shortcuts)
        actions.push(ShowShortcuts{false});
    else if (ui.reader)
        actions.push(CloseReader{});
    else
        return false;
    return true;
}

} // namespace kg::app
