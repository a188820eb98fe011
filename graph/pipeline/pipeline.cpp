// The core pipeline: ingest, knowledge base, extraction.
#include "pipeline/pipeline.hpp"

#include "common/paths.hpp"
#include "extract/corpus_build.hpp"
#include "extract/extract.hpp"
#include "extract/extract_index.hpp"

#include <future>
#include <optional>

namespace kg {

Corpus build_corpus(const std::vector<std::filesystem::path>& inputs,
                    const PipelineOptions& options, Diagnostics& diagnostics,
                    const WorkControl& control, CurationReport* curation_report) {
    // Ingest is most of the work on large corpora, extraction most on small ones; the split
    // of the progress bar only has to be roughly right.
    WorkControl ingest_control{
        control.stop, [&](float f, std::string_view stage) { control.report(0.6f * f, stage); }};
    // A shard job runs once on a cluster node: nothing to keep for next time.
    std::optional<store::StoreSession> session;
    if (!options.store.file.empty() && !options.ingest.shard)
        session.emplace(options.store, diagnostics);
    // The knowledge base comes first (its version keys the store's graph record); its
    // diagnostics follow the ingest's, as without a store.
    control.report(0.0f, "knowledge base");
    Diagnostics kb_diagnostics;
    KnowledgeBase kb;
    // The knowledge base and its compiled matchers do not depend on the articles: they are made
    // on a thread of their own while the files are listed and read, where the whole process
    // waited for them before. The result is reached only after wait_for_kb(); get() rethrows
    // on this thread what the loader threw (out of memory).
    std::future<void> kb_loading = std::async(std::launch::async, [&] {
        // A folder of the caller's (a test's) is the whole knowledge base; the bundled one comes
        // with the cues generated at build time.
        kb = options.kb_dir.empty()
                 ? load_default_knowledge_base(assets_dir() / "kb", kb_diagnostics)
                 : load_knowledge_base(options.kb_dir, kb_diagnostics);
        if (options.curation) apply_to_knowledge_base(*options.curation, kb);
        compiled_extract_index(kb);
    });
    auto wait_for_kb = [&] {
        if (kb_loading.valid()) kb_loading.get();
    };

    // Corrections applied here find passages by their text.
    const bool curating = options.curation && options.curate_after_extraction &&
                          !options.curation->corrections.empty();
    const bool text = options.document_text || curating;
    std::optional<Corpus> corpus;
    if (session) {
        wait_for_kb();
        corpus = session->reopen(inputs, options.ingest, kb, text, diagnostics);
        if (corpus)
            diagnostics.insert(diagnostics.end(), kb_diagnostics.begin(), kb_diagnostics.end());
    }
    if (!corpus) {
        IngestResult ingested = session ? session->ingest(inputs, options.ingest, ingest_control)
                                        : ingest(inputs, options.ingest, ingest_control);
        diagnostics.insert(diagnostics.end(), ingested.diagnostics.begin(),
                           ingested.diagnostics.end());
        wait_for_kb();
        diagnostics.insert(diagnostics.end(), kb_diagnostics.begin(), kb_diagnostics.end());
        if (control.stop_requested()) return {};

        WorkControl extract_control{control.stop, [&](float f, std::string_view stage) {
                                        control.report(0.65f + 0.35f * f, stage);
                                    }};
        if (session) {
            // Merged a batch at a time as they are made: the scans of every document never
            // wait in memory all at once.
            CorpusBuilder builder(kb);
            session->scan(kb, ingested.documents, diagnostics, extract_control, text,
                          [&](std::span<DocResult> batch) {
                              for (DocResult& scan : batch) {
                                  builder.add(scan);
                                  scan = DocResult{};
                              }
                          });
            if (control.stop_requested()) return {};
            corpus = builder.finish(std::move(ingested.documents));
            session->keep_graph(*corpus, kb, options.ingest, diagnostics);
        } else {
            corpus = build_corpus(kb, std::move(ingested.documents), extract_control);
        }
    }
    if (options.curation && options.curate_after_extraction) {
        CurationReport report = apply_curation(*options.curation, *corpus);
        if (curation_report) *curation_report = std::move(report);
    }
    if (session && options.store_counts) *options.store_counts = session->counts();
    control.report(1.0f, "done");
    return std::move(*corpus);
}

Corpus build_corpus(const KnowledgeBase& kb, std::vector<Document> documents,
                    const WorkControl& control) {
    return extract(kb, std::move(documents), control);
}

} // namespace kg
