// GraphML through boost::write_graphml over a small bundled graph of what is exported; CSV by hand.
#include "export/data_export.hpp"

#include "common/atomic_write.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/property_map/dynamic_property_map.hpp>

#include <sstream>
#include <vector>

namespace kg {
namespace {

bool entity_kept(const ExportMasks& m, std::size_t i) {
    return m.entities.empty() || (i < m.entities.size() && m.entities[i]);
}

bool link_kept(const Corpus& c, const ExportMasks& m, std::size_t i) {
    const Link& l = c.links[i];
    return (m.links.empty() || (i < m.links.size() && m.links[i])) && entity_kept(m, l.source) &&
           entity_kept(m, l.target);
}

std::string region_id(const Entity& e) { return e.region ? std::string(to_id(*e.region)) : ""; }

std::string number(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

struct GmlNode {
    std::string id, name, type, region;
    double weight = 0;
};
struct GmlEdge {
    std::string kind;
    double weight = 0;
};
using GmlGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, GmlNode, GmlEdge>;

} // namespace

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
        if (!entity_kept(m, i)) continue;
        const Entity& e = c.entities[i];
        out += csv_field(e.id) + ',' + csv_field(e.name) + ',' + std::string(to_id(e.type)) + ',' +
               region_id(e) + ',' + std::to_string(e.mentions.size()) + '\n';
    }
    return out;
}

std::string links_csv(const Corpus& c, const ExportMasks& m) {
    std::string out = "source,target,kind,weight,doc_title,doc_date,sentence\n";
    for (std::size_t i = 0; i < c.links.size(); ++i) {
        if (!link_kept(c, m, i)) continue;
        const Link& l = c.links[i];
        const std::string head = csv_field(c.entities[l.source].id) + ',' +
                                 csv_field(c.entities[l.target].id) + ',' +
                                 std::string(to_id(l.kind)) + ',' + number(l.weight()) + ',';
        if (l.evidence.empty()) out += head + ",,\n";
        for (const Evidence& ev : l.evidence) {
            if (ev.doc >= c.documents.size()) continue;
            const Document& d = c.documents[ev.doc];
            const std::string_view sentence =
                ev.span.end <= d.text.size() && ev.span.start <= ev.span.end ? d.slice(ev.span)
                                                                             : std::string_view{};
            out += head + csv_field(d.title) + ',' + d.date + ',' + csv_field(sentence) + '\n';
        }
    }
    return out;
}

void write_graphml(std::ostream& out, const Corpus& c, const ExportMasks& m) {
    GmlGraph g;
    std::vector<std::int64_t> vertex_of(c.entities.size(), -1);
    for (std::size_t i = 0; i < c.entities.size(); ++i) {
        if (!entity_kept(m, i)) continue;
        const Entity& e = c.entities[i];
        vertex_of[i] = std::int64_t(boost::add_vertex(
            GmlNode{e.id, e.name, std::string(to_id(e.type)), region_id(e), double(e.mentions.size())}, g));
    }
    for (std::size_t i = 0; i < c.links.size(); ++i) {
        if (!link_kept(c, m, i)) continue;
        const Link& l = c.links[i];
        boost::add_edge(std::size_t(vertex_of[l.source]), std::size_t(vertex_of[l.target]),
                        GmlEdge{std::string(to_id(l.kind)), l.weight()}, g);
    }
    boost::dynamic_properties dp;
    dp.property("id", boost::get(&GmlNode::id, g));
    dp.property("name", boost::get(&GmlNode::name, g));
    dp.property("type", boost::get(&GmlNode::type, g));
    dp.property("region", boost::get(&GmlNode::region, g));
    dp.property("weight", boost::get(&GmlNode::weight, g));
    dp.property("kind", boost::get(&GmlEdge::kind, g));
    dp.property("weight", boost::get(&GmlEdge::weight, g));
    boost::write_graphml(out, g, boost::get(boost::vertex_index, g), dp, true);
}

std::string export_csv(const std::filesystem::path& folder, const Corpus& c, const ExportMasks& m) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) return folder.string() + ": " + ec.message();
    if (std::string e = write_file_atomically(folder / "entities.csv", entities_csv(c, m)); !e.empty())
        return e;
    return write_file_atomically(folder / "links.csv", links_csv(c, m));
}

std::pair<std::filesystem::path, std::filesystem::path> csv_export_paths(
    const std::filesystem::path& path) {
    const std::string text = path.string();
    std::error_code ec;
    if ((!text.empty() && text.back() == '/') || std::filesystem::is_directory(path, ec))
        return {path / "entities.csv", path / "links.csv"};
    std::string base = text;
    if (path.extension() == ".csv") base.resize(base.size() - 4);
    return {base + "-entities.csv", base + "-links.csv"};
}

std::string export_csv_tables(const std::filesystem::path& path, const Corpus& c,
                              const ExportMasks& m) {
    const auto [entities, links] = csv_export_paths(path);
    if (const auto parent = entities.parent_path(); !parent.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(parent, ec);
        if (ec) return parent.string() + ": " + ec.message();
    }
    if (std::string e = write_file_atomically(entities, entities_csv(c, m)); !e.empty()) return e;
    return write_file_atomically(links, links_csv(c, m));
}

std::string export_graphml(const std::filesystem::path& file, const Corpus& c, const ExportMasks& m) {
    std::ostringstream out;
    write_graphml(out, c, m);
    return write_file_atomically(file, out.str());
}

} // namespace kg
