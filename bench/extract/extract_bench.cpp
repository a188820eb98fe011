// Benchmarks of extraction: the matcher alone, extract() alone, and the whole pipeline
// (files -> ingest -> extract -> Boost graph -> graph JSON) on generated corpora.
#include "extract/extract.hpp"
#include "extract/extract_index.hpp"
#include "ingest/ingest.hpp"
#include "model/graph_json.hpp"
#include "model/knowledge_graph.hpp"
#include "synthetic_corpus.hpp"

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <algorithm>
#include <filesystem>
#include <map>

namespace kg::bench {
namespace {

const KnowledgeBase& kb() {
    static const KnowledgeBase k = [] {
        Diagnostics d;
        return load_knowledge_base(std::filesystem::path(KGVIZ_SOURCE_DIR) / "assets" / "kb", d);
    }();
    return k;
}

constexpr std::size_t kArticleBytes = 4000; // about a news article

// Corpora are generated and written once per size, then reused by every benchmark.
const std::vector<std::filesystem::path>& corpus_files(std::size_t n) {
    static std::map<std::size_t, std::vector<std::filesystem::path>> cache;
    auto it = cache.find(n);
    if (it == cache.end()) {
        auto folder =
            std::filesystem::temp_directory_path() / ("kgviz-extract-bench-" + std::to_string(n));
        std::filesystem::remove_all(folder);
        it =
            cache.emplace(n, write_articles(synthetic_articles(kb(), n, kArticleBytes, 42), folder))
                .first;
    }
    return it->second;
}

// CPU seconds of the whole process so far (every thread, user + system).
double process_cpu_seconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double peak_rss_mb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

void BM_AliasMatcher(benchmark::State& state) {
    const ExtractIndex index = build_extract_index(kb());
    std::string text;
    for (const std::string& a : synthetic_articles(kb(), 64, kArticleBytes, 7)) text += a;
    std::vector<PhraseMatch> out;
    for (auto _ : state) {
        out.clear();
        index.aliases.find_all(text, out);
        benchmark::DoNotOptimize(out.data());
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(text.size()));
}
BENCHMARK(BM_AliasMatcher)->Unit(benchmark::kMillisecond);

void BM_Extract(benchmark::State& state) {
    IngestResult in = ingest(corpus_files(std::size_t(state.range(0))));
    std::size_t bytes = 0;
    for (const Document& d : in.documents) bytes += d.text.size();
    for (auto _ : state) {
        Corpus c = extract(kb(), in.documents);
        benchmark::DoNotOptimize(c.links.data());
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(bytes));
    state.counters["peak_rss_MB"] = peak_rss_mb();
}
BENCHMARK(BM_Extract)
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();

// What every extract() call paid before the matchers were kept with the knowledge base.
void BM_CompileIndex(benchmark::State& state) {
    for (auto _ : state) {
        ExtractIndex index = build_extract_index(kb());
        benchmark::DoNotOptimize(index.aliases.size());
    }
}
BENCHMARK(BM_CompileIndex)->Unit(benchmark::kMillisecond);

// One small document per call, as fuzz_extract and the app's reloads call extract(): the matchers
// are compiled on the first call only (compiled_extract_index).
void BM_ExtractOneArticle(benchmark::State& state) {
    IngestResult in;
    Diagnostics d;
    if (auto doc = ingest_bytes(synthetic_articles(kb(), 1, kArticleBytes, 3).front(), "a.txt", d))
        in.documents.push_back(std::move(*doc));
    for (auto _ : state) {
        Corpus c = extract(kb(), in.documents);
        benchmark::DoNotOptimize(c.links.data());
    }
}
BENCHMARK(BM_ExtractOneArticle)->Unit(benchmark::kMicrosecond);

// Graph JSON of an extracted corpus on one thread, streamed to a sink that only counts: the
// writer's own cost (escaping, indentation, keys, numbers, buffers), bytes out per second.
void BM_GraphJson(benchmark::State& state) {
    const Corpus c = extract(kb(), ingest(corpus_files(std::size_t(state.range(0)))).documents);
    GraphJsonOptions options;
    options.threads = 1;
    std::size_t json_bytes = 0;
    for (auto _ : state) {
        json_bytes = 0;
        write_graph_json(
            c,
            [&](std::string_view chunk) {
                json_bytes += chunk.size();
                return true;
            },
            options);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(json_bytes));
    state.counters["json_MB"] = double(json_bytes) / 1e6;
}
BENCHMARK(BM_GraphJson)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_Pipeline(benchmark::State& state) {
    const auto& files = corpus_files(std::size_t(state.range(0)));
    std::size_t bytes = 0;
    for (const auto& f : files) bytes += std::filesystem::file_size(f);
    std::size_t json_bytes = 0;
    double graph_cpu = 0, json_cpu = 0; // process CPU seconds: files -> graph, and graph JSON
    for (auto _ : state) {
        const double t0 = process_cpu_seconds();
        IngestResult in = ingest(files);
        Corpus c = extract(kb(), std::move(in.documents));
        KnowledgeGraph g = build_knowledge_graph(c);
        const double t1 = process_cpu_seconds();
        json_bytes = 0; // streamed, as `kgviz extract` writes it; the bytes are counted, not kept
        write_graph_json(c, [&](std::string_view chunk) {
            json_bytes += chunk.size();
            return true;
        });
        json_cpu += process_cpu_seconds() - t1;
        graph_cpu += t1 - t0;
        benchmark::DoNotOptimize(g);
    }
    const double input_mb = double(state.iterations()) * double(bytes) / 1e6;
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(bytes));
    // The speed target's measure: input MB per CPU second (per core) of ingest, matching, links and
    // the Boost graph; and the same with the graph JSON written too.
    state.counters["MBps_per_core"] = input_mb / std::max(graph_cpu, 1e-9);
    state.counters["MBps_per_core_json"] = input_mb / std::max(graph_cpu + json_cpu, 1e-9);
    state.counters["json_MB"] = double(json_bytes) / 1e6;
    state.counters["peak_rss_MB"] = peak_rss_mb();
}
// CPU time is the whole process's (the ingest and extract workers too), not the main thread's.
// MBps_per_core divides the input by that CPU time, so it does not depend on how many cores ran.
BENCHMARK(BM_Pipeline)
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();

} // namespace
} // namespace kg::bench

BENCHMARK_MAIN();
