// libFuzzer target: a knowledge-base file written into a temp kb folder and loaded with
// kg::load_knowledge_base, exactly as the app reads assets/kb.
#include "fuzz_check.hpp"
#include "hostile_files.hpp"

#include "kb/knowledge_base.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>
#include <string_view>
#include <unistd.h>

namespace {

// One folder per fuzzing process, reused by every input.
const std::filesystem::path& kb_dir() {
    static const std::filesystem::path dir = [] {
        auto d = std::filesystem::temp_directory_path() /
                 ("kgviz-fuzz-kb-" + std::to_string(::getpid()));
        std::filesystem::create_directories(d);
        return d;
    }();
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    {
        std::ofstream out(kb_dir() / "fuzz.json", std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
    }
    kg::Diagnostics diagnostics;
    const kg::KnowledgeBase kb = kg::load_knowledge_base(kb_dir(), diagnostics);
    std::set<std::string_view> ids;
    for (const auto& e : kb.entities) {
        kg::fuzz::require(!e.id.empty(), "an entity without id");
        kg::fuzz::require(ids.insert(e.id).second, "duplicate entity id");
        kg::fuzz::require(kg::test::is_valid_utf8(e.name), "entity name is not UTF-8");
        for (const auto& a : e.aliases)
            kg::fuzz::require(a.find_first_not_of(" \t\r\n") != std::string::npos, "blank alias");
    }
    kg::fuzz::require(std::is_sorted(kb.entities.begin(), kb.entities.end(),
                                     [](const auto& a, const auto& b) { return a.id < b.id; }),
                      "entities not sorted by id");
    for (const auto& e : kb.entities)
        kg::fuzz::require(kb.find(e.id) >= 0, "find() misses an entity");
    return 0;
}
