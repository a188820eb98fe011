// Graph JSON: the interfaces.md contract on write, a tolerant reader, a lossless round trip.
#include "file_bytes.hpp"
#include "model/graph_json.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

namespace {

kg::Corpus small_corpus() {
    kg::Corpus c;
    kg::Document d;
    d.id = "d0";
    d.path = "seeds/x.txt";
    d.title = "China, Russia have to forge close bonds";
    d.authors = {"Dmitri Trenin"};
    d.date = "2021-03-23";
    d.language = "en";
    d.text = "Moscow and Beijing share a view. Putin met Xi in 北京.";
    d.paragraphs = {{{0, std::uint32_t(d.text.size())}, kg::ParagraphKind::Body, -1}};
    d.sentences = {{{0, 32}, 0}, {{33, std::uint32_t(d.text.size())}, 0}};
    c.documents.push_back(d);

    kg::Entity china{"china",
                     "China",
                     kg::EntityType::Country,
                     kg::Region::EastAsia,
                     kg::region_bit(kg::Region::EastAsia),
                     "",
                     "",
                     {"Beijing"},
                     false,
                     {{0, {11, 18}}}};
    kg::Entity russia{"russia",
                      "Russia",
                      kg::EntityType::Country,
                      kg::Region::Europe,
                      kg::region_bit(kg::Region::Europe),
                      "",
                      "",
                      {"Moscow"},
                      false,
                      {{0, {0, 6}}}};
    kg::Entity putin{"vladimir-putin",
                     "Vladimir Putin",
                     kg::EntityType::Leader,
                     std::nullopt,
                     0,
                     "russia",
                     "President of Russia",
                     {"Putin"},
                     false,
                     {{0, {33, 38}}}};
    c.entities = {china, russia, putin};

    kg::Link coop;
    coop.source = 0;
    coop.target = 1;
    coop.kind = kg::LinkKind::Cooperation;
    coop.topics = kg::topic_bit(kg::Topic::WorldOrder);
    coop.evidence = {{0, {0, 32}, kg::LinkKind::Cooperation, kg::topic_bit(kg::Topic::WorldOrder)}};
    kg::Link leads;
    leads.source = 2;
    leads.target = 1;
    leads.kind = kg::LinkKind::Leads;
    leads.from_knowledge_base = true;
    c.links = {coop, leads};
    return c;
}

TEST(GraphJson, WritesTheContractFields) {
    const auto json = nlohmann::json::parse(kg::to_graph_json(small_corpus()));
    EXPECT_EQ(json["format"], "kgviz-graph/1");
    EXPECT_EQ(json["documents"][0]["author"], "Dmitri Trenin");
    EXPECT_TRUE(json["documents"][0]["source"].is_null());
    EXPECT_EQ(json["documents"][0]["language"], "en");
    EXPECT_EQ(json["entities"][1]["region"], "europe");
    EXPECT_EQ(json["entities"][1]["mentions"][0]["doc"], "d0");
    const auto& link = json["links"][0];
    EXPECT_EQ(link["source"], "china");
    EXPECT_EQ(link["target"], "russia");
    EXPECT_EQ(link["kind"], "cooperation");
    EXPECT_EQ(link["weight"], 1.0);
    EXPECT_EQ(link["topics"], nlohmann::json::array({"world-order"}));
    EXPECT_EQ(link["evidence"][0]["text"], "Moscow and Beijing share a view.");
    EXPECT_TRUE(json["links"][1]["evidence"].empty());
    EXPECT_EQ(json["links"][1]["kind"], "leads");
}

TEST(GraphJson, EvidenceTextEqualsDocumentSlice) {
    const auto json = nlohmann::json::parse(kg::to_graph_json(small_corpus()));
    const std::string text = json["documents"][0]["text"];
    for (const auto& link : json["links"])
        for (const auto& ev : link["evidence"]) {
            std::size_t start = ev["start"], end = ev["end"];
            EXPECT_EQ(ev["text"], text.substr(start, end - start));
        }
}

TEST(GraphJson, RoundTripIsLossless) {
    const kg::Corpus original = small_corpus();
    kg::Diagnostics diagnostics;
    const auto read = kg::from_graph_json(kg::to_graph_json(original), "g.json", diagnostics);
    ASSERT_TRUE(read);
    EXPECT_TRUE(diagnostics.empty());
    EXPECT_EQ(kg::to_graph_json(*read), kg::to_graph_json(original));
}

TEST(GraphJson, ListItemsAreMarkedAndReadBack) {
    kg::Corpus c = small_corpus();
    c.documents.edit(0).paragraphs = {
        {{0, 32}, kg::ParagraphKind::Body, -1, true},
        {{33, std::uint32_t(c.documents[0].text.size())}, kg::ParagraphKind::Body, -1}};
    const auto json = nlohmann::json::parse(kg::to_graph_json(c));
    EXPECT_EQ(json["documents"][0]["paragraphs"][0]["list"], true);
    EXPECT_FALSE(json["documents"][0]["paragraphs"][1].contains("list")); // only where true
    kg::Diagnostics diagnostics;
    const auto read = kg::from_graph_json(kg::to_graph_json(c), "g.json", diagnostics);
    ASSERT_TRUE(read);
    EXPECT_TRUE(read->documents[0].paragraphs[0].list_item);
    EXPECT_FALSE(read->documents[0].paragraphs[1].list_item);
}

TEST(GraphJson, LanguageIsOptional) {
    kg::Corpus c = small_corpus();
    c.documents.edit(0).language.clear();
    const auto json = nlohmann::json::parse(kg::to_graph_json(c));
    EXPECT_FALSE(
        json["documents"][0].contains("language")); // older readers see what they saw before
    kg::Diagnostics diagnostics;
    const auto read = kg::from_graph_json(kg::to_graph_json(c), "g.json", diagnostics);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->documents[0].language, "");
}

