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

std::filesystem::path env_path(const char* name) {
    const char* v = std::getenv(name);
    return v && *v ? std::filesystem::path(v) : std::filesystem::path();
}

} // namespace

std::filesystem::path user_data_dir() {
    if (auto p = env_path("KGVIZ_DATA_DIR"); !p.empty()) return p;
    if (auto p = env_path("XDG_DATA_HOME"); !p.empty()) return p / "kgviz";
    if (auto p = env_path("HOME"); !p.empty()) return p / ".local" / "share" / "kgviz";
    return ".kgviz";
}

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
