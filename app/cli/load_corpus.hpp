// Loading the corpus for any command: default inputs, the core's loader, diagnostics on stderr.
#pragma once

#include "cli/commands.hpp"
#include "model/corpus.hpp"
#include "pipeline/corpus_loader.hpp"

#include <optional>

namespace kg::app {

// What the options name: the inputs (the bundled corpus when none), --curation, the ingest limits
// (--max-file-mb, --max-corpus-mb; the core defaults otherwise), --store and --no-store.
CorpusSource corpus_source(const CorpusOptions& options);

// Runs the core's loader and prints every diagnostic as `kgviz: PATH: reason` on stderr.
// nullopt (after a message) when not one document could be used. With `shard`, only the shard's
// articles are read and the corrections that need the whole graph are left to `kgviz merge`:
// `merge_curation` receives their file (absolute; empty when there is none). Without
// `document_text` the documents may come without text (PipelineOptions::document_text).
std::optional<Corpus> load_corpus_for_cli(const CorpusOptions& options,
                                          const std::optional<ShardSpec>& shard = std::nullopt,
                                          std::filesystem::path* merge_curation = nullptr,
                                          bool document_text = true);

} // namespace kg::app