TEST(GraphJson, PassageDirectionIsWrittenAsSourceAndTargetAndReadBack) {
    kg::Corpus c = small_corpus();
    kg::Link visit;
    visit.source = 0; // china
    visit.target = 2; // putin
    visit.kind = kg::LinkKind::Meeting;
    visit.evidence = {{0,
                       {33, std::uint32_t(c.documents[0].text.size())},
                       kg::LinkKind::Meeting,
                       0,
                       kg::Direction::Backward}};
    c.links.push_back(visit);
    const auto json = nlohmann::json::parse(kg::to_graph_json(c));
    const auto& ev = json["links"][2]["evidence"][0];
    EXPECT_EQ(ev["kind"], "meeting");
    EXPECT_EQ(ev["source"], "vladimir-putin"); // Putin visits China: the target end acts
    EXPECT_EQ(ev["target"], "china");
    EXPECT_FALSE(json["links"][0]["evidence"][0].contains("source")); // no direction stated
    kg::Diagnostics diagnostics;
    auto read = kg::from_graph_json(json.dump(), "g.json", diagnostics);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->links.at(2).evidence.at(0).direction, kg::Direction::Backward);
    EXPECT_EQ(read->links.at(0).evidence.at(0).direction, kg::Direction::None);
    kg::reverse_link(read->links.at(2));
    EXPECT_EQ(read->links.at(2).evidence.at(0).direction, kg::Direction::Forward);
    EXPECT_EQ(read->links.at(2).source, 2u);
}

TEST(GraphJson, RefusesWhatIsNotAGraph) {
    kg::Diagnostics diagnostics;
    EXPECT_FALSE(kg::from_graph_json("{", "a.json", diagnostics));
    EXPECT_FALSE(kg::from_graph_json(R"({"format":"other"})", "b.json", diagnostics));
    EXPECT_FALSE(kg::from_graph_json(std::string(1000, '[') + std::string(1000, ']'), "c.json",
                                     diagnostics));
    ASSERT_EQ(diagnostics.size(), 3u);
    EXPECT_EQ(diagnostics[0].path, "a.json");
}

