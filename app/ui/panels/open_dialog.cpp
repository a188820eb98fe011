// File > Open or add articles: a small browser (folders to walk, article files to tick) plus a
// path box for typing or pasting. "Add" keeps the graph and its layout; "Open" replaces it.
// Loading then runs in the background with a progress bar in the menu bar.
#include "ui/panels/folder_listing.hpp"
#include "ui/panels/panel_context.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <set>
#include <system_error>

namespace kg::app {
namespace {

bool is_article(const std::filesystem::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return ext == ".txt" || ext == ".md" || ext == ".html" || ext == ".htm";
}

// The dialog's state across frames: the listing and what is ticked in it.
struct Browser {
    FolderListing listing;
    std::set<std::filesystem::path> ticked;
    std::array<char, 1024> typed{};

    void enter(std::filesystem::path f) {
        listing.enter(std::move(f), is_article);
        ticked.clear();
    }
};

Browser& browser() {
    static Browser b;
    return b;
}

std::vector<std::filesystem::path> chosen(const Browser& b) {
    std::vector<std::filesystem::path> out(b.ticked.begin(), b.ticked.end());
    if (b.typed[0] != '\0') out.emplace_back(b.typed.data());
    return out;
}

} // namespace

void draw_open_dialog(const PanelContext& ctx, const UiState& ui, ActionQueue& actions) {
    Browser& b = browser();
    if (!ui.show_open_dialog) {
        b.listing.folder.clear();
        return;
    }
    if (b.listing.folder.empty()) {
        const auto& inputs =
            ctx.workspace ? ctx.workspace->inputs : std::vector<std::filesystem::path>{};
        std::error_code ec;
        std::filesystem::path start =
            inputs.empty() ? std::filesystem::current_path(ec) : inputs.front();
        if (!std::filesystem::is_directory(start, ec)) start = start.parent_path();
        b.enter(start.empty() ? std::filesystem::path(".") : start);
    }
    ImGui::SetNextWindowSize(ImVec2(560, 460), ImGuiCond_Appearing);
    bool open = true;
    if (ImGui::Begin("Open or add articles", &open)) {
        ImGui::TextWrapped("Folder: %s", b.listing.folder.string().c_str());
        if (ImGui::Button("Up") && b.listing.folder.has_parent_path())
            b.enter(b.listing.folder.parent_path());
        ImGui::SameLine();
        ImGui::BeginDisabled(b.listing.files.empty());
        if (ImGui::Button("Tick all articles"))
            for (const auto& f : b.listing.files) b.ticked.insert(f);
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button("This whole folder")) {
            b.ticked.clear();
            b.ticked.insert(b.listing.folder);
        }
        if (ImGui::BeginChild("listing", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 3),
                              true)) {
            const std::filesystem::path go = draw_folder_rows(b.listing);
            for (const auto& f : b.listing.files) {
                bool on = b.ticked.contains(f);
                if (ImGui::Checkbox(f.filename().string().c_str(), &on)) {
                    if (on)
                        b.ticked.insert(f);
                    else
                        b.ticked.erase(f);
                }
            }
            if (b.listing.empty()) ImGui::TextDisabled("No folders or articles here.");
            if (!go.empty()) b.enter(go);
        }
        ImGui::EndChild();
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##path", "or type a file or folder path", b.typed.data(),
                                 b.typed.size());
        const std::vector<std::filesystem::path> paths = chosen(b);
        ImGui::BeginDisabled(paths.empty());
        if (ImGui::Button("Add to the graph")) {
            actions.push(OpenPaths{paths, false});
            open = false;
        }
        ImGui::SameLine();
        if (ImGui::Button("Open instead")) {
            actions.push(OpenPaths{paths, true});
            open = false;
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) open = false;
        ImGui::SameLine();
        ImGui::TextDisabled("%zu chosen", paths.size());
    }
    ImGui::End();
    if (!open) {
        b.typed[0] = '\0';
        actions.push(ShowOpenDialog{false});
    }
}

} // namespace kg::app
