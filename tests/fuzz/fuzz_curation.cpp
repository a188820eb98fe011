// libFuzzer target: curation files (kg::curation_from_json); whatever loads must write back and
// load again identically, so an analyst's corrections are never lost on save.
#include "fuzz_check.hpp"

#include "curation/curation_file.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    kg::Diagnostics diagnostics;
    const kg::Curation curation = kg::curation_from_json(json, "fuzz-curation.json", diagnostics);
    // Saving fills in descriptions, so the written form is what must be a fixed point.
    const std::string written = kg::curation_to_json(curation);
    kg::Diagnostics again;
    const kg::Curation reread = kg::curation_from_json(written, "fuzz-again.json", again);
    kg::fuzz::require(kg::curation_to_json(reread) == written,
                      "corrections change when written and read back");
    kg::fuzz::require(reread.corrections.size() == curation.corrections.size(),
                      "corrections lost on save");
    return 0;
}
