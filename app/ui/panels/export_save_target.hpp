// The export dialog's save mode of the app's file browser: the folder with Up and its subfolders,
// the files of the chosen format there (a click takes the name), and a file name field.
#pragma once

#include "session/export_settings.hpp"

#include <string>

namespace kg::app {

// Draws the browser for `settings.path` in the space left in the current window and returns the
// path the analyst chose (the same when nothing changed). `path` must be absolute.
std::string draw_export_save_target(const ExportSettings& settings);

} // namespace kg::app
