// extract(): compile the knowledge base, scan documents in parallel, merge in document order.
#include "extract/extract.hpp"

#include "common/thread_pool.hpp"
#include "extract/corpus_build.hpp"
#include "extract/doc_scan.hpp"
#include "extract/extract_index.hpp"

namespace kg {

Corpus extract(const KnowledgeBase& kb, std::vector<Document> documents,
               const WorkControl& control) {
    // Compiled once per knowledge base: fuzzing, the app's reloads and benchmarks call this often.
    const std::shared_ptr<const ExtractIndex> compiled = compiled_extract_index(kb);
    const ExtractIndex& index = *compiled;
    std::vector<DocResult> scans(documents.size());
    // A worker per 8 documents at most: on a handful of articles, starting threads costs more
    // than it saves.
    const unsigned threads = worker_count(0, documents.size() / 8 + 1);
    parallel_for(
        documents.size(), threads,
        [&](std::size_t d) {
            // Scans only read shared data and write their own slot; exceptions never cross the
            // thread edge.
            try {
                scans[d] = scan_document(index, documents[d]);
            } catch (...) {
                scans[d] = {}; // an allocation failure on one document leaves it without entities
            }
        },
        control.stop,
        [&](std::size_t done) {
            control.report(documents.empty() ? 0.9f : 0.9f * float(done) / float(documents.size()),
                           "extract");
        });
    control.report(0.9f, "extract");
    if (control.stop_requested()) {
        Corpus partial;
        partial.documents = std::move(documents);
        return partial;
    }
    Corpus corpus = build_corpus_from_scans(kb, std::move(documents), std::move(scans));
    control.report(1.0f, "extract");
    return corpus;
}

} // namespace kg
