// Graph JSON ("kgviz-graph/1" of shared/spec/interfaces.md): the output of `kgviz extract`
// and the app's cache. Writing extends the contract (passages, roles, flags); reading
// accepts anything the contract allows and reports what it cannot use.
#pragma once

#include "common/diagnostics.hpp"
#include "model/corpus.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace kg {

inline constexpr std::string_view kGraphFormat = "kgviz-graph/1";

// What a shard's graph JSON (`kgviz extract --shard K/N`) says about itself, as its "shard"
// object: `kgviz merge` checks that it has every part of one split, and applies the curation.
struct ShardHeader {
    std::uint32_t part = 1;  // K of "K/N", from 1
    std::uint32_t count = 1; // N
    std::string curation;    // the corrections merge applies after extraction; empty = none
};

// How graph JSON is written.
struct GraphJsonOptions {
    int indent = 2;           // < 0 writes one compact line
    bool passage_text = true; // false (--passages offsets): evidence carries offsets, no `text`
    std::optional<ShardHeader> shard; // written after "format" when set
    unsigned threads = 0; // threads serializing (0 = one per core); the bytes do not depend on it
};

// Receives graph JSON in chunks as it is written; returns false to report a write error.
using GraphJsonSink = std::function<bool(std::string_view chunk)>;

// Streams the corpus as graph JSON to `sink` without building it in memory (chunks of about
// 1 MB). `indent` < 0 writes one compact line. Returns false when the sink failed.
bool write_graph_json(const Corpus& corpus, const GraphJsonSink& sink, int indent = 2);
bool write_graph_json(const Corpus& corpus, const GraphJsonSink& sink,
                      const GraphJsonOptions& options);

// Serializes the corpus. `indent` < 0 writes one compact line.
std::string to_graph_json(const Corpus& corpus, int indent = 2);

// Writes the graph JSON of `corpus` to `path` atomically (common/atomic_write.hpp rules).
// Returns an empty string on success, otherwise what failed.
std::string write_graph_json_file(const Corpus& corpus, const std::filesystem::path& path,
                                  int indent = 2);
std::string write_graph_json_file(const Corpus& corpus, const std::filesystem::path& path,
                                  const GraphJsonOptions& options);

// Parses graph JSON read from `path`. Bad entries become diagnostics and are skipped;
// nullopt only when the whole file is unusable (not JSON, wrong format). Evidence without `text`
// (--passages offsets) reads the same: passages are always sliced from the document text. A
// shard's "shard" object goes to `shard` when given.
std::optional<Corpus> from_graph_json(std::string_view json, const std::string& path,
                                      Diagnostics& diagnostics,
                                      std::optional<ShardHeader>* shard = nullptr);

} // namespace kg
