// File names of an export: the extension of each kind, and every file an export writes.
#include "session/export_settings.hpp"

#include "export/data_export.hpp"
#include "export/evidence_annex.hpp"

namespace kg::app {

std::string_view export_extension(ExportKind kind) {
    switch (kind) {
    case ExportKind::Png:
        return ".png";
    case ExportKind::Svg:
        return ".svg";
    case ExportKind::GraphMl:
        return ".graphml";
    case ExportKind::Csv:
        return ".csv";
    case ExportKind::Gexf:
        return ".gexf";
    }
    return ".png";
}

std::vector<std::filesystem::path> export_targets(const ExportSettings& settings) {
    const std::filesystem::path path(settings.path);
    switch (settings.kind) {
    case ExportKind::Csv: {
        const CsvPaths p = csv_export_paths(path);
        return {p.entities, p.links, p.passages, p.documents};
    }
    case ExportKind::Png:
    case ExportKind::Svg:
        if (settings.annex) return {path, annex_path_beside(path)};
        return {path};
    case ExportKind::GraphMl:
    case ExportKind::Gexf:
        break;
    }
    return {path};
}

} // namespace kg::app
