// CSV tables re-read with the expected rows and RFC 4180 quoting; GraphML and GEXF with entity
// ids, labels, positions and directed KB links. tests/export/check_data_exports.py reads the
// seeds' files with networkx and igraph.
#include "export/data_export.hpp"
#include "export/xml_check.hpp"
#include "view/fixture_corpus.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

namespace kg {
namespace {

// RFC 4180 reader: rows of fields, quoted fields may hold commas, doubled quotes and newlines.
std::vector<std::vector<std::string>> parse_csv(const std::string& s) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false, row_has_content = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted) {
            if (c == '"' && i + 1 < s.size() && s[i + 1] == '"')
                field += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(std::move(field));
            field.clear();
        } else if (c == '\n') {
            rows.back().push_back(std::move(field));
            field.clear();
            rows.emplace_back();
            row_has_content = false;
            continue;
        } else {
            field += c;
        }
        row_has_content = true;
    }
    if (row_has_content)
        rows.back().push_back(field);
    else
        rows.pop_back();
    return rows;
}

test::Fixture tricky_fixture() {
    test::Fixture f = test::make_fixture();
    for (Document& d : f.corpus.documents.edit())
        d.text = "Xi, \"the leader\",\nmet Putin. More text here.";
    f.corpus.documents.edit(0).title = "Comma, \"quote\" and\nnewline";
    for (Link& l : f.corpus.links)
        for (Evidence& e : l.evidence) e.span = {0, 28};
    f.corpus.entities[test::kSco].name = "Shanghai Cooperation Organisation, SCO";
    return f;
}

std::size_t passage_count(const Corpus& c) {
    std::size_t n = 0;
    for (const Link& l : c.links) n += l.evidence.size();
    return n;
}

TEST(CsvExport, ReReadsWithExpectedCountsAndQuoting) {
    const test::Fixture f = tricky_fixture();
    const auto ents = parse_csv(entities_csv(f.corpus));
    ASSERT_EQ(ents.size(), 1 + f.corpus.entities.size());
    for (const auto& row : ents) EXPECT_EQ(row.size(), 5u);
    EXPECT_EQ(ents[1 + test::kSco][1], "Shanghai Cooperation Organisation, SCO");
    EXPECT_EQ(ents[1 + test::kXi][1], "Xi Jinping 习近平");

    // One row per link: a tool that sums parallel rows gets the link's weight, not its square.
    const auto links = parse_csv(links_csv(f.corpus));
    ASSERT_EQ(links.size(), 1 + f.corpus.links.size());
    for (const auto& row : links) EXPECT_EQ(row.size(), 7u);
    EXPECT_EQ(links[1 + test::kChinaRussiaCoop][0], "china");
    EXPECT_EQ(links[1 + test::kChinaRussiaCoop][3], "3");
    EXPECT_EQ(links[1 + test::kChinaRussiaCoop][6], "false");
    EXPECT_EQ(links[1 + test::kXiChinaLeads][0], "xi-jinping");
    EXPECT_EQ(links[1 + test::kXiChinaLeads][6], "true");

    const auto passages = parse_csv(passages_csv(f.corpus));
    ASSERT_EQ(passages.size(), 1 + passage_count(f.corpus));
    for (const auto& row : passages) EXPECT_EQ(row.size(), 13u);
    EXPECT_EQ(passages[1][2], "d0");
    EXPECT_EQ(passages[1][5], "Comma, \"quote\" and\nnewline");
    EXPECT_EQ(passages[1][10], "Xi, \"the leader\",\nmet Putin.");
    EXPECT_EQ(passages[1][12], "28");

    const auto docs = parse_csv(documents_csv(f.corpus));
    ASSERT_EQ(docs.size(), 1 + f.corpus.documents.size());
    EXPECT_EQ(docs[1][2], "Comma, \"quote\" and\nnewline");
}

TEST(CsvExport, PassageDirectionNamesTheEndThatActs) {
    test::Fixture f = test::make_fixture();
    Link& l = f.corpus.links[test::kChinaUsTension];
    l.evidence[0].direction = Direction::Backward; // the United States act on China
    // The link now points United States -> China, and its passage's actor is that row's source.
    const auto links = parse_csv(links_csv(f.corpus));
    EXPECT_EQ(links[1 + test::kChinaUsTension][0], "united-states");
    EXPECT_EQ(links[1 + test::kChinaUsTension][6], "true");
    const auto passages = parse_csv(passages_csv(f.corpus));
    const auto row = std::find_if(passages.begin(), passages.end(),
                                  [](const auto& r) { return r[0] == "united-states"; });
    ASSERT_NE(row, passages.end());
    EXPECT_EQ((*row)[1], "china");
    EXPECT_EQ((*row)[8], "source");
    EXPECT_EQ(passages[1][8], ""); // China-Russia states no direction
}

