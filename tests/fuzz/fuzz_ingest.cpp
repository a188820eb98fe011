// libFuzzer target: one file's bytes through kg::ingest_bytes, under each extension in turn.
#include "fuzz_check.hpp"
#include "invariants.hpp"

#include "ingest/ingest.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    // The extension picks the parser; every input is tried as each format.
    for (const char* path : {"fuzz.txt", "fuzz.md", "fuzz.html", "fuzz.htm"}) {
        kg::Diagnostics diagnostics;
        auto doc = kg::ingest_bytes(bytes, path, diagnostics);
        if (doc)
            kg::fuzz::require(kg::test::document_problem(*doc), path);
        else
            kg::fuzz::require(!diagnostics.empty(), "a document was dropped without a diagnostic");
    }
    return 0;
}
