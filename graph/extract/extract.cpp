// extract(): compile the knowledge base, scan documents in parallel, merge in document order.
#include "extract/extract.hpp"

#include "common/thread_pool.hpp"
#include "extract/corpus_build.hpp"
#include "extract/doc_scan.hpp"
#include "extract/extract_index.hpp"

#include <algorithm>

namespace kg {

namespace {

// Documents scanned before their scans are merged and freed.
constexpr std::size_t kScanBatch = 2048;

} // namespace

Corpus extract(const KnowledgeBase& kb, std::vector<Document> documents,
               const WorkControl& control) {
    // Compiled once per knowledge base: fuzzing, the app's reloads and benchmarks call this often.
    const std::shared_ptr<const ExtractIndex> compiled = compiled_extract_index(kb);
    const ExtractIndex& index = *compiled;
    // A worker per 8 documents at most: on a handful of articles, starting threads costs more
    // than it saves.
    const unsigned threads = worker_count(0, documents.size() / 8 + 1);
    // Scanned a batch at a time and merged in document order: the scans of a whole corpus never
    // wait in memory at once.
    CorpusBuilder builder(kb);
    std::vector<DocResult> scans;
    for (std::size_t first = 0; first < documents.size(); first += kScanBatch) {
        const std::size_t count = std::min(kScanBatch, documents.size() - first);
        scans.assign(count, {});
        parallel_for(
            count, threads,
            [&](std::size_t k) {
                // Scans only read shared data and write their own slot; exceptions never cross
                // the thread edge.
                try {
                    scans[k] = scan_document(index, documents[first + k]);
                } catch (...) {
                    // An allocation failure on one document leaves it without entities.
                    scans[k] = {};
                }
            },
            control.stop,
            [&](std::size_t done) {
                control.report(0.9f * float(first + done) / float(documents.size()), "extract");
            });
        if (control.stop_requested()) break;
        for (DocResult& scan : scans) {
            builder.add(scan);
            scan = DocResult{};
        }
    }
    control.report(0.9f, "extract");
    if (control.stop_requested()) {
        Corpus partial;
        partial.documents = std::move(documents);
        return partial;
    }
    Corpus corpus = builder.finish(std::move(documents));
    control.report(1.0f, "extract");
    return corpus;
}

} // namespace kg
