// The one corpus loader of the command-line commands and the app: the curation file beside the
// inputs (or named), the store chosen for them, then the pipeline.
#pragma once

#include "common/diagnostics.hpp"
#include "common/progress.hpp"
#include "curation/apply_curation.hpp"
#include "curation/correction.hpp"
#include "ingest/ingest.hpp"
#include "model/corpus.hpp"

#include <filesystem>
#include <vector>

namespace kg {

// Where a corpus comes from, as the user gave it (`kgviz extract|snapshot|gui` options, or the
// paths the app opened or had dropped on it).
struct CorpusSource {
    std::vector<std::filesystem::path> inputs; // files and folders, in the order given
    std::filesystem::path curation_override;   // --curation FILE; empty = beside the corpus
    IngestOptions ingest;                      // limits, and the shard of extract --shard
    std::filesystem::path store_override;      // --store FILE; empty = the inputs' default store
    bool no_store = false;                     // --no-store
};

struct CorpusLoad {
    // False: only the knowledge-base part of the curation is applied (the app's CurationSession
    // applies the rest, keeping the uncurated corpus for undo; a shard leaves it to merge).
    bool curate_after_extraction = true;
    // False: a corpus reopened from the store may come without the documents' text
    // (PipelineOptions::document_text).
    bool document_text = true;
};

struct LoadedCorpus {
    Corpus corpus;     // curated as CorpusLoad asked
    Curation curation; // every correction of the file
    // Where the curation was looked for, and where the app autosaves it; it may not exist.
    std::filesystem::path curation_file;
    CurationReport report; // what each correction did, when applied here
};

// Loads the curation (a named file that is missing is a diagnostic; the corpus still loads),
// opens the store (none with no_store, a shard never uses one) and runs build_corpus.
LoadedCorpus load_corpus(const CorpusSource& source, const CorpusLoad& how,
                         Diagnostics& diagnostics, const WorkControl& control = {});

} // namespace kg
