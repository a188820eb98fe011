// kgviz_ingest_pages: single-core ingest speed on a folder of real saved pages (every .html
// and .htm under it, read into memory first), as MB/s and ms per page.
#include "ingest/ingest.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: kgviz_ingest_pages FOLDER [ROUNDS]\n");
        return 2;
    }
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    std::vector<std::pair<std::string, std::string>> pages;
    std::size_t bytes = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(argv[1])) {
        const auto ext = e.path().extension();
        if (!e.is_regular_file() || (ext != ".html" && ext != ".htm")) continue;
        std::ifstream in(e.path(), std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        bytes += ss.str().size();
        pages.emplace_back(e.path().string(), ss.str());
    }
    if (pages.empty()) {
        std::fprintf(stderr, "kgviz_ingest_pages: %s: no .html pages\n", argv[1]);
        return 1;
    }
    std::size_t documents = 0;
    double best = 1e300;
    for (int r = 0; r < rounds; ++r) {
        const auto start = std::chrono::steady_clock::now();
        documents = 0;
        for (const auto& [path, html] : pages) {
            kg::Diagnostics d;
            documents += kg::ingest_bytes(html, path, d).has_value();
        }
        best = std::min(
            best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::printf(
        "%zu pages, %.1f MB, %zu documents: %.1f MB/s per core, %.2f ms per page (best of %d)\n",
        pages.size(), double(bytes) / 1e6, documents, double(bytes) / 1e6 / best,
        best * 1e3 / double(pages.size()), rounds);
    return 0;
}
