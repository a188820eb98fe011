// The things `kgviz` does, with their parsed options. The CLI parses; each command runs.
#pragma once

#include "export/figure.hpp"
#include "ingest/shard.hpp"
#include "model/graph_json.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kg::app {

// Options shared by every command that reads a corpus.
struct CorpusOptions {
    std::vector<std::filesystem::path> inputs;     // empty = the bundled corpus
    std::optional<std::filesystem::path> curation; // --curation FILE
    std::optional<std::uint64_t> max_file_mb;   // --max-file-mb N; absent = IngestOptions default
    std::optional<std::uint64_t> max_corpus_mb; // --max-corpus-mb N; absent = IngestOptions default
    std::optional<std::filesystem::path> store; // --store FILE; absent = the default store
    bool no_store = false;                      // --no-store
};

struct ExtractOptions {
    CorpusOptions corpus;
    std::optional<std::filesystem::path> output; // -o FILE; stdout when absent
    std::string format = "json";                 // --format json|graphml|gexf|csv (csv: FILE-*.csv)
    std::optional<std::filesystem::path> view;   // --view VIEW.json: only what the view shows
    bool all = false;               // --all: a view without filters shows all of a big corpus
    bool passage_text = true;       // --passages text|offsets
    std::optional<ShardSpec> shard; // --shard K/N
};

// `kgviz merge SHARD.json... -o FILE`: shard graphs in, the graph one process writes out.
struct MergeOptions {
    std::vector<std::filesystem::path> shards;
    std::optional<std::filesystem::path> output;   // -o FILE; stdout when absent
    std::optional<std::filesystem::path> curation; // --curation FILE; else what the shards name
    bool passage_text = true;                      // --passages text|offsets
};

struct SnapshotOptions {
    CorpusOptions corpus;
    std::filesystem::path output;               // -o FILE.png | FILE.svg
    std::optional<std::filesystem::path> view;  // --view VIEW.json
    std::optional<std::filesystem::path> annex; // --annex FILE.md|FILE.html: the figure's evidence
    // --width, --height, --theme (light when absent: a view's theme then applies), --title,
    // --no-legend: the figure the command draws before --view adds its filters, camera and
    // notes.
    FigureOptions figure;
    bool all = false; // --all: no prominence budget on a big corpus
};

struct GuiOptions {
    CorpusOptions corpus;
};

// Each returns the process exit status of interfaces.md: 0 ok, 1 nothing usable, 2 usage.
int run_extract(const ExtractOptions& options);
int run_merge(const MergeOptions& options);

// Writes graph JSON to `output` atomically, or to stdout; reports what failed. Exit status.
int write_graph(const Corpus& corpus, const GraphJsonOptions& json,
                const std::optional<std::filesystem::path>& output);
int run_snapshot(const SnapshotOptions& options); // app/commands (needs GL)
int run_gui(const GuiOptions& options);           // app/commands (needs GL)

} // namespace kg::app
