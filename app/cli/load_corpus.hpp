// Loading the corpus for any command: default inputs, the pipeline, diagnostics on stderr.
#pragma once

#include "cli/commands.hpp"
#include "ingest/ingest.hpp"
#include "model/corpus.hpp"
#include "store/corpus_store.hpp"

#include <optional>

namespace kg::app {

// The inputs the user named, or the bundled corpus when none.
std::vector<std::filesystem::path> corpus_inputs(const CorpusOptions& options);

// The ingest limits the user set (--max-file-mb, --max-corpus-mb); the core defaults otherwise.
IngestOptions ingest_options(const CorpusOptions& options);

// The store the user chose: --store FILE, none with --no-store (or with both: the safer), else
// the default one for these inputs.
store::StoreOptions store_options(const CorpusOptions& options);

// Runs the pipeline and prints every diagnostic as `kgviz: PATH: reason` on stderr.
// nullopt (after a message) when not one document could be used. With `shard`, only the shard's
// articles are read and the corrections that need the whole graph are left to `kgviz merge`:
// `merge_curation` receives their file (absolute; empty when there is none). Without
// `document_text` the documents may come without text (PipelineOptions::document_text).
std::optional<Corpus> load_corpus_for_cli(const CorpusOptions& options,
                                          const std::optional<ShardSpec>& shard = std::nullopt,
                                          std::filesystem::path* merge_curation = nullptr,
                                          bool document_text = true);

} // namespace kg::app
