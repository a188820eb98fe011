// Ingest: files and folders in, cleaned documents with passages out.
#pragma once

#include "common/diagnostics.hpp"
#include "common/progress.hpp"
#include "ingest/file_stat.hpp"
#include "ingest/shard.hpp"
#include "model/document.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace kg {

struct IngestOptions {
    std::uint64_t max_file_bytes = 50ull << 20; // larger files are skipped with a diagnostic
    // Input read in all (sizes on disk, in file order): the files after the limit is reached
    // are skipped with a diagnostic, and the graph is built from those before.
    std::uint64_t max_corpus_bytes = 2048ull << 20;
    unsigned threads = 0; // 0 = one per hardware core
    // Only the files of this shard are read (after the corpus limit, which counts every file, so
    // that the shards together read what one process would).
    std::optional<ShardSpec> shard;
};

struct IngestResult {
    std::vector<Document>
        documents; // in the stable order of collect_input_files; ids "d0", "d1", ...
    Diagnostics diagnostics;
};

// Expands files and folders (recursively: .txt .md .html .htm) into a sorted, de-duplicated list.
// Unreadable paths and symlink loops become diagnostics. Each file comes with its stat, taken
// once for the corpus limit and the store.
std::vector<ingestion::InputFile>
collect_input_files(const std::vector<std::filesystem::path>& inputs, Diagnostics& diagnostics);

// Reads and cleans every input file in parallel. A bad file is a diagnostic; the rest still load.
IngestResult ingest(const std::vector<std::filesystem::path>& inputs,
                    const IngestOptions& options = {}, const WorkControl& control = {});

// The steps of ingest(), for a caller that keeps documents between runs (graph/store):
// the files ingest() reads (collected, within the limits, of the shard) with their stats, with a
// diagnostic when the chrome phrase list is missing;
std::vector<ingestion::InputFile> files_to_ingest(const std::vector<std::filesystem::path>& inputs,
                                                  const IngestOptions& options,
                                                  Diagnostics& diagnostics);
// per file, whether its folder may hold a sidecar (ingestion::apply_sidecar is worth trying);
std::vector<char> sidecar_possible(const std::vector<std::filesystem::path>& files);
// on the documents of those files in their order, the removal of duplicates and the ids;
void finish_ingest(std::vector<Document>& documents, Diagnostics& diagnostics,
                   unsigned threads = 0);
// and the frame of ingest() around a way to make one file's document: `make(i, diagnostics)` runs
// in parallel for each of `files` (an exception is one diagnostic), then the documents are taken
// in file order and finished. `result` holds the diagnostics so far.
using FileIngester =
    std::function<std::optional<Document>(std::size_t file, Diagnostics& diagnostics)>;
IngestResult ingest_each(const std::vector<std::filesystem::path>& files, IngestResult result,
                         const IngestOptions& options, const FileIngester& make,
                         const WorkControl& control = {});

// Cleans one file's bytes (format detected from content and `path`'s extension).
// nullopt when nothing usable remains; the reason is added to `diagnostics`.
std::optional<Document> ingest_bytes(std::string_view bytes, const std::string& path,
                                     Diagnostics& diagnostics);

} // namespace kg
