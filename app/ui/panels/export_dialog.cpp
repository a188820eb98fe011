// File > Export figure (Ctrl+E): format, size preset or custom size, theme, scales, title,
// transparency, then Export. The App runs the export (ExportFile) with the same code path as
// `kgviz snapshot` and reports where it went.
#include "ui/panels/export_dialog.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <filesystem>
#include <string>

namespace kg::app {
namespace {

// The path with its extension switched to `kind`'s.
std::string with_extension(const std::string& path, ExportKind kind) {
    std::filesystem::path p(path.empty() ? "kgviz-figure" : path);
    p.replace_extension(export_extension(kind));
    return p.string();
}

} // namespace

void draw_export_dialog(const PanelContext& ctx, const UiState& ui, ActionQueue& actions) {
    if (!ui.show_export_dialog) return;
    bool open = true;
    ImGui::SetNextWindowSize(ImVec2(440, 0), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Export", &open)) {
        ImGui::End();
        if (!open) actions.push(ShowExportDialog{false});
        return;
    }
    ExportSettings s = ui.export_settings;

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
                s.width = std::clamp(wh[0], 16, kMaxExportSide);
                s.height = std::clamp(wh[1], 16, kMaxExportSide);
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
            ImGui::SetTooltip("Also write FILE-annex.html beside the figure: every link drawn, with its "
                              "passages and their sources");
    } else {
        ImGui::TextWrapped("The graph as filtered now: %zu entities in the corpus.",
                           ctx.corpus.entities.size());
        if (s.kind == ExportKind::Csv)
            ImGui::TextWrapped("Four tables: FILE-entities.csv, FILE-links.csv (one row per link), "
                               "FILE-passages.csv (one row per passage) and FILE-documents.csv.");
    }
    ImGui::InputText("File", &s.path);
    if (s != ui.export_settings) actions.push(SetExportSettings{s});

    const bool can = !s.path.empty();
    if (!can) ImGui::BeginDisabled();
    if (ImGui::Button("Export")) actions.push(ExportFile{s});
    if (!can) ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Close")) open = false;
    if (!ui.export_message.empty()) ImGui::TextWrapped("%s", ui.export_message.c_str());
    ImGui::End();
    if (!open) actions.push(ShowExportDialog{false});
}

} // namespace kg::app
