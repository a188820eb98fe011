// Data export of the (filtered) corpus for other tools: GraphML, GEXF and CSV tables, all
// written atomically. docs/export.md says what each format carries.
#pragma once

#include "common/vec2.hpp"
#include "model/corpus.hpp"
#include "view/render_scene.hpp"

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// Which entities and links to export; empty spans mean "all" (FilterResult's masks fit here).
// A link is exported only when both its ends are.
struct ExportMasks {
    std::span<const std::uint8_t> entities;
    std::span<const std::uint8_t> links;
};

// True when the masks keep entity `i` / link `i` (a link needs both its ends kept).
bool exports_entity(const ExportMasks& masks, std::size_t i);
bool exports_link(const Corpus& corpus, const ExportMasks& masks, std::size_t i);

// How the figure draws the exported graph: its positions (one per corpus entity; empty = the
// deterministic layout `kgviz snapshot` uses) and its style (sizes, colours).
struct ExportLook {
    std::span<const Vec2> positions;
    SceneStyle style;
};

// One CSV field, quoted when it holds a comma, quote, CR or LF (quotes doubled, RFC 4180).
std::string csv_field(std::string_view text);

// entities.csv: id,name,type,region,mentions.
std::string entities_csv(const Corpus& corpus, const ExportMasks& masks = {});
// links.csv, one row per link: source,target,kind,weight (passages),documents,topics
// (';'-separated ids),directed (ends as in GraphML: a directed link points source -> target).
std::string links_csv(const Corpus& corpus, const ExportMasks& masks = {});
// passages.csv, one row per passage: source,target (the link's row),document (id),path,url,
// title,date,kind,direction ("source" or "target": the end that acts, empty when the passage
// states none),topics,text,start,end (byte offsets into the document's cleaned text).
std::string passages_csv(const Corpus& corpus, const ExportMasks& masks = {});
// documents.csv: id,path,title,date,source,url,language (every document of the corpus).
std::string documents_csv(const Corpus& corpus);

// GraphML, undirected by default: node id = entity id; node data label, type, region (only
// when set), mentions, x, y (y up), size, r, g, b; edge data kind, weight (passages), documents,
// topics, directed (true: KB links and passage links with an agreed direction, written from
// source to target; networkx refuses a per-edge directed="true" in an undirected graph).
void write_graphml(std::ostream& out, const Corpus& corpus, const ExportMasks& masks = {},
                   const ExportLook& look = {});

// GEXF 1.3 (Gephi): node label and attributes type, region (only when set), mentions;
// viz:position (y up), viz:color, viz:size; edge weight (passages) and attributes kind,
// documents, topics, directed (as in GraphML: networkx refuses per-edge type="directed").
void write_gexf(std::ostream& out, const Corpus& corpus, const ExportMasks& masks = {},
                const ExportLook& look = {});
// Writes one GEXF file. Returns an error message, empty on success.
std::string export_gexf(const std::filesystem::path& file, const Corpus& corpus,
                        const ExportMasks& masks = {}, const ExportLook& look = {});

struct CsvPaths {
    std::filesystem::path entities, links, passages, documents;
};
// Where `kgviz extract --format csv -o PATH` puts its tables: PATH-entities.csv, PATH-links.csv,
// PATH-passages.csv and PATH-documents.csv (a trailing ".csv" on PATH is dropped first), or,
// when PATH is an existing folder or ends in '/', PATH/entities.csv and so on.
CsvPaths csv_export_paths(const std::filesystem::path& path);
// Writes the four tables to csv_export_paths(path). Returns an error message, empty on success.
std::string export_csv_tables(const std::filesystem::path& path, const Corpus& corpus,
                              const ExportMasks& masks = {});
// The graph as data, in the formats `kgviz extract --format` and the export dialog offer.
enum class DataFormat : std::uint8_t { GraphMl, Gexf, Csv };

// "graphml", "gexf" or "csv" as a format; nullopt for any other name.
std::optional<DataFormat> data_format_named(std::string_view name);

// What export_data did: the files written and a line that says so for the user ("wrote g.graphml
// (GraphML: 12 entities, 30 links)"), or the error (then nothing else).
struct DataExport {
    std::string error;
    std::string message;
    std::vector<std::filesystem::path> files;
};

// The one dispatcher of data exports (the command line's and the dialog's): `corpus` as `format`
// at `path`, atomically; CSV writes its four tables at csv_export_paths(path).
DataExport export_data(const std::filesystem::path& path, DataFormat format, const Corpus& corpus,
                       const ExportLook& look = {});

// Writes one GraphML file. Returns an error message, empty on success.
std::string export_graphml(const std::filesystem::path& file, const Corpus& corpus,
                           const ExportMasks& masks = {}, const ExportLook& look = {});

} // namespace kg
