// Hostile graph JSON through kg::from_graph_json: no throw, and whatever loads points only at
// things that exist (a bad index here would crash the renderer much later).
#include "hostile_files.hpp"
#include "invariants.hpp"

#include "model/graph_json.hpp"

#include <gtest/gtest.h>

namespace kg::test {
namespace {

std::optional<Corpus> load(std::string_view json, Diagnostics& diagnostics) {
    std::optional<Corpus> corpus;
    EXPECT_NO_THROW(corpus = from_graph_json(json, "hostile.json", diagnostics));
    if (corpus) {
        EXPECT_EQ(corpus_problem(*corpus), "");
    } else {
        EXPECT_FALSE(diagnostics.empty()) << "refused without saying why";
    }
    for (const auto& d : diagnostics)
        EXPECT_NE(d.path.find("hostile.json"), std::string::npos) << d.path;
    return corpus;
}

TEST(GraphJsonBadInput, GenericHostileJson) {
    for (const auto& h : hostile_json()) {
        SCOPED_TRACE(h.name);
        Diagnostics diagnostics;
        load(h.bytes, diagnostics);
    }
}

TEST(GraphJsonBadInput, DeepNestingIsRefused) {
    for (std::size_t depth : {1000u, 100000u}) {
        Diagnostics diagnostics;
        std::string json =
            R"({"format":"kgviz-graph/1","documents":[)" + nested_arrays(depth) + "]}";
        EXPECT_FALSE(load(json, diagnostics)) << depth;
    }
}

TEST(GraphJsonBadInput, WrongFormatIsRefused) {
    Diagnostics diagnostics;
    EXPECT_FALSE(load(R"({"format":"kgviz-view/1","documents":[]})", diagnostics));
}

// A valid document to hang hostile entities and links on.
const char* kDoc = R"({"id":"d0","path":"a.txt","title":"T","text":"Russia met China in Moscow."})";

std::string graph(std::string_view documents, std::string_view entities, std::string_view links) {
    return std::string(R"({"format":"kgviz-graph/1","documents":)") + std::string(documents) +
           R"(,"entities":)" + std::string(entities) + R"(,"links":)" + std::string(links) + "}";
}

TEST(GraphJsonBadInput, WrongTypesAndOutOfRangeValuesAreSkipped) {
    const std::string docs = std::string("[") + kDoc + "]";
    const std::vector<std::string> cases = {
        graph("5", "\"x\"", "null"),
        graph("[5, \"x\", null, [], {\"text\": 7}, {\"id\": 3, \"text\": \"t\"}]", "[]", "[]"),
        graph(docs, R"([{"id":"russia","mentions":[{"doc":"d0","start":"0","end":6}]}])", "[]"),
        graph(docs, R"([{"id":"russia","mentions":[{"doc":"d0","start":-1,"end":6}]}])", "[]"),
        graph(docs, R"([{"id":"russia","mentions":[{"doc":"d0","start":0,"end":1e30}]}])", "[]"),
        graph(docs, R"([{"id":"russia","mentions":[{"doc":"d0","start":5,"end":2}]}])", "[]"),
        graph(docs, R"([{"id":"russia","mentions":[{"doc":"d0","start":0,"end":4294967302}]}])",
              "[]"),
        graph(docs, R"([{"id":"russia","mentions":[{"doc":"d9","start":0,"end":6}]}])", "[]"),
        graph(docs, R"([{"id":"russia","mentions":[{"doc":0,"start":0,"end":6}]}])", "[]"),
        graph(docs, R"([{"id":"russia","mentions":[{"doc":"d0","start":0.5,"end":6.7}]}])", "[]"),
        graph(docs, R"([{"id":"russia","type":"planet","region":7,"aliases":"x"}])", "[]"),
        graph(docs, R"([{"id":"russia"},{"id":"russia"},{"id":""},{"id":null},{}])", "[]"),
        graph(docs, R"([{"id":"russia"},{"id":"china"}])",
              R"([{"source":"russia","target":"nobody","kind":"tension"}])"),
        graph(docs, R"([{"id":"russia"},{"id":"china"}])",
              R"([{"source":"russia","target":"china","kind":"war","weight":"heavy","topics":5,
                  "evidence":[{"doc":"d0","start":0,"end":99999,"text":"x"},
                              {"doc":"d7","start":0,"end":6},{"doc":"d0"},5]}])"),
        graph(docs, R"([{"id":"russia"},{"id":"china"}])",
              R"([{"source":"russia","target":"russia","kind":"cooperation"},
                  {"source":0,"target":1},{"source":"china","target":"russia","weight":-1e308}])"),
        // Duplicate keys: nlohmann keeps the last; either way nothing may point outside.
        graph(std::string("[") + kDoc + "]", R"([{"id":"russia","id":"china","mentions":[]}])",
              "[]") +
            "",
        R"({"format":"kgviz-graph/1","format":"other","documents":[]})",
        R"({"format":"other","format":"kgviz-graph/1","documents":[]})",
        // A NUL inside the text (JSON can carry one as \u0000; the reader and the PNG labels stop
        // at it).
        graph(R"([{"id":"d0","path":"a.txt","text":"Russia\u0000met China."}])", "[]", "[]"),
        // Spans that cut a multi-byte character in half: a mention, a paragraph, a sentence,
        // evidence.
        graph(R"([{"id":"d0","path":"a.txt","text":"Zürich met Genève."}])",
              R"([{"id":"zurich","type":"country","mentions":[{"doc":"d0","start":0,"end":2}]}])",
              "[]"),
        graph(R"([{"id":"d0","path":"a.txt","text":"Zürich met Genève.",
                   "paragraphs":[{"start":2,"end":19}],"sentences":[[0,2,-1],[0,19,0]]}])",
              "[]", "[]"),
        graph(R"([{"id":"d0","path":"a.txt","text":"Zürich met Genève."}])",
              R"([{"id":"zurich","type":"country"},{"id":"geneva","type":"country"}])",
              R"([{"source":"zurich","target":"geneva","kind":"cooperation",
                   "evidence":[{"doc":"d0","start":0,"end":16}]}])"),
    };
    for (std::size_t i = 0; i < cases.size(); ++i) {
        SCOPED_TRACE("case " + std::to_string(i) + ": " + cases[i].substr(0, 200));
        Diagnostics diagnostics;
        load(cases[i], diagnostics);
    }
}

TEST(GraphJsonBadInput, GoodEntriesSurviveBadNeighbours) {
    Diagnostics diagnostics;
    const std::string json = graph(
        std::string("[") + kDoc + ", 5, {\"text\": []}]",
        R"([{"id":"russia","name":"Russia","type":"country","mentions":[{"doc":"d0","start":0,"end":6},
                                                            {"doc":"d0","start":0,"end":999}]},
                  "junk", {"id":"china","name":"China","type":"country","mentions":[{"doc":"d0","start":11,"end":16}]}])",
        "[]");
    auto corpus = load(json, diagnostics);
    ASSERT_TRUE(corpus);
    ASSERT_EQ(corpus->documents.size(), 1u);
    EXPECT_GE(corpus->find_entity("russia"), 0);
    EXPECT_GE(corpus->find_entity("china"), 0);
    EXPECT_FALSE(diagnostics.empty());
}

} // namespace
} // namespace kg::test
