// The folder browser of the app's file dialogs: File > Open walks folders and ticks articles, the
// export dialog's save mode walks folders and picks a file name. Plain data kept across frames
// (ImGui keeps no model); each dialog draws its own rows.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace kg::app {

struct FolderListing {
    std::filesystem::path folder;
    std::vector<std::filesystem::path> folders, files; // of `folder`, sorted, hidden ones left out
    std::string error;                                 // why `folder` could not be listed

    // Nothing to show: no subfolder, no wanted file, no error.
    bool empty() const { return folders.empty() && files.empty() && error.empty(); }

    // Lists `f`: its subfolders and the files `wanted` accepts.
    void enter(std::filesystem::path f,
               const std::function<bool(const std::filesystem::path&)>& wanted);
};

// Draws the listing's folders as rows and returns the one clicked (empty when none); the files
// are the caller's to draw.
std::filesystem::path draw_folder_rows(const FolderListing& listing);

// Where a new export goes by default: the user's documents folder ($XDG_DOCUMENTS_DIR, else
// ~/Documents when it exists), else the home folder, else the working directory.
std::filesystem::path documents_folder();

} // namespace kg::app
