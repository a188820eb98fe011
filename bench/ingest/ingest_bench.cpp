// Ingest throughput: ingest_bytes on one core per format, and ingest() over folders of
// 100 to 10,000 generated pages on every core (MB/s in total and per core).
#include "ingest/ingest.hpp"
#include "synthetic_pages.hpp"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <thread>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

void BM_IngestBytes(benchmark::State& state) {
    const auto format = kg::bench::PageFormat(state.range(0));
    std::vector<kg::bench::SyntheticPage> pages;
    for (std::uint32_t i = 0; i < 64; ++i)
        pages.push_back(kg::bench::make_page(format, 1000 + i, 8));
    std::int64_t bytes = 0;
    for (auto _ : state) {
        for (const auto& p : pages) {
            kg::Diagnostics diags;
            auto doc = kg::ingest_bytes(p.bytes, p.name, diags);
            benchmark::DoNotOptimize(doc);
            bytes += std::int64_t(p.bytes.size());
        }
    }
    state.SetBytesProcessed(bytes);
    state.SetLabel(format == kg::bench::PageFormat::Plain  ? "plain text"
                   : format == kg::bench::PageFormat::Html ? "html"
                                                           : "markdown+html");
}
BENCHMARK(BM_IngestBytes)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

// A folder of `count` generated pages, written once per process and removed at exit.
const fs::path& corpus_dir(std::size_t count) {
    static std::map<std::size_t, fs::path> dirs;
    static struct Cleanup {
        ~Cleanup() {
            std::error_code ec;
            for (const auto& [n, d] : dirs) fs::remove_all(d, ec);
        }
    } cleanup;
    auto it = dirs.find(count);
    if (it != dirs.end()) return it->second;
    const fs::path dir =
        fs::temp_directory_path() /
        ("kgviz_ingest_bench_" + std::to_string(::getpid()) + "_" + std::to_string(count));
    fs::create_directories(dir);
    for (const auto& p : kg::bench::make_pages(count, 7, 8))
        std::ofstream(dir / p.name, std::ios::binary) << p.bytes;
    return dirs.emplace(count, dir).first->second;
}

void BM_IngestFolder(benchmark::State& state) {
    const fs::path& dir = corpus_dir(std::size_t(state.range(0)));
    std::int64_t folder_bytes = 0;
    for (const auto& e : fs::directory_iterator(dir)) folder_bytes += std::int64_t(e.file_size());
    kg::IngestOptions options;
    options.threads = unsigned(state.range(1));
    const unsigned cores =
        options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    std::size_t docs = 0;
    for (auto _ : state) {
        auto r = kg::ingest({dir}, options);
        docs = r.documents.size();
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(folder_bytes * std::int64_t(state.iterations()));
    state.counters["docs"] = double(docs);
    state.counters["threads"] = cores;
    state.counters["MB/s/core"] =
        benchmark::Counter(double(folder_bytes) * double(state.iterations()) / 1e6 / cores,
                           benchmark::Counter::kIsRate);
}
BENCHMARK(BM_IngestFolder)
    ->Args({100, 0})
    ->Args({1000, 0})
    ->Args({10000, 0})
    ->Args({1000, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

BENCHMARK_MAIN();