TEST(CsvExport, MasksDropEntitiesAndTheirLinks) {
    const test::Fixture f = tricky_fixture();
    std::vector<std::uint8_t> ents(f.corpus.entities.size(), 1);
    ents[test::kChina] = 0;
    const ExportMasks masks{ents, {}};
    EXPECT_EQ(parse_csv(entities_csv(f.corpus, masks)).size(), f.corpus.entities.size());
    // Links without China: Xi-Putin, Russia-energy, Trenin-Russia, Lavrov-Russia (KB).
    EXPECT_EQ(parse_csv(links_csv(f.corpus, masks)).size(), 1u + 4u);
    // Their passages: 2 + 1 + 2 (the KB link has none).
    EXPECT_EQ(parse_csv(passages_csv(f.corpus, masks)).size(), 1u + 5u);
}

TEST(CsvExport, WritesFourTablesIntoAFolder) {
    const test::Fixture f = tricky_fixture();
    const auto dir = std::filesystem::temp_directory_path() / "kgviz_csv_tables_test";
    std::filesystem::remove_all(dir);
    ASSERT_EQ(export_csv_tables(dir.string() + "/", f.corpus), ""); // creates the folder
    for (const char* t : {"entities.csv", "links.csv", "passages.csv", "documents.csv"})
        EXPECT_TRUE(std::filesystem::exists(dir / t)) << t;
    std::filesystem::remove_all(dir);
}

// Node elements' ids, in order.
std::vector<std::string> node_ids(const std::string& xml) {
    std::vector<std::string> ids;
    for (std::size_t at = xml.find("<node id=\""); at != std::string::npos;
         at = xml.find("<node id=\"", at + 1)) {
        const std::size_t start = at + 10;
        ids.push_back(xml.substr(start, xml.find('"', start) - start));
    }
    return ids;
}

TEST(GraphmlExport, EntityIdsLabelsPositionsAndDirectedKbLinks) {
    const test::Fixture f = tricky_fixture();
    std::ostringstream out;
    write_graphml(out, f.corpus, {}, {f.positions, {}});
    const std::string xml = out.str();
    EXPECT_EQ(test::xml_problem(xml), "");
    std::vector<std::string> ids;
    for (const Entity& e : f.corpus.entities) ids.push_back(e.id);
    EXPECT_EQ(node_ids(xml), ids);
    EXPECT_EQ(test::count_of(xml, "<edge "), f.corpus.links.size());
    EXPECT_EQ(test::count_of(xml, "attr.name=\"id\""), 0u); // igraph warns on a key named id
    EXPECT_EQ(test::count_of(xml, "<data key=\"region\"></data>"), 0u);
    EXPECT_EQ(test::count_of(xml, "<data key=\"region\">"), 4u); // the four countries
    EXPECT_NE(xml.find("<data key=\"label\">Shanghai Cooperation Organisation, SCO</data>"),
              std::string::npos);
    EXPECT_NE(xml.find("<data key=\"mentions\">40</data>"), std::string::npos);
    EXPECT_NE(xml.find("<data key=\"x\">300</data>"), std::string::npos);     // Russia at (300, 0)
    EXPECT_NE(xml.find("<data key=\"y\">200</data>"), std::string::npos);     // Xi at y -200, y up
    EXPECT_EQ(test::count_of(xml, "<data key=\"directed\">true</data>"), 3u); // the KB links
    EXPECT_NE(xml.find("source=\"xi-jinping\" target=\"china\""), std::string::npos);
}

TEST(GexfExport, VizAndAttributes) {
    const test::Fixture f = tricky_fixture();
    std::ostringstream out;
    write_gexf(out, f.corpus, {}, {f.positions, {}});
    const std::string xml = out.str();
    EXPECT_EQ(test::xml_problem(xml), "");
    EXPECT_NE(xml.find("xmlns=\"http://gexf.net/1.3\""), std::string::npos);
    EXPECT_NE(xml.find("xmlns:viz=\"http://gexf.net/1.3/viz\""), std::string::npos);
    EXPECT_EQ(node_ids(xml).size(), f.corpus.entities.size());
    EXPECT_EQ(test::count_of(xml, "<viz:position "), f.corpus.entities.size());
    EXPECT_EQ(test::count_of(xml, "<viz:color "), f.corpus.entities.size());
    EXPECT_EQ(test::count_of(xml, "<viz:size "), f.corpus.entities.size());
    EXPECT_EQ(test::count_of(xml, "<edge "), f.corpus.links.size());
    EXPECT_NE(xml.find("<viz:position x=\"300\" y=\"0\" z=\"0\"/>"), std::string::npos);
    EXPECT_NE(xml.find("label=\"Xi Jinping 习近平\""), std::string::npos);
    EXPECT_EQ(test::count_of(xml, "for=\"region\""), 4u);
}

} // namespace
} // namespace kg
