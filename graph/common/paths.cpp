// Asset and corpus lookup. KGVIZ_SOURCE_DIR and KGVIZ_SHARE_DIR come from CMake.
#include "common/paths.hpp"

#include <cstdlib>

namespace kg {
namespace {

std::filesystem::path first_existing(std::initializer_list<std::filesystem::path> candidates) {
    std::error_code ec;
    for (const auto& c : candidates)
        if (std::filesystem::is_directory(c, ec)) return c;
    return *candidates.begin();
}

} // namespace

std::filesystem::path assets_dir() {
    if (const char* env = std::getenv("KGVIZ_ASSETS"); env && *env) return env;
    return first_existing({std::filesystem::path(KGVIZ_SOURCE_DIR) / "assets",
                           std::filesystem::path(KGVIZ_SHARE_DIR) / "assets"});
}

std::filesystem::path bundled_corpus_dir() {
    return first_existing({std::filesystem::path(KGVIZ_SOURCE_DIR) / "seeds",
                           std::filesystem::path(KGVIZ_SHARE_DIR) / "seeds"});
}

} // namespace kg
