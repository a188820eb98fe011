// Where the app's corpus comes from (the paths given on the command line plus those the user
// opened or dropped) and loading it: extraction with the knowledge-base part of the curation,
// leaving the rest to the CurationSession so every correction can be undone.
#pragma once

#include "common/diagnostics.hpp"
#include "common/progress.hpp"
#include "curation/correction.hpp"
#include "ingest/ingest.hpp"
#include "model/corpus.hpp"

#include <filesystem>
#include <vector>

namespace kg::app {

struct CorpusSource {
    std::vector<std::filesystem::path> inputs; // files and folders, in the order given
    std::filesystem::path curation_override;   // --curation FILE; empty = beside the corpus
    IngestOptions ingest;                      // limits (file size, ...)
    std::filesystem::path store_override;      // --store FILE; empty = the inputs' default store
    bool no_store = false;                     // --no-store
};

struct LoadedCorpus {
    Corpus extracted;                    // knowledge-base corrections already applied
    Curation curation;                   // every correction of the file
    std::filesystem::path curation_file; // where corrections are autosaved (empty = none)
};

// Runs the pipeline for `source` (diagnostics name each file that failed).
LoadedCorpus load_corpus_source(const CorpusSource& source, Diagnostics& diagnostics,
                                const WorkControl& control);

// `source` with `paths` appended (those already present are skipped, compared canonically).
// Returns how many were new.
std::size_t add_inputs(CorpusSource& source, const std::vector<std::filesystem::path>& paths);

} // namespace kg::app
