// The real App on private copies of seed articles: a workspace folder, opening and settling.
#pragma once

#include "ui/app.hpp"

#include <chrono>
#include <filesystem>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>

#include <unistd.h>

namespace kg::test {

inline const std::filesystem::path kSeeds = std::filesystem::path(KGVIZ_SOURCE_DIR) / "seeds";

// The seed article whose name starts with `prefix` ("003"); empty when there is none.
inline std::filesystem::path seed_file(std::string_view prefix) {
    for (const auto& f : std::filesystem::directory_iterator(kSeeds))
        if (f.path().filename().string().starts_with(prefix)) return f.path();
    return {};
}

// A private folder with some seed articles and a private user-data folder.
struct Workspace {
    std::filesystem::path root;
    std::filesystem::path corpus() const { return root / "corpus"; }
    app::UserFiles files() const { return {root / "data"}; }

    explicit Workspace(std::initializer_list<const char*> seeds) {
        namespace fs = std::filesystem;
        root = fs::temp_directory_path() /
               ("kgviz-workflow-" + std::to_string(::getpid()) + "-" +
                std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
        fs::create_directories(corpus());
        for (const char* s : seeds)
            for (const auto& f : fs::directory_iterator(kSeeds))
                if (f.path().filename().string().starts_with(s))
                    fs::copy_file(f.path(), corpus() / f.path().filename());
    }
    ~Workspace() {
        std::error_code ec;
        std::filesystem::remove_all(root, ec);
    }
};

inline CorpusSource source_of(const std::filesystem::path& folder) {
    CorpusSource s;
    s.inputs = {folder};
    return s;
}

// Renders frames until loading and layout are done (at most 60 s).
inline bool settle(app::App& a) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    do {
        a.render_frame();
    } while ((a.busy() || a.corpus().entities.empty()) && std::chrono::steady_clock::now() < end);
    a.render_frame();
    return !a.busy();
}

// An App showing `w`'s corpus, loaded and laid out; null when no window could be made.
inline std::unique_ptr<app::App> open_app(const Workspace& w,
                                          app::AppOptions options = {1200, 800, false}) {
    auto a = std::make_unique<app::App>(options);
    if (!a->ok()) return nullptr;
    a->open(source_of(w.corpus()), w.files());
    if (!settle(*a)) return nullptr;
    return a;
}

inline std::int64_t entity(const app::App& a, std::string_view id) {
    return a.corpus().find_entity(id);
}

} // namespace kg::test
