// A temporary corpus (copies of devset articles) and its store, for the store's tests.
#pragma once

#include "common/diagnostics.hpp"
#include "model/graph_json.hpp"
#include "pipeline/pipeline.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace kg::test {

namespace fs = std::filesystem;

struct StoreFixture {
    fs::path root, corpus, store;

    StoreFixture() {
        root = fs::temp_directory_path() /
               ("kgviz-store-" + std::to_string(std::random_device{}()) + "-" +
                std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
        corpus = root / "corpus";
        store = root / "data" / "corpus.sqlite";
        fs::create_directories(corpus);
        for (const auto& e : fs::directory_iterator(fs::path(KGVIZ_TEST_DATA_DIR) / "devset"))
            if (e.is_regular_file()) fs::copy_file(e.path(), corpus / e.path().filename());
    }
    ~StoreFixture() {
        std::error_code ec;
        fs::permissions(root, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(root, ec);
    }

    // The graph JSON of the corpus, built through `options.store` (none when its file is empty).
    std::string graph(const store::StoreOptions& options, Diagnostics* out = nullptr) const {
        PipelineOptions pipeline;
        pipeline.store = options;
        Diagnostics diagnostics;
        const Corpus corpus_built = build_corpus({corpus}, pipeline, diagnostics);
        if (out) *out = diagnostics;
        return to_graph_json(corpus_built);
    }
    std::string graph_without_store() const { return graph({}); }
    store::StoreOptions with_store() const {
        store::StoreOptions o;
        o.file = store;
        return o;
    }
};

inline void write_text(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

inline std::string read_text(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// The warning, if any, that names `file` and contains `words`.
inline bool warned(const Diagnostics& diagnostics, const std::filesystem::path& file,
                   const std::string& words) {
    for (const auto& d : diagnostics)
        if (d.path == file.string() && d.message.find(words) != std::string::npos) return true;
    return false;
}

} // namespace kg::test
