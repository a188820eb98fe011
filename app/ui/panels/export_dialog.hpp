// The export dialog (Ctrl+E): a floating window drawn by the App each frame while
// UiState::show_export_dialog is set. It only records actions (SetExportSettings, ExportFile,
// ShowExportDialog); the App runs ExportFile.
#pragma once

#include "ui/panels/panel_context.hpp"

namespace kg::app {

void draw_export_dialog(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);

} // namespace kg::app
