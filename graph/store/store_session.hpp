// One run of the pipeline over a corpus store: ingest that reuses the documents of unchanged
// files, then scans that reuse those made with the same knowledge base, then one write back.
// Without a usable store (none given, or one that failed to open) it does what ingest() and
// extract() do, so that the output is the same byte for byte either way.
#pragma once

#include "common/diagnostics.hpp"
#include "common/progress.hpp"
#include "extract/doc_scan.hpp"
#include "ingest/ingest.hpp"
#include "kb/knowledge_base.hpp"
#include "store/corpus_store.hpp"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace kg::store {

// What a run took from the store, for benchmarks and tests.
struct SessionCounts {
    std::size_t files = 0; // input files read or reused
    std::size_t documents_reused = 0;
    std::size_t scans_reused = 0;
    std::size_t rows_written = 0;
    std::size_t rows_removed = 0;
};

class StoreSession {
  public:
    // Opens the store of `options` (none when options.file is empty); problems are warnings.
    StoreSession(const StoreOptions& options, Diagnostics& diagnostics);
    ~StoreSession();

    // As kg::ingest().
    IngestResult ingest(const std::vector<std::filesystem::path>& inputs,
                        const IngestOptions& options, const WorkControl& control = {});

    // The scans of the documents ingest() returned (same order), as extract() makes them; then
    // writes back what was new and drops the files no longer among the inputs.
    std::vector<DocResult> scan(const KnowledgeBase& kb, const std::vector<Document>& documents,
                                Diagnostics& diagnostics, const WorkControl& control = {});

    const SessionCounts& counts() const { return counts_; }

  private:
    struct FileState;
    void ingest_file(const std::filesystem::path& file, const IngestOptions& options,
                     bool sidecar_possible, FileState& state, std::optional<Document>& doc,
                     Diagnostics& diagnostics);

    StoreOptions options_;
    std::unique_ptr<CorpusStore> store_;
    std::vector<FileState> files_;
    std::unordered_map<std::string, std::size_t> by_path_;
    bool complete_ = false; // the file list is every input file: stored files not in it are gone
    SessionCounts counts_;
};

} // namespace kg::store
