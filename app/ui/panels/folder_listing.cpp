#include "ui/panels/folder_listing.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdlib>
#include <system_error>

namespace kg::app {

void FolderListing::enter(std::filesystem::path f,
                          const std::function<bool(const std::filesystem::path&)>& wanted) {
    std::error_code ec;
    folder = std::filesystem::weakly_canonical(f, ec);
    if (ec) folder = std::move(f);
    folders.clear();
    files.clear();
    error.clear();
    std::filesystem::directory_iterator it(
        folder, std::filesystem::directory_options::skip_permission_denied, ec);
    if (ec) {
        error = ec.message();
        return;
    }
    for (; it != std::filesystem::directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const auto& p = it->path();
        if (p.filename().string().starts_with('.')) continue;
        std::error_code ec2;
        if (it->is_directory(ec2))
            folders.push_back(p);
        else if (wanted(p))
            files.push_back(p);
    }
    std::sort(folders.begin(), folders.end());
    std::sort(files.begin(), files.end());
}

std::filesystem::path draw_folder_rows(const FolderListing& listing) {
    if (!listing.error.empty())
        ImGui::TextColored(ImVec4(0.85f, 0.3f, 0.2f, 1), "%s", listing.error.c_str());
    std::filesystem::path go;
    for (const auto& f : listing.folders)
        if (ImGui::Selectable((f.filename().string() + "/").c_str())) go = f;
    return go;
}

std::filesystem::path documents_folder() {
    std::error_code ec;
    auto usable = [&](const char* p) { return p && *p && std::filesystem::is_directory(p, ec); };
    const char* xdg = std::getenv("XDG_DOCUMENTS_DIR");
    if (usable(xdg)) return xdg;
    const char* home = std::getenv("HOME");
    if (usable(home)) {
        const std::filesystem::path docs = std::filesystem::path(home) / "Documents";
        if (std::filesystem::is_directory(docs, ec)) return docs;
        return home;
    }
    std::filesystem::path here = std::filesystem::current_path(ec);
    return ec ? std::filesystem::path(".") : here;
}

} // namespace kg::app
