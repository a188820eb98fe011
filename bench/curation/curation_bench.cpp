// What one correction costs on a large corpus: CurationSession re-applies the active corrections to
// a copy of the extracted corpus after every step, so the copy must not include the documents.
#include "curation/curation_session.hpp"
#include "extract/extract.hpp"
#include "ingest/ingest.hpp"
#include "synthetic_corpus.hpp"

#include <benchmark/benchmark.h>

#include <malloc.h>
#include <sys/resource.h>

#include <filesystem>

namespace kg::bench {
namespace {

constexpr std::size_t kArticleBytes = 4000; // about a news article

const KnowledgeBase& kb() {
    static const KnowledgeBase k = [] {
        Diagnostics d;
        return load_knowledge_base(std::filesystem::path(KGVIZ_SOURCE_DIR) / "assets" / "kb", d);
    }();
    return k;
}

// Ingested in memory (no files) and extracted once; every benchmark starts from a copy.
const Corpus& extracted(std::size_t articles) {
    static const Corpus corpus = [articles] {
        std::vector<Document> documents;
        Diagnostics d;
        std::size_t n = 0;
        for (const std::string& text : synthetic_articles(kb(), articles, kArticleBytes, 42))
            if (auto doc = ingest_bytes(text, std::to_string(n++) + ".txt", d))
                documents.push_back(std::move(*doc));
        for (std::size_t i = 0; i < documents.size(); ++i)
            documents[i].id = "d" + std::to_string(i);
        return extract(kb(), std::move(documents));
    }();
    return corpus;
}

// Bytes the heap has handed out and not taken back (glibc; the bench does not link mimalloc).
double heap_in_use_mb() {
    return double(mallinfo2().uordblks) / (1024.0 * 1024.0);
}

double peak_rss_mb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

// Renames the most mentioned entity, then undoes it: two re-applications per iteration, as an
// analyst's correction and its undo cost. `session_MB` is what the session holds beyond the
// extracted corpus it was given (heap in use after one correction minus before the session).
void BM_ApplyCorrection(benchmark::State& state) {
    const Corpus& source = extracted(std::size_t(state.range(0)));
    std::size_t top = 0;
    for (std::size_t i = 0; i < source.entities.size(); ++i)
        if (source.entities[i].mentions.size() > source.entities[top].mentions.size()) top = i;
    Corpus copy = source;
    const double before = heap_in_use_mb();
    CurationSession session(std::move(copy), {}, {});
    Diagnostics diagnostics;
    Correction rename;
    rename.kind = CorrectionKind::Rename;
    rename.entity = source.entities[top].id;
    rename.value = "Renamed";
    session.apply(rename, diagnostics);
    const double held = heap_in_use_mb() - before;
    for (auto _ : state) {
        session.undo(diagnostics);
        session.apply(rename, diagnostics);
        benchmark::DoNotOptimize(session.corpus().entities.data());
    }
    state.counters["documents"] = double(source.documents.size());
    state.counters["session_MB"] = held;
    state.counters["peak_rss_MB"] = peak_rss_mb();
}
BENCHMARK(BM_ApplyCorrection)->Arg(2000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
} // namespace kg::bench

BENCHMARK_MAIN();
