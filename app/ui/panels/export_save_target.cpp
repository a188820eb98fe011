#include "ui/panels/export_save_target.hpp"

#include "ui/panels/folder_listing.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <filesystem>

namespace kg::app {
namespace {

// The listing shown, and what it lists: refreshed when the folder or format changes or the
// dialog reappears (an export may have added a file).
struct SaveBrowser {
    FolderListing listing;
    std::filesystem::path listed;
    ExportKind kind = ExportKind::Png;
};

SaveBrowser& save_browser() {
    static SaveBrowser b;
    return b;
}

} // namespace

std::string draw_export_save_target(const ExportSettings& settings) {
    namespace fs = std::filesystem;
    const fs::path path(settings.path);
    const fs::path folder = path.parent_path();
    SaveBrowser& b = save_browser();
    if (b.listed != folder || b.kind != settings.kind || ImGui::IsWindowAppearing()) {
        const std::string ext(export_extension(settings.kind));
        b.listing.enter(folder, [&](const fs::path& p) { return p.extension() == ext; });
        b.listed = folder;
        b.kind = settings.kind;
    }
    fs::path chosen = path;
    ImGui::TextWrapped("Save in: %s", b.listing.folder.string().c_str());
    if (ImGui::Button("Up") && folder.has_parent_path() && folder.parent_path() != folder)
        chosen = folder.parent_path() / path.filename();
    ImGui::SameLine();
    if (ImGui::Button("Documents")) chosen = documents_folder() / path.filename();
    // The listing takes what the body has left above the name field, and at least six rows.
    const float height =
        std::max(ImGui::GetTextLineHeightWithSpacing() * 6,
                 ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing());
    if (ImGui::BeginChild("save-listing", ImVec2(0, height), true)) {
        const fs::path go = draw_folder_rows(b.listing);
        if (!go.empty()) chosen = go / path.filename();
        for (const auto& f : b.listing.files)
            if (ImGui::Selectable(f.filename().string().c_str(), f == path)) chosen = f;
        if (b.listing.empty())
            ImGui::TextDisabled("No folders or %s files here.",
                                export_extension(settings.kind).data());
    }
    ImGui::EndChild();
    std::string name = path.filename().string();
    if (ImGui::InputText("File name", &name)) {
        // A typed path is taken as it is; a bare name goes into the folder shown.
        const fs::path typed(name);
        chosen = typed.is_absolute() ? typed : folder / typed;
    }
    return chosen.string();
}

} // namespace kg::app
