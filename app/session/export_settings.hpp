// What the export dialog (Ctrl+E) is set to: plain data kept in UiState, so the dialog only
// reads it and records SetExportSettings / ExportFile actions.
#pragma once

#include "view/figure_size.hpp"
#include "view/theme.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kg::app {

// What an export writes: a figure (PNG, SVG) or the filtered graph as data.
enum class ExportKind : std::uint8_t { Png, Svg, GraphMl, Csv, Gexf };

// A figure size the dialog offers.
struct ExportPreset {
    std::string_view name;
    int width = 0, height = 0;
};

inline constexpr std::array<ExportPreset, 4> kExportPresets = {{
    {"Slide 16:9, 1920 x 1080", 1920, 1080},
    {"Slide 16:9 4K, 3840 x 2160", 3840, 2160},
    {"A4 landscape 300 dpi, 3508 x 2480", 3508, 2480},
    {"Square, 2048 x 2048", 2048, 2048},
}};

struct ExportSettings {
    ExportKind kind = ExportKind::Png;
    int preset = 0; // index into kExportPresets; -1 = custom width x height
    int width = 1920;
    int height = 1080;
    ThemeId theme = ThemeId::Print;
    bool transparent = false; // PNG only: no background
    float label_scale = 1.0f;
    float node_scale = 1.0f;
    bool legend = true;
    bool keep_camera = true; // the region the window shows now; else the whole graph
    bool annex = false;      // PNG/SVG: also FILE-annex.html, the evidence behind the links drawn
    std::string title;
    std::string subtitle;
    // A relative path is taken in documents_folder() when the dialog opens. CSV: FILE-entities.csv,
    // ...
    std::string path = "kgviz-figure.png";

    friend bool operator==(const ExportSettings&, const ExportSettings&) = default;
};

// The file extension of `kind` (".png", ".svg", ".graphml", ".csv").
std::string_view export_extension(ExportKind kind);

// Every file an export with `settings` writes (CSV: four tables; the annex beside a figure), so the
// dialog can ask before replacing any of them.
std::vector<std::filesystem::path> export_targets(const ExportSettings& settings);

} // namespace kg::app
