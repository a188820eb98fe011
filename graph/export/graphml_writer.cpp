// GraphML by hand: Boost's write_graphml names nodes n0.. and writes every key on every node,
// where Gephi, yEd, networkx and igraph want entity ids, a `label`, no empty region and no key
// named `id` (igraph warns on it).
#include "export/data_export.hpp"
#include "export/export_look.hpp"
#include "export/svg_writer.hpp"

#include "common/atomic_write.hpp"

#include <ostream>
#include <sstream>
#include <type_traits>

namespace kg {
namespace {

constexpr const char* kKeys[][3] = {
    // id, for, type (attr.name = id)
    {"label", "node", "string"},  {"type", "node", "string"},   {"region", "node", "string"},
    {"mentions", "node", "int"},  {"x", "node", "float"},       {"y", "node", "float"},
    {"size", "node", "float"},    {"r", "node", "int"},         {"g", "node", "int"},
    {"b", "node", "int"},         {"kind", "edge", "string"},   {"weight", "edge", "double"},
    {"documents", "edge", "int"}, {"topics", "edge", "string"}, {"directed", "edge", "boolean"},
};

void data(std::ostream& out, std::string_view key, std::string_view value) {
    out << "      <data key=\"" << key << "\">" << xml_escape(value) << "</data>\n";
}

template <class Number>
requires std::is_arithmetic_v<Number>
void data(std::ostream& out, std::string_view key, Number value) {
    out << "      <data key=\"" << key << "\">" << value << "</data>\n";
}

} // namespace

void write_graphml(std::ostream& out, const Corpus& c, const ExportMasks& m,
                   const ExportLook& look) {
    const std::vector<NodeLook> looks = node_looks(c, look.positions, look.style);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
           "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const auto& k : kKeys)
        out << "  <key id=\"" << k[0] << "\" for=\"" << k[1] << "\" attr.name=\"" << k[0]
            << "\" attr.type=\"" << k[2] << "\"/>\n";
    out << "  <graph id=\"kgviz\" edgedefault=\"undirected\">\n";
    for (std::size_t i = 0; i < c.entities.size(); ++i) {
        if (!exports_entity(m, i)) continue;
        const Entity& e = c.entities[i];
        const NodeLook& l = looks[i];
        out << "    <node id=\"" << xml_escape(e.id) << "\">\n";
        data(out, "label", e.name);
        data(out, "type", to_id(e.type));
        if (e.region) data(out, "region", to_id(*e.region));
        data(out, "mentions", e.mentions.size());
        data(out, "x", l.pos.x);
        data(out, "y", l.pos.y);
        data(out, "size", l.size);
        data(out, "r", int(l.color.r));
        data(out, "g", int(l.color.g));
        data(out, "b", int(l.color.b));
        out << "    </node>\n";
    }
    for (std::size_t i = 0; i < c.links.size(); ++i) {
        if (!exports_link(c, m, i)) continue;
        const Link& l = c.links[i];
        const LinkEnds ends = link_ends(l);
        out << "    <edge id=\"e" << i << "\" source=\"" << xml_escape(c.entities[ends.from].id)
            << "\" target=\"" << xml_escape(c.entities[ends.to].id) << "\">\n";
        data(out, "kind", to_id(l.kind));
        data(out, "weight", l.weight());
        data(out, "documents", l.document_count());
        const std::string topics = topic_list(l.topics);
        if (!topics.empty()) data(out, "topics", topics);
        data(out, "directed", ends.directed ? "true" : "false");
        out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
}

std::string export_graphml(const std::filesystem::path& file, const Corpus& c, const ExportMasks& m,
                           const ExportLook& look) {
    std::ostringstream out;
    write_graphml(out, c, m, look);
    return write_file_atomically(file, out.str());
}

} // namespace kg
