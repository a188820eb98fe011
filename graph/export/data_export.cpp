// CSV tables by hand (RFC 4180); GraphML and GEXF are in their own writers.
#include "export/data_export.hpp"

#include "common/atomic_write.hpp"
#include "export/export_look.hpp"

#include <sstream>
#include <vector>

namespace kg {
namespace {

std::string region_id(const Entity& e) {
    return e.region ? std::string(to_id(*e.region)) : "";
}

std::string number(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

} // namespace

bool exports_entity(const ExportMasks& m, std::size_t i) {
    return m.entities.empty() || (i < m.entities.size() && m.entities[i]);
}

bool exports_link(const Corpus& c, const ExportMasks& m, std::size_t i) {
    const Link& l = c.links[i];
    return (m.links.empty() || (i < m.links.size() && m.links[i])) && exports_entity(m, l.source) &&
           exports_entity(m, l.target);
}

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (char ch : text) {
        if (ch == '"') out += '"';
        out += ch;
    }
    out += '"';
    return out;
}

std::string entities_csv(const Corpus& c, const ExportMasks& m) {
    std::string out = "id,name,type,region,mentions\n";
    for (std::size_t i = 0; i < c.entities.size(); ++i) {
        if (!exports_entity(m, i)) continue;
        const Entity& e = c.entities[i];
        out += csv_field(e.id) + ',' + csv_field(e.name) + ',' + std::string(to_id(e.type)) + ',' +
               region_id(e) + ',' + std::to_string(e.mentions.size()) + '\n';
    }
    return out;
}

std::string links_csv(const Corpus& c, const ExportMasks& m) {
    std::string out = "source,target,kind,weight,documents,topics,directed\n";
    for (std::size_t i = 0; i < c.links.size(); ++i) {
        if (!exports_link(c, m, i)) continue;
        const Link& l = c.links[i];
        const LinkEnds ends = link_ends(l);
        out += csv_field(c.entities[ends.from].id) + ',' + csv_field(c.entities[ends.to].id) + ',' +
               std::string(to_id(l.kind)) + ',' + number(l.weight()) + ',' +
               std::to_string(l.document_count()) + ',' + topic_list(l.topics) + ',' +
               (ends.directed ? "true" : "false") + '\n';
    }
    return out;
}

std::string passages_csv(const Corpus& c, const ExportMasks& m) {
    std::string out =
        "source,target,document,path,url,title,date,kind,direction,topics,text,start,end\n";
    for (std::size_t i = 0; i < c.links.size(); ++i) {
        if (!exports_link(c, m, i)) continue;
        const Link& l = c.links[i];
        const LinkEnds ends = link_ends(l);
        const std::string head =
            csv_field(c.entities[ends.from].id) + ',' + csv_field(c.entities[ends.to].id) + ',';
        for (const Evidence& ev : l.evidence) {
            if (ev.doc >= c.documents.size()) continue;
            const Document& d = c.documents[ev.doc];
            const bool in_text = ev.span.end <= d.text.size() && ev.span.start <= ev.span.end;
            // Which end of this row acts: the link's source for Forward, turned when the row's
            // ends are the link's turned round.
            std::string_view actor;
            if (ev.direction != Direction::None)
                actor = (ev.direction == Direction::Forward) == (ends.from == l.source) ? "source"
                                                                                        : "target";
            out += head + csv_field(d.id) + ',' + csv_field(d.path) + ',' + csv_field(d.url) + ',' +
                   csv_field(d.title) + ',' + csv_field(d.date) + ',' +
                   std::string(to_id(ev.kind)) + ',' + std::string(actor) + ',' +
                   topic_list(ev.topics) + ',' +
                   csv_field(in_text ? d.slice(ev.span) : std::string_view{}) + ',' +
                   std::to_string(ev.span.start) + ',' + std::to_string(ev.span.end) + '\n';
        }
    }
    return out;
}

std::string documents_csv(const Corpus& c) {
    std::string out = "id,path,title,date,source,url,language\n";
    for (const Document& d : c.documents)
        out += csv_field(d.id) + ',' + csv_field(d.path) + ',' + csv_field(d.title) + ',' +
               csv_field(d.date) + ',' + csv_field(d.source) + ',' + csv_field(d.url) + ',' +
               csv_field(d.language) + '\n';
    return out;
}

CsvPaths csv_export_paths(const std::filesystem::path& path) {
    const std::string text = path.string();
    std::error_code ec;
    if ((!text.empty() && text.back() == '/') || std::filesystem::is_directory(path, ec))
        return {path / "entities.csv", path / "links.csv", path / "passages.csv",
                path / "documents.csv"};
    std::string base = text;
    if (path.extension() == ".csv") base.resize(base.size() - 4);
    return {base + "-entities.csv", base + "-links.csv", base + "-passages.csv",
            base + "-documents.csv"};
}

std::string export_csv_tables(const std::filesystem::path& path, const Corpus& c,
                              const ExportMasks& m) {
    const CsvPaths paths = csv_export_paths(path);
    if (const auto parent = paths.entities.parent_path(); !parent.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(parent, ec);
        if (ec) return parent.string() + ": " + ec.message();
    }
    const std::pair<const std::filesystem::path&, std::string> tables[] = {
        {paths.entities, entities_csv(c, m)},
        {paths.links, links_csv(c, m)},
        {paths.passages, passages_csv(c, m)},
        {paths.documents, documents_csv(c)},
    };
    for (const auto& [file, text] : tables)
        if (std::string e = write_file_atomically(file, text); !e.empty()) return e;
    return {};
}

std::optional<DataFormat> data_format_named(std::string_view name) {
    if (name == "graphml") return DataFormat::GraphMl;
    if (name == "gexf") return DataFormat::Gexf;
    if (name == "csv") return DataFormat::Csv;
    return std::nullopt;
}

DataExport export_data(const std::filesystem::path& path, DataFormat format, const Corpus& corpus,
                       const ExportLook& look) {
    DataExport out;
    const std::string entities = std::to_string(corpus.entities.size()) + " entities";
    const std::string links = std::to_string(corpus.links.size()) + " links";
    switch (format) {
    case DataFormat::GraphMl:
    case DataFormat::Gexf: {
        const bool gexf = format == DataFormat::Gexf;
        out.error =
            gexf ? export_gexf(path, corpus, {}, look) : export_graphml(path, corpus, {}, look);
        out.files = {path};
        out.message = "wrote " + path.string() + (gexf ? " (GEXF: " : " (GraphML: ") + entities +
                      ", " + links + ")";
        break;
    }
    case DataFormat::Csv: {
        out.error = export_csv_tables(path, corpus);
        const CsvPaths p = csv_export_paths(path);
        out.files = {p.entities, p.links, p.passages, p.documents};
        out.message = "wrote " + p.entities.string() + " (" + entities + "), " + p.links.string() +
                      " (" + links + "), " + p.passages.string() + " and " + p.documents.string();
        break;
    }
    }
    if (!out.error.empty()) out.message.clear();
    return out;
}

} // namespace kg
