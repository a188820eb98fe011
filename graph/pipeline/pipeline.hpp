// The whole core pipeline: files and folders in, an extracted corpus out.
// `kgviz extract`, `kgviz snapshot` and the app all run exactly this.
#pragma once

#include "common/diagnostics.hpp"
#include "common/progress.hpp"
#include "curation/apply_curation.hpp"
#include "curation/correction.hpp"
#include "ingest/ingest.hpp"
#include "kb/knowledge_base.hpp"
#include "model/corpus.hpp"
#include "store/corpus_store.hpp"
#include "store/store_session.hpp"

#include <filesystem>
#include <vector>

namespace kg {

struct PipelineOptions {
    IngestOptions ingest;
    std::filesystem::path kb_dir; // empty = assets_dir() / "kb" and the generated cues
    // The analyst's corrections: the knowledge-base part is applied before extraction (so an
    // added alias finds every article, old and new), the rest after. Null = none.
    const Curation* curation = nullptr;
    // False: only the knowledge-base part of `curation` is applied, and the caller applies the
    // rest (the app's CurationSession, which keeps the uncurated corpus for undo).
    bool curate_after_extraction = true;
    // The corpus store that keeps documents and scans between runs (store.file empty: none;
    // a shard never uses one). The corpus is the same with or without it.
    store::StoreOptions store;
    // False: a corpus reopened from the store's graph record, or built through the store, may
    // come without the documents' text, paragraphs and sentences (their spans still fit it), for
    // a caller that shows no passage (`snapshot`'s figure): a cold run drops each text once it
    // is scanned. Corrections applied here always get the text.
    bool document_text = true;
    // Receives what the run took from the store (tests, benchmarks); untouched without one.
    store::SessionCounts* store_counts = nullptr;
};

// Ingests `inputs` (files or folders), loads the knowledge base and extracts the corpus.
// Problems with single files are diagnostics; the rest still loads. With options.curation set,
// `curation_report` (when given) receives what each correction did.
Corpus build_corpus(const std::vector<std::filesystem::path>& inputs,
                    const PipelineOptions& options, Diagnostics& diagnostics,
                    const WorkControl& control = {}, CurationReport* curation_report = nullptr);

// Same, on documents already ingested (ids and order are kept).
Corpus build_corpus(const KnowledgeBase& kb, std::vector<Document> documents,
                    const WorkControl& control = {});

} // namespace kg