TEST(GraphJson, SkipsBadEntriesKeepsTheRest) {
    auto json = nlohmann::json::parse(kg::to_graph_json(small_corpus()));
    json["entities"].push_back({{"id", "x"}, {"type", "planet"}}); // unknown type
    json["links"][0]["evidence"][0]["end"] = 999999;               // out of range
    json["links"].push_back({{"source", "china"}, {"target", "nowhere"}, {"kind", "tension"}});
    json["entities"][0]["mentions"] = "not an array"; // wrong type
    kg::Diagnostics diagnostics;
    const auto read = kg::from_graph_json(json.dump(), "g.json", diagnostics);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->entities.size(), 3u);
    EXPECT_TRUE(read->entities[0].mentions.empty());
    // The cooperation link lost its only passage, so it is dropped; the KB link stays.
    ASSERT_EQ(read->links.size(), 1u);
    EXPECT_EQ(read->links[0].kind, kg::LinkKind::Leads);
    EXPECT_GE(diagnostics.size(), 3u);
}

// Found by fuzz_graph_json: out-of-range passage indexes must not survive loading.
TEST(GraphJson, PassageIndexesOutOfRangeBecomeNone) {
    auto json = nlohmann::json::parse(kg::to_graph_json(small_corpus()));
    json["documents"][0]["paragraphs"][0]["heading"] = 5;
    json["documents"][0]["sentences"][0][2] = 9;
    json["documents"][0]["sentences"][1][2] = -7;
    kg::Diagnostics diagnostics;
    const auto read = kg::from_graph_json(json.dump(), "g.json", diagnostics);
    ASSERT_TRUE(read);
    const kg::Document& d = read->documents.list().at(0);
    EXPECT_EQ(d.paragraphs.at(0).heading, -1);
    EXPECT_EQ(d.sentences.at(0).paragraph, -1);
    EXPECT_EQ(d.sentences.at(1).paragraph, -1);
    EXPECT_FALSE(diagnostics.empty());
}

// A corpus whose strings need every kind of escaping, with empty and missing optional fields.
kg::Corpus awkward_corpus() {
    kg::Corpus c = small_corpus();
    kg::Document d;
    d.id = "d1";
    d.path = "odd \"quoted\" \\ path.txt";
    d.text = std::string("tab\there, bell\x07, del\x7f, nul") + '\0' +
             "\r\n\b\f \xE2\x80\x99 \xF0\x9F\x98\x80 end";
    d.tags = {"a", ""};
    c.documents.push_back(d);
    c.entities[0].mentions.push_back({1, {0, 3}});
    c.links[0].evidence.push_back({1, {0, std::uint32_t(d.text.size())}, kg::LinkKind::Tension, 0});
    return c;
}

TEST(GraphJson, StreamedOutputHasNlohmannLayout) {
    // What the writer streams is byte for byte what a JSON document dumped by nlohmann reads.
    const kg::Corpus c = awkward_corpus();
    // 8 and 16: lines indented deeper than the writer's fixed-size run of spaces.
    for (int indent : {-1, 0, 2, 4, 8, 16}) {
        const std::string json = kg::to_graph_json(c, indent);
        const auto dom = nlohmann::ordered_json::parse(json);
        EXPECT_EQ(dom.dump(indent) + "\n", json) << "indent " << indent;
        EXPECT_EQ(dom["documents"][1]["text"], c.documents[1].text);
        EXPECT_EQ(dom["links"][0]["weight"].dump(), "2.0");
    }
}

TEST(GraphJson, InvalidUtf8IsReplacedLikeNlohmann) {
    kg::Corpus c = small_corpus();
    c.documents.edit(0).title = "bad \xC3\x28 and \xED\xA0\x80 and \xF4\x90\x80\x80 \"q\" \xFF";
    const std::string json = kg::to_graph_json(c, -1);
    const std::string expected =
        nlohmann::json(c.documents[0].title)
            .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    EXPECT_NE(json.find("\"title\":" + expected + ","), std::string::npos) << json.substr(0, 300);
}

