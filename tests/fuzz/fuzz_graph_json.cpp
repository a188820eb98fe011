// libFuzzer target: kg::from_graph_json on arbitrary bytes; what loads must be sound and must
// survive a write/read round trip.
#include "fuzz_check.hpp"
#include "invariants.hpp"

#include "model/graph_json.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    kg::Diagnostics diagnostics;
    auto corpus = kg::from_graph_json(json, "fuzz.json", diagnostics);
    if (!corpus) {
        kg::fuzz::require(!diagnostics.empty(), "refused without a diagnostic");
        return 0;
    }
    kg::fuzz::require(kg::test::corpus_problem(*corpus), "loaded corpus");
    const std::string written = kg::to_graph_json(*corpus, -1);
    kg::Diagnostics again;
    auto reread = kg::from_graph_json(written, "fuzz-again.json", again);
    kg::fuzz::require(reread.has_value(), "what was written does not read back");
    kg::fuzz::require(reread->documents.size() == corpus->documents.size() &&
                          reread->entities.size() == corpus->entities.size() &&
                          reread->links.size() == corpus->links.size(),
                      "the round trip lost entries");
    return 0;
}
