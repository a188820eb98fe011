// libFuzzer target: sentence splitting and the entity/link matcher, on an ingested document with
// the real knowledge base (loaded once); the result must be sound and serializable.
#include "fuzz_check.hpp"
#include "invariants.hpp"

#include "extract/extract.hpp"
#include "ingest/ingest.hpp"
#include "kb/knowledge_base.hpp"
#include "model/graph_json.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>

namespace {

// Loading the knowledge base costs far more than one input; do it once per process.
const kg::KnowledgeBase& knowledge_base() {
    static const kg::KnowledgeBase kb = [] {
        kg::Diagnostics diagnostics;
        auto loaded = kg::load_knowledge_base(
            std::filesystem::path(KGVIZ_SOURCE_DIR) / "assets" / "kb", diagnostics);
        kg::fuzz::require(!loaded.entities.empty(), "the real knowledge base did not load");
        return loaded;
    }();
    return kb;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    knowledge_base();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    // The first byte picks the format, so markup-derived paragraphs and headings get fuzzed too.
    static constexpr const char* kPaths[] = {"fuzz.txt", "fuzz.md", "fuzz.html"};
    const char* path = kPaths[data[0] % 3];
    const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    kg::Diagnostics diagnostics;
    auto doc = kg::ingest_bytes(bytes, path, diagnostics);
    if (!doc) return 0;
    doc->id = "d0";
    std::vector<kg::Document> docs;
    docs.push_back(std::move(*doc));
    const kg::Corpus corpus = kg::extract(knowledge_base(), std::move(docs));
    kg::fuzz::require(kg::test::corpus_problem(corpus), "extracted corpus");
    // `kgviz extract` writes exactly this; it must not throw (e.g. on invalid UTF-8).
    const std::string json = kg::to_graph_json(corpus, -1);
    kg::Diagnostics reread;
    kg::fuzz::require(kg::from_graph_json(json, "fuzz.json", reread).has_value(),
                      "graph JSON reads back");
    return 0;
}
