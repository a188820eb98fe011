// GEXF 1.3, Gephi's own format: attributes for type, region and mentions, and viz:position,
// viz:color and viz:size so Gephi opens the graph with kgviz's layout and colours.
#include "export/data_export.hpp"
#include "export/export_look.hpp"
#include "export/svg_writer.hpp"

#include "common/atomic_write.hpp"

#include <ostream>
#include <sstream>

namespace kg {
namespace {

void attvalue(std::ostream& out, std::string_view key, std::string_view value) {
    out << "          <attvalue for=\"" << key << "\" value=\"" << xml_escape(value) << "\"/>\n";
}

} // namespace

void write_gexf(std::ostream& out, const Corpus& c, const ExportMasks& m, const ExportLook& look) {
    const std::vector<NodeLook> looks = node_looks(c, look.positions, look.style);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
           "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
           "version=\"1.3\">\n"
           "  <meta><creator>kgviz</creator></meta>\n"
           "  <graph defaultedgetype=\"undirected\" mode=\"static\">\n"
           "    <attributes class=\"node\">\n"
           "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
           "      <attribute id=\"region\" title=\"region\" type=\"string\"/>\n"
           "      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"
           "    </attributes>\n"
           "    <attributes class=\"edge\">\n"
           "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
           "      <attribute id=\"documents\" title=\"documents\" type=\"integer\"/>\n"
           "      <attribute id=\"topics\" title=\"topics\" type=\"string\"/>\n"
           "      <attribute id=\"directed\" title=\"directed\" type=\"boolean\"/>\n"
           "    </attributes>\n"
           "    <nodes>\n";
    for (std::size_t i = 0; i < c.entities.size(); ++i) {
        if (!exports_entity(m, i)) continue;
        const Entity& e = c.entities[i];
        const NodeLook& l = looks[i];
        out << "      <node id=\"" << xml_escape(e.id) << "\" label=\"" << xml_escape(e.name)
            << "\">\n        <attvalues>\n";
        attvalue(out, "type", to_id(e.type));
        if (e.region) attvalue(out, "region", to_id(*e.region));
        attvalue(out, "mentions", std::to_string(e.mentions.size()));
        out << "        </attvalues>\n"
            << "        <viz:position x=\"" << l.pos.x << "\" y=\"" << l.pos.y << "\" z=\"0\"/>\n"
            << "        <viz:color r=\"" << int(l.color.r) << "\" g=\"" << int(l.color.g)
            << "\" b=\"" << int(l.color.b) << "\"/>\n"
            << "        <viz:size value=\"" << l.size << "\"/>\n"
            << "      </node>\n";
    }
    out << "    </nodes>\n    <edges>\n";
    for (std::size_t i = 0; i < c.links.size(); ++i) {
        if (!exports_link(c, m, i)) continue;
        const Link& l = c.links[i];
        const LinkEnds ends = link_ends(l);
        out << "      <edge id=\"e" << i << "\" source=\"" << xml_escape(c.entities[ends.from].id)
            << "\" target=\"" << xml_escape(c.entities[ends.to].id) << "\" weight=\"" << l.weight()
            << "\">\n        <attvalues>\n";
        attvalue(out, "kind", to_id(l.kind));
        attvalue(out, "documents", std::to_string(l.document_count()));
        if (const std::string topics = topic_list(l.topics); !topics.empty())
            attvalue(out, "topics", topics);
        attvalue(out, "directed", ends.directed ? "true" : "false");
        out << "        </attvalues>\n      </edge>\n";
    }
    out << "    </edges>\n  </graph>\n</gexf>\n";
}

std::string export_gexf(const std::filesystem::path& file, const Corpus& c, const ExportMasks& m,
                        const ExportLook& look) {
    std::ostringstream out;
    write_gexf(out, c, m, look);
    return write_file_atomically(file, out.str());
}

} // namespace kg