TEST(GraphJson, LongStringsEscapeLikeNlohmannAtEveryPosition) {
    // The writer scans sixteen bytes at a time: every byte that needs a look (control,
    // quote, backslash, a UTF-8 sequence, a broken one) at every offset of a long title.
    const std::vector<std::string> specials = {"\x01", "\"",   "\\",           "\n",
                                               "\x1f", "\x7f", "\xE2\x80\x99", "\xF0\x9F\x98\x80",
                                               "\xC3", "\xFF"};
    for (const std::string& special : specials)
        for (std::size_t at = 0; at < 40; ++at) {
            kg::Corpus c = small_corpus();
            c.documents.edit(0).title = std::string(at, 'a') + special + std::string(40 - at, 'b');
            const std::string json = kg::to_graph_json(c, -1);
            const std::string expected =
                nlohmann::json(c.documents[0].title)
                    .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
            EXPECT_NE(json.find("\"title\":" + expected + ","), std::string::npos) << at;
        }
}

TEST(GraphJson, ShortStringsEscapeLikeNlohmann) {
    // Strings of up to 32 bytes with nothing to escape are copied (in overlapping pieces, so
    // every byte differs from its neighbours here): the others still escape.
    const std::vector<std::string> specials = {"",     "\x01",         "\"",   "\\",  "\n",
                                               "\x7f", "\xE2\x80\x99", "\xC3", "\xFF"};
    const std::string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ";
    for (const std::string& special : specials)
        for (std::size_t at = 0; at < 34; ++at) {
            kg::Corpus c = small_corpus();
            c.documents.edit(0).title = letters.substr(0, at) + special;
            const std::string json = kg::to_graph_json(c, -1);
            const std::string expected =
                nlohmann::json(c.documents[0].title)
                    .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
            EXPECT_NE(json.find("\"title\":" + expected + ","), std::string::npos) << at;
        }
}

TEST(GraphJson, ShortStringsEscapeLikeNlohmannWhateverByteNeedsIt) {
    // Short strings skip the escaping scan when no byte needs it: one byte to escape or check,
    // at every offset of strings of every length up to 32.
    const std::string letters = "abcdefghijklmnopqrstuvwxyzABCDEF";
    for (char special : {'\x01', '\x1f', '"', '\\', '\n', '\x7f', '\xC3', '\xFF'})
        for (std::size_t size = 1; size <= 32; ++size)
            for (std::size_t at = 0; at < size; ++at) {
                kg::Corpus c = small_corpus();
                std::string title = letters.substr(0, size);
                title[at] = special;
                c.documents.edit(0).title = title;
                const std::string json = kg::to_graph_json(c, -1);
                const std::string expected = nlohmann::json(title).dump(
                    -1, ' ', false, nlohmann::json::error_handler_t::replace);
                EXPECT_NE(json.find("\"title\":" + expected + ","), std::string::npos)
                    << size << " " << at;
            }
}

TEST(GraphJson, PassagesEscapeLikeNlohmannWhereverTheyAreCut) {
    // Passages with nothing to escape are copied from their document: every passage of a text
    // with quotes, a backslash, a line break and multi-byte characters, and of one that is not
    // valid UTF-8, cut at every pair of offsets (inside characters too).
    kg::Corpus c = small_corpus();
    c.documents.edit(0).text = "a\"b\\c\nd \xC3\xA9 \xE5\x8C\x97 x";
    kg::Document bad = c.documents[0];
    bad.id = "d1";
    bad.text = "ok \xC3\x28 and \xFF \"q\" end";
    c.documents.push_back(bad);
    kg::Link& link = c.links[0];
    link.evidence.clear();
    for (std::uint32_t d = 0; d < 2; ++d) {
        const auto size = std::uint32_t(c.documents[d].text.size());
        for (std::uint32_t start = 0; start < size; ++start)
            for (std::uint32_t end = start; end <= size; ++end)
                link.evidence.push_back({d, {start, end}, kg::LinkKind::Cooperation, 0});
    }
    const std::string json = kg::to_graph_json(c, -1);
    std::size_t at = json.find("\"links\"");
    ASSERT_NE(at, std::string::npos);
    for (const kg::Evidence& ev : link.evidence) {
        const std::string expected =
            nlohmann::json(std::string(c.documents[ev.doc].slice(ev.span)))
                .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        at = json.find("\"end\":" + std::to_string(ev.span.end) + ",\"text\":", at);
        ASSERT_NE(at, std::string::npos);
        const std::size_t value = json.find("\"text\":", at) + 7;
        EXPECT_EQ(json.substr(value, expected.size()), expected)
            << "doc " << ev.doc << " [" << ev.span.start << ", " << ev.span.end << ")";
        at = value;
    }
}

