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
#include "model/corpus.hpp"
#include "store/corpus_store.hpp"

#include <functional>
#include <memory>
#include <span>
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
    bool graph_reused = false;  // the corpus came from the graph record: nothing was ingested
    bool graph_written = false; // this run kept its corpus as the graph record
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
    // writes back what was new and drops the files no longer among the inputs. Without `text`,
    // each document's text, paragraphs and sentences are dropped once it is scanned (as reopen()
    // without text gives them; keep_graph() still records the text's length).
    std::vector<DocResult> scan(const KnowledgeBase& kb, std::vector<Document>& documents,
                                Diagnostics& diagnostics, const WorkControl& control = {},
                                bool text = true);
    // Same, handing the scans to `use` a batch at a time, in document order, keeping none (the
    // pipeline adds them to a CorpusBuilder); a stopped run hands over no more batches.
    void scan(const KnowledgeBase& kb, std::vector<Document>& documents, Diagnostics& diagnostics,
              const WorkControl& control, bool text,
              const std::function<void(std::span<DocResult>)>& use);

    // The corpus of `inputs` from the graph record when every input file (and its sidecar) has
    // the size and time it had when the record was made, under the same knowledge base and
    // ingest options; nullopt otherwise, and then ingest() and scan() follow. The corpus is what
    // build_corpus_from_scans made; with `text`, its documents get their text, paragraphs and
    // sentences from the files table, else they have none (their spans still fit the text).
    std::optional<Corpus> reopen(const std::vector<std::filesystem::path>& inputs,
                                 const IngestOptions& options, const KnowledgeBase& kb, bool text,
                                 Diagnostics& diagnostics);

    // After ingest() and scan(): keeps `corpus` (build_corpus_from_scans of them) as the graph
    // record, unless a file could not be read whole (it would be read again next time anyway).
    void keep_graph(const Corpus& corpus, const KnowledgeBase& kb, const IngestOptions& options,
                    Diagnostics& diagnostics);

    const SessionCounts& counts() const { return counts_; }

  private:
    struct FileState;
    void ingest_file(const std::filesystem::path& file, const IngestOptions& options,
                     bool sidecar_possible, FileState& state, std::optional<Document>& doc,
                     Diagnostics& diagnostics);
    // The document of a file whose row waited for its scan (FileState::encode_later), made
    // again from the file as ingest_file() made it; nullopt when the file changed since.
    std::optional<std::string> encode_again(const FileState& f) const;

    StoreOptions options_;
    std::unique_ptr<CorpusStore> store_;
    std::vector<FileState> files_;
    std::unordered_map<std::string, std::size_t> by_path_;
    bool complete_ = false;    // the file list is every input file: stored files not in it are gone
    Diagnostics ingest_notes_; // what ingest() said about the files themselves (not the walk)
    std::vector<std::uint32_t> text_size_; // per document, when scan() dropped the text; else empty
    // The input files reopen() found, for the ingest() that follows when the record missed.
    struct Walk {
        std::vector<std::filesystem::path> inputs;
        std::uint64_t max_file_bytes = 0, max_corpus_bytes = 0;
        std::vector<std::filesystem::path> files;
        std::vector<std::optional<ingestion::FileStat>> stats; // taken while listing
        std::vector<char> sidecars;
        Diagnostics notes;
    };
    std::optional<Walk> walk_;
    const Walk& walk(const std::vector<std::filesystem::path>& inputs,
                     const IngestOptions& options);
    SessionCounts counts_;
};

} // namespace kg::store
