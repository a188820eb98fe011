// Bench tool: writes a generated corpus to disk, or runs the whole pipeline on a folder with the
// wall and CPU seconds of each stage (ingest, knowledge base, extract, Boost graph, graph JSON).
//   kgviz_extract_run --write N DIR      N synthetic articles of about 4 KB as DIR/NNNNNN.txt
//   kgviz_extract_run PATH... [-o FILE]  the pipeline of `kgviz extract` (no curation), timed;
//                                        without -o the graph JSON is streamed and counted
#include "extract/extract.hpp"
#include "ingest/ingest.hpp"
#include "model/graph_json.hpp"
#include "model/knowledge_graph.hpp"
#include "synthetic_corpus.hpp"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

namespace {

struct Clock {
    std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
    double cpu = cpu_seconds();

    static double cpu_seconds() {
        rusage u{};
        getrusage(RUSAGE_SELF, &u); // every thread of the process, user + system
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
               double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    }
    // Prints the time since the last lap, starts the next one, and returns the lap's CPU seconds.
    double lap(const char* stage) {
        auto now = std::chrono::steady_clock::now();
        double c = cpu_seconds();
        const double used = c - cpu;
        std::fprintf(stderr, "%-16s wall %7.3f s  cpu %7.3f s\n", stage,
                     std::chrono::duration<double>(now - wall).count(), used);
        wall = now;
        cpu = c;
        return used;
    }
};

const kg::KnowledgeBase& kb() {
    static const kg::KnowledgeBase k = [] {
        kg::Diagnostics d;
        return kg::load_knowledge_base(std::filesystem::path(KGVIZ_SOURCE_DIR) / "assets" / "kb",
                                       d);
    }();
    return k;
}

} // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::strcmp(argv[1], "--write") == 0) {
        const auto n = std::size_t(std::stoul(argv[2]));
        kg::bench::write_articles(kg::bench::synthetic_articles(kb(), n, 4000, 42), argv[3]);
        return 0;
    }
    std::vector<std::filesystem::path> inputs;
    std::string output;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-o") == 0 && i + 1 < argc)
            output = argv[++i];
        else
            inputs.emplace_back(argv[i]);
    }
    if (inputs.empty()) {
        std::fprintf(
            stderr,
            "usage: kgviz_extract_run --write N DIR | kgviz_extract_run PATH... [-o FILE]\n");
        return 2;
    }
    Clock total, clock;
    kg::IngestResult in = kg::ingest(inputs);
    std::size_t bytes = 0;
    for (const auto& d : in.documents) bytes += d.text.size();
    double graph_cpu = clock.lap("ingest");
    kb();
    graph_cpu += clock.lap("knowledge base");
    kg::Corpus corpus = kg::extract(kb(), std::move(in.documents));
    graph_cpu += clock.lap("extract");
    kg::KnowledgeGraph graph = kg::build_knowledge_graph(corpus);
    graph_cpu += clock.lap("graph");
    std::size_t json_bytes = 0;
    if (output.empty()) {
        kg::write_graph_json(corpus, [&](std::string_view chunk) { // counted, not kept
            json_bytes += chunk.size();
            return true;
        });
    } else {
        if (auto error = kg::write_graph_json_file(corpus, output); !error.empty()) {
            std::fprintf(stderr, "%s: %s\n", output.c_str(), error.c_str());
            return 1;
        }
        std::error_code ec; // a device (-o /dev/null) has no size: the JSON size shows as 0
        const auto size = std::filesystem::file_size(output, ec);
        json_bytes = ec ? 0 : std::size_t(size);
    }
    const double json_cpu = clock.lap("graph JSON");
    total.lap("total");
    std::fprintf(stderr, "%zu documents, %.1f MB text, %zu entities, %zu links, %.1f MB JSON\n",
                 corpus.documents.size(), double(bytes) / 1e6, corpus.entities.size(),
                 corpus.links.size(), double(json_bytes) / 1e6);
    // The speed target's measure: text MB per CPU second, to the graph and with its JSON written.
    std::fprintf(stderr, "per core: %.1f MB/s to the graph, %.1f MB/s with graph JSON\n",
                 double(bytes) / 1e6 / graph_cpu, double(bytes) / 1e6 / (graph_cpu + json_cpu));
    return 0;
}
