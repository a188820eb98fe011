// The one export path: `kgviz snapshot` and the export dialog both build an ExportInput
// (session/export_input.hpp) and call export_to_file(), so the same view gives the same file.
// SVG and the data exports need no GL; PNG is drawn by a FigureRenderer (gl/figure_renderer.hpp).
#pragma once

#include "gl/figure_renderer.hpp"
#include "session/export_input.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kg::app {

// What an export wrote.
struct ExportResult {
    std::string error;   // empty on success
    std::string message; // "wrote brief.png (3840 x 2160, 31 nodes, 58 links, 5 sources)"
    std::vector<std::filesystem::path> files;
    std::optional<Figure> figure; // the figure written (PNG, SVG)
};

// Writes `input` as `kind` to `path`, atomically. PNG needs `gl` (else an error); SVG, GraphML,
// GEXF and CSV do not. CSV writes four files beside each other (csv_export_paths). `composed`, when
// given, is the PNG figure `gl` already composed for `input` (so composing can happen elsewhere
// first).
ExportResult export_to_file(const std::filesystem::path& path, ExportKind kind,
                            const ExportInput& input, FigureRenderer* gl,
                            const Figure* composed = nullptr);

// The kind a file name asks for (.png, .svg, .graphml, .csv), or nullopt.
std::optional<ExportKind> export_kind_of(const std::filesystem::path& path);

} // namespace kg::app
