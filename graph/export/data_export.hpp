// Data export of the (filtered) corpus: GraphML through Boost's write_graphml, and two CSV
// files (entities, and links with one row per evidence sentence). All written atomically.
#pragma once

#include "model/corpus.hpp"

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace kg {

// Which entities and links to export; empty spans mean "all" (FilterResult's masks fit here).
// A link is exported only when both its ends are.
struct ExportMasks {
    std::span<const std::uint8_t> entities;
    std::span<const std::uint8_t> links;
};

// One CSV field, quoted when it holds a comma, quote, CR or LF (quotes doubled, RFC 4180).
std::string csv_field(std::string_view text);

// entities.csv: id,name,type,region,mentions.
std::string entities_csv(const Corpus& corpus, const ExportMasks& masks = {});
// links.csv: source,target,kind,weight,doc_title,doc_date,sentence; one row per evidence, and
// one row with empty document fields for a knowledge-base link without evidence.
std::string links_csv(const Corpus& corpus, const ExportMasks& masks = {});

// GraphML (undirected): node keys id, name, type, region, weight (mentions); edge keys kind,
// weight (evidence count).
void write_graphml(std::ostream& out, const Corpus& corpus, const ExportMasks& masks = {});

// Writes entities.csv and links.csv into `folder` (created if missing). Returns an error
// message, empty on success.
std::string export_csv(const std::filesystem::path& folder, const Corpus& corpus,
                       const ExportMasks& masks = {});
// Where `kgviz extract --format csv -o PATH` puts its two tables: PATH-entities.csv and
// PATH-links.csv (a trailing ".csv" on PATH is dropped first), or, when PATH is an existing
// folder or ends in '/', PATH/entities.csv and PATH/links.csv.
std::pair<std::filesystem::path, std::filesystem::path> csv_export_paths(
    const std::filesystem::path& path);
// Writes the two tables to csv_export_paths(path). Returns an error message, empty on success.
std::string export_csv_tables(const std::filesystem::path& path, const Corpus& corpus,
                              const ExportMasks& masks = {});
// Writes one GraphML file. Returns an error message, empty on success.
std::string export_graphml(const std::filesystem::path& file, const Corpus& corpus,
                           const ExportMasks& masks = {});

} // namespace kg
