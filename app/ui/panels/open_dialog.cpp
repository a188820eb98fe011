// File > Open or add articles: a small browser (folders to walk, article files to tick) plus a
// path box for typing or pasting. "Add" keeps the graph and its layout; "Open" replaces it.
// Loading then runs in the background with a progress bar in the menu bar.
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
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext == ".txt" || ext == ".md" || ext == ".html" || ext == ".htm";
}

// The browser's state lives across frames while the dialog is open (ImGui keeps no model).
struct Browser {
    std::filesystem::path folder;
    std::vector<std::filesystem::path> folders, files; // of `folder`, sorted
    std::string error;
    std::set<std::filesystem::path> ticked;
    std::array<char, 1024> typed{};

    void enter(std::filesystem::path f) {
        std::error_code ec;
        folder = std::filesystem::weakly_canonical(f, ec);
        if (ec) folder = std::move(f);
        folders.clear();
        files.clear();
        error.clear();
        ticked.clear();
        std::filesystem::directory_iterator it(folder, std::filesystem::directory_options::skip_permission_denied, ec);
        if (ec) {
            error = ec.message();
            return;
        }
        for (; it != std::filesystem::directory_iterator(); it.increment(ec)) {
            if (ec) break;
            const auto& p = it->path();
            if (p.filename().string().starts_with('.')) continue;
            std::error_code ec2;
            if (it->is_directory(ec2)) folders.push_back(p);
            else if (is_article(p)) files.push_back(p);
        }
        std::sort(folders.begin(), folders.end());
        std::sort(files.begin(), files.end());
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
        b.folder.clear();
        return;
    }
    if (b.folder.empty()) {
        const auto& inputs = ctx.workspace ? ctx.workspace->inputs : std::vector<std::filesystem::path>{};
        std::error_code ec;
        std::filesystem::path start = inputs.empty() ? std::filesystem::current_path(ec) : inputs.front();
        if (!std::filesystem::is_directory(start, ec)) start = start.parent_path();
        b.enter(start.empty() ? std::filesystem::path(".") : start);
    }
    ImGui::SetNextWindowSize(ImVec2(560, 460), ImGuiCond_Appearing);
    bool open = true;
    if (ImGui::Begin("Open or add articles", &open)) {
        ImGui::TextWrapped("Folder: %s", b.folder.string().c_str());
        if (ImGui::Button("Up") && b.folder.has_parent_path()) b.enter(b.folder.parent_path());
        ImGui::SameLine();
        ImGui::BeginDisabled(b.files.empty());
        if (ImGui::Button("Tick all articles"))
            for (const auto& f : b.files) b.ticked.insert(f);
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button("This whole folder")) {
            b.ticked.clear();
            b.ticked.insert(b.folder);
        }
        if (ImGui::BeginChild("listing", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 3), true)) {
            if (!b.error.empty()) ImGui::TextColored(ImVec4(0.85f, 0.3f, 0.2f, 1), "%s", b.error.c_str());
            std::filesystem::path go;
            for (const auto& f : b.folders)
                if (ImGui::Selectable((f.filename().string() + "/").c_str())) go = f;
            for (const auto& f : b.files) {
                bool on = b.ticked.contains(f);
                if (ImGui::Checkbox(f.filename().string().c_str(), &on)) {
                    if (on) b.ticked.insert(f);
                    else b.ticked.erase(f);
                }
            }
            if (b.folders.empty() && b.files.empty() && b.error.empty()) ImGui::TextDisabled("No folders or articles here.");
            if (!go.empty()) b.enter(go);
        }
        ImGui::EndChild();
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##path", "or type a file or folder path", b.typed.data(), b.typed.size());
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