// Many blocks of each array: documents, entities and links in the hundreds, some passages long.
kg::Corpus many_blocks_corpus() {
    const kg::Corpus one = small_corpus();
    kg::Corpus c;
    for (std::uint32_t d = 0; d < 150; ++d) {
        kg::Document doc = one.documents[0];
        doc.id = "d" + std::to_string(d);
        doc.title += " #" + std::to_string(d);
        doc.text += std::string(d % 7 == 0 ? 30000 + d : 2000, 'x'); // blocks of uneven size
        c.documents.push_back(doc);
    }
    for (std::uint32_t e = 0; e < 400; ++e) {
        kg::Entity entity = one.entities[e % 3];
        entity.id += "-" + std::to_string(e);
        entity.mentions = {{e % 150, {0, 6}}, {(e + 1) % 150, {11, 18}}};
        c.entities.push_back(entity);
    }
    for (std::uint32_t l = 0; l < 1000; ++l) {
        kg::Link link = one.links[0];
        link.source = l % 400;
        link.target = (l * 7 + 1) % 400;
        link.evidence = {{l % 150, {0, 32}, kg::LinkKind::Cooperation, 0},
                         {(l + 3) % 150, {33, 50}, kg::LinkKind::Tension, 0}};
        c.links.push_back(link);
    }
    return c;
}

TEST(GraphJson, BlocksWrittenOnManyThreadsGiveTheBytesOfOne) {
    const kg::Corpus c = many_blocks_corpus();
    for (int indent : {-1, 2}) {
        auto write = [&](unsigned threads) {
            kg::GraphJsonOptions options;
            options.indent = indent;
            options.threads = threads;
            std::string json;
            EXPECT_TRUE(kg::write_graph_json(
                c,
                [&](std::string_view chunk) {
                    json += chunk;
                    return true;
                },
                options));
            return json;
        };
        const std::string one = write(1);
        EXPECT_EQ(nlohmann::ordered_json::parse(one).dump(indent) + "\n", one);
        if (indent > 0) {
            EXPECT_GT(one.size(), std::size_t(1) << 20) << "1 MB chunks end inside the arrays";
        }
        for (unsigned threads : {2u, 3u, 8u})
            EXPECT_EQ(write(threads), one) << threads << " threads";
    }
    kg::GraphJsonOptions options;
    options.threads = 4;
    EXPECT_FALSE(kg::write_graph_json(
        c, [](std::string_view) { return false; }, options));
}

TEST(GraphJson, StreamsInChunksAndReportsSinkFailure) {
    const kg::Corpus c = awkward_corpus();
    std::string joined;
    std::size_t chunks = 0;
    EXPECT_TRUE(kg::write_graph_json(c, [&](std::string_view chunk) {
        joined += chunk;
        ++chunks;
        return true;
    }));
    EXPECT_EQ(joined, kg::to_graph_json(c));
    EXPECT_GE(chunks, 1u);
    EXPECT_FALSE(kg::write_graph_json(c, [](std::string_view) { return false; }));
}

TEST(GraphJson, WritesAFileAtomically) {
    const auto dir = std::filesystem::temp_directory_path() / "kgviz-graph-json-file-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const kg::Corpus c = awkward_corpus();
    EXPECT_EQ(kg::write_graph_json_file(c, dir / "g.json"), "");
    EXPECT_EQ(kg::test::file_bytes(dir / "g.json"), kg::to_graph_json(c));
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir),
                            std::filesystem::directory_iterator()),
              1);
    EXPECT_NE(kg::write_graph_json_file(c, dir / "no-such-folder" / "g.json"), "");
    EXPECT_EQ(kg::write_graph_json_file(c, "/dev/null"), "");
    std::filesystem::remove_all(dir);
}

} // namespace
