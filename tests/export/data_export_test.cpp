// GraphML and CSV re-read with the expected counts; CSV quoting of commas, quotes and newlines.
#include "export/data_export.hpp"
#include "view/fixture_corpus.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
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
            if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') field += '"', ++i;
            else if (c == '"') quoted = false;
            else field += c;
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
    if (row_has_content) rows.back().push_back(field);
    else rows.pop_back();
    return rows;
}

test::Fixture tricky_fixture() {
    test::Fixture f = test::make_fixture();
    for (Document& d : f.corpus.documents) d.text = "Xi, \"the leader\",\nmet Putin. More text here.";
    f.corpus.documents[0].title = "Comma, \"quote\" and\nnewline";
    for (Link& l : f.corpus.links)
        for (Evidence& e : l.evidence) e.span = {0, 28};
    f.corpus.entities[test::kSco].name = "Shanghai Cooperation Organisation, SCO";
    return f;
}

std::size_t evidence_rows(const Corpus& c) {
    std::size_t n = 0;
    for (const Link& l : c.links) n += l.evidence.empty() ? 1 : l.evidence.size();
    return n;
}

TEST(CsvExport, ReReadsWithExpectedCountsAndQuoting) {
    const test::Fixture f = tricky_fixture();
    const auto ents = parse_csv(entities_csv(f.corpus));
    ASSERT_EQ(ents.size(), 1 + f.corpus.entities.size());
    for (const auto& row : ents) EXPECT_EQ(row.size(), 5u);
    EXPECT_EQ(ents[1 + test::kSco][1], "Shanghai Cooperation Organisation, SCO");
    EXPECT_EQ(ents[1 + test::kXi][1], "Xi Jinping 习近平");

    const auto links = parse_csv(links_csv(f.corpus));
    ASSERT_EQ(links.size(), 1 + evidence_rows(f.corpus));
    for (const auto& row : links) EXPECT_EQ(row.size(), 7u);
    EXPECT_EQ(links[1][0], "china");
    EXPECT_EQ(links[1][4], "Comma, \"quote\" and\nnewline");
    EXPECT_EQ(links[1][6], "Xi, \"the leader\",\nmet Putin.");
}

TEST(CsvExport, MasksDropEntitiesAndTheirLinks) {
    const test::Fixture f = tricky_fixture();
    std::vector<std::uint8_t> ents(f.corpus.entities.size(), 1);
    ents[test::kChina] = 0;
    const ExportMasks masks{ents, {}};
    EXPECT_EQ(parse_csv(entities_csv(f.corpus, masks)).size(), f.corpus.entities.size());
    // Links without China: Xi-Putin (2), Russia-energy (1), Trenin-Russia (2), Lavrov-Russia (KB, 1).
    EXPECT_EQ(parse_csv(links_csv(f.corpus, masks)).size(), 1u + 6u);
}

TEST(GraphmlExport, ReReadsWithBoost) {
    const test::Fixture f = tricky_fixture();
    const auto dir = std::filesystem::temp_directory_path() / "kgviz_export_test";
    ASSERT_EQ(export_csv(dir, f.corpus), ""); // creates the folder
    ASSERT_EQ(export_graphml(dir / "graph.graphml", f.corpus), "");
    EXPECT_TRUE(std::filesystem::exists(dir / "entities.csv"));
    EXPECT_TRUE(std::filesystem::exists(dir / "links.csv"));

    struct V { std::string id, name, type, region; double weight = 0; };
    struct E { std::string kind; double weight = 0; };
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, V, E> g;
    boost::dynamic_properties dp(boost::ignore_other_properties);
    dp.property("id", boost::get(&V::id, g));
    dp.property("name", boost::get(&V::name, g));
    dp.property("type", boost::get(&V::type, g));
    dp.property("region", boost::get(&V::region, g));
    dp.property("weight", boost::get(&V::weight, g));
    dp.property("kind", boost::get(&E::kind, g));
    dp.property("weight", boost::get(&E::weight, g));
    std::ifstream in(dir / "graph.graphml");
    boost::read_graphml(in, g, dp);
    EXPECT_EQ(boost::num_vertices(g), f.corpus.entities.size());
    EXPECT_EQ(boost::num_edges(g), f.corpus.links.size());
    EXPECT_EQ(g[test::kXi].name, "Xi Jinping 习近平");
    EXPECT_EQ(g[test::kChina].region, "east-asia");
    EXPECT_EQ(g[test::kChina].weight, 40.0);
    std::size_t coop = 0;
    for (auto [it, end] = boost::edges(g); it != end; ++it)
        if (g[*it].kind == "cooperation") {
            ++coop;
            EXPECT_EQ(g[*it].weight, 3.0);
        }
    EXPECT_EQ(coop, 1u);
    std::filesystem::remove_all(dir);
}

} // namespace
} // namespace kg
