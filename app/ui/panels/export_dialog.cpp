// File > Export figure (Ctrl+E): format, size preset or custom size, theme, scales, title,
// transparency, the file chosen in a save browser, then Export, which asks before replacing a file.
// The App runs the export (ExportFile) with the same code path as `kgviz snapshot` and reports
// where it went. The buttons sit in a footer below a scrolling body, so no option pushes them out.
#include "ui/panels/export_dialog.hpp"

#include "ui/panels/export_save_target.hpp"
#include "ui/panels/folder_listing.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

namespace kg::app {
namespace {

constexpr const char* kReplaceQuestion = "Replace the file?";

// The path with its extension switched to `kind`'s.
std::string with_extension(const std::string& path, ExportKind kind) {
    std::filesystem::path p(path.empty() ? "kgviz-figure" : path);
    p.replace_extension(export_extension(kind));
    return p.string();
}

// The files of `s` that exist already.
std::vector<std::filesystem::path> existing_targets(const ExportSettings& s) {
    std::vector<std::filesystem::path> out;
    for (const auto& p : export_targets(s)) {
        std::error_code ec;
        if (std::filesystem::exists(p, ec)) out.push_back(p);
    }
    return out;
}

// The overwrite question, opened by Export when a target exists: Replace exports, Cancel (or
// Esc) keeps the old files.
void draw_replace_question(const ExportSettings& s, ActionQueue& actions) {
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(kReplaceQuestion, nullptr, ImGuiWindowFlags_AlwaysAutoResize))
        return;
    const std::vector<std::filesystem::path> existing = existing_targets(s);
    ImGui::TextUnformatted(existing.size() == 1 ? "This file exists already:"
                                                : "These files exist already:");
    for (const auto& p : existing) ImGui::BulletText("%s", p.string().c_str());
    ImGui::TextUnformatted("Replace it with the new export?");
    if (ImGui::Button("Replace")) {
        actions.push(ExportFile{s});
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

} // namespace

void draw_export_dialog(const PanelContext& ctx, const UiState& ui, ActionQueue& actions) {
    if (!ui.show_export_dialog) return;
    bool open = true;
    ImGui::SetNextWindowSize(ImVec2(520, 640), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSizeConstraints(ImVec2(420, 380), ImVec2(FLT_MAX, FLT_MAX));
    if (!ImGui::Begin("Export", &open)) {
        ImGui::End();
        if (!open) actions.push(ShowExportDialog{false});
        return;
    }
    ExportSettings s = ui.export_settings;
    if (!std::filesystem::path(s.path).is_absolute())
        s.path = (documents_folder() / s.path).string();

    const ImGuiStyle& style = ImGui::GetStyle();
    const float message_h = ImGui::GetTextLineHeightWithSpacing() * 2;
    const float footer_h = style.ItemSpacing.y * 2 + message_h + ImGui::GetFrameHeight();
    ImGui::BeginChild("body", ImVec2(0, -footer_h));

    static constexpr const char* kKinds[] = {"PNG image", "SVG (vector, selectable text)",
                                             "GraphML (graph data)", "CSV (four tables)",
                                             "GEXF (Gephi, with layout and colours)"};
    int kind = int(s.kind);
    if (ImGui::Combo("Format", &kind, kKinds, IM_ARRAYSIZE(kKinds))) {
        s.kind = ExportKind(kind);
        s.path = with_extension(s.path, s.kind);
    }
    const bool figure = s.kind == ExportKind::Png || s.kind == ExportKind::Svg;
    if (figure) {
        const char* preview = s.preset >= 0 && s.preset < int(kExportPresets.size())
                                  ? kExportPresets[std::size_t(s.preset)].name.data()
                                  : "Custom";
        if (ImGui::BeginCombo("Size", preview)) {
            for (std::size_t i = 0; i < kExportPresets.size(); ++i) {
                ImGui::PushID(int(i));
                if (ImGui::Selectable(kExportPresets[i].name.data(), s.preset == int(i))) {
                    s.preset = int(i);
                    s.width = kExportPresets[i].width;
                    s.height = kExportPresets[i].height;
                }
                ImGui::PopID();
            }
            if (ImGui::Selectable("Custom", s.preset < 0)) s.preset = -1;
            ImGui::EndCombo();
        }
        if (s.preset < 0) {
            int wh[2] = {s.width, s.height};
            if (ImGui::InputInt2("Width x height", wh)) {
                s.width = std::clamp(wh[0], kMinFigureSide, kMaxFigureSide);
                s.height = std::clamp(wh[1], kMinFigureSide, kMaxFigureSide);
            }
        }
        static constexpr const char* kThemes[] = {"Light", "Dark", "Print (white, greyscale-safe)"};
        int t = int(s.theme);
        if (ImGui::Combo("Theme", &t, kThemes, IM_ARRAYSIZE(kThemes))) s.theme = ThemeId(t);
        ImGui::SliderFloat("Label size", &s.label_scale, 0.5f, 3.0f, "%.2fx");
        ImGui::SliderFloat("Node size", &s.node_scale, 0.5f, 3.0f, "%.2fx");
        ImGui::InputText("Title", &s.title);
        ImGui::InputText("Subtitle", &s.subtitle);
        ImGui::Checkbox("Legend", &s.legend);
        ImGui::SameLine();
        ImGui::Checkbox("Keep the current view", &s.keep_camera);
        if (s.kind == ExportKind::Png) {
            ImGui::SameLine();
            ImGui::Checkbox("Transparent", &s.transparent);
        }
        ImGui::Checkbox("Evidence annex", &s.annex);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip(
                "Also write FILE-annex.html beside the figure: every link drawn, with its "
                "passages and their sources");
    } else {
        ImGui::TextWrapped("The graph as filtered now: %zu entities in the corpus.",
                           ctx.corpus.entities.size());
        if (s.kind == ExportKind::Csv)
            ImGui::TextWrapped("Four tables: FILE-entities.csv, FILE-links.csv (one row per link), "
                               "FILE-passages.csv (one row per passage) and FILE-documents.csv.");
    }
    ImGui::Separator();
    s.path = draw_export_save_target(s);
    ImGui::EndChild();
    if (s != ui.export_settings) actions.push(SetExportSettings{s});

    ImGui::BeginChild("message", ImVec2(0, message_h));
    if (!ui.export_message.empty()) ImGui::TextWrapped("%s", ui.export_message.c_str());
    ImGui::EndChild();
    const bool can = !std::filesystem::path(s.path).filename().empty();
    ImGui::BeginDisabled(!can);
    if (ImGui::Button("Export")) {
        if (existing_targets(s).empty())
            actions.push(ExportFile{s});
        else
            ImGui::OpenPopup(kReplaceQuestion);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Close")) open = false;
    draw_replace_question(s, actions);
    ImGui::End();
    if (!open) actions.push(ShowExportDialog{false});
}

} // namespace kg::app
