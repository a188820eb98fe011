// extract(): compile the knowledge base, scan documents in parallel, merge in document order.
#include "extract/extract.hpp"

#include "extract/corpus_build.hpp"
#include "extract/doc_scan.hpp"
#include "extract/extract_index.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

namespace kg {

Corpus extract(const KnowledgeBase& kb, std::vector<Document> documents, const WorkControl& control) {
    // Compiled once per knowledge base: fuzzing, the app's reloads and benchmarks call this often.
    const std::shared_ptr<const ExtractIndex> compiled = compiled_extract_index(kb);
    const ExtractIndex& index = *compiled;
    std::vector<DocResult> scans(documents.size());
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    auto work = [&] {
        // Scans only read shared data and write their own slot; exceptions never cross the thread edge.
        for (std::size_t d = next++; d < documents.size() && !control.stop_requested(); d = next++) {
            try {
                scans[d] = scan_document(index, documents[d]);
            } catch (...) {
                scans[d] = {}; // an allocation failure on one document leaves it without entities
            }
            ++done;
        }
    };
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    threads = unsigned(std::min<std::size_t>(threads, documents.size() / 8 + 1));
    {
        std::vector<std::jthread> pool;
        for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
        work();
    }
    control.report(0.9f, "extract");
    if (control.stop_requested()) {
        Corpus partial;
        partial.documents = std::move(documents);
        return partial;
    }
    Corpus corpus = build_corpus_from_scans(kb, std::move(documents), scans);
    control.report(1.0f, "extract");
    return corpus;
}

} // namespace kg
