// `kgviz merge`: the graphs of `kgviz extract --shard K/N`, checked to be one whole split, merged
// into the graph JSON one process writes for all the inputs (docs/cluster.md).
#include "cli/commands.hpp"

#include "common/paths.hpp"
#include "curation/apply_curation.hpp"
#include "curation/curation_file.hpp"
#include "ingest/file_read.hpp"
#include "kb/knowledge_base.hpp"
#include "shards/merge_shards.hpp"

#include <cstdio>
#include <exception>
#include <limits>
#include <unordered_map>

namespace kg::app {
namespace {

void print(const Diagnostics& diagnostics) {
    for (const auto& d : diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
}

// One shard file read and parsed.
struct ShardFile {
    std::optional<Corpus> corpus;
    std::optional<ShardHeader> header;
    Diagnostics diagnostics;
};

ShardFile read_shard(const std::filesystem::path& file) {
    ShardFile shard;
    const std::string path = file.string();
    try {
        std::string error;
        // Shard graphs are as large as the corpus they hold; only the disk limits them.
        const auto bytes =
            ingestion::read_file_limited(file, std::numeric_limits<std::uint64_t>::max(), error);
        if (!bytes)
            shard.diagnostics.push_back({path, error});
        else
            shard.corpus = from_graph_json(*bytes, path, shard.diagnostics, &shard.header);
    } catch (const std::exception& e) { // out of memory: this file's problem, said as such
        shard.corpus.reset();
        shard.diagnostics.push_back({path, std::string("cannot read: ") + e.what()});
    }
    return shard;
}

// The shard files read and checked: every part 1..N of one N, once each, agreeing on the
// curation file. Empty (after a message) when they are not. One at a time: a parsed JSON
// document is about ten times its file, and parsing two at once saved a tenth of the time.
std::vector<Corpus> read_shards(const MergeOptions& options, std::string& curation) {
    std::vector<Corpus> corpora;
    std::vector<std::string> part_file;
    std::uint32_t count = 0;
    std::string first_curation;
    for (std::size_t i = 0; i < options.shards.size(); ++i) {
        const std::string path = options.shards[i].string();
        auto [corpus, header, diagnostics] = read_shard(options.shards[i]);
        print(diagnostics);
        if (!corpus) return {};
        if (!header) {
            std::fprintf(
                stderr, "kgviz: %s: not a shard graph (write one with kgviz extract --shard K/N)\n",
                path.c_str());
            return {};
        }
        if (count == 0) {
            count = header->count;
            part_file.resize(count);
            first_curation = header->curation;
        } else if (header->count != count) {
            std::fprintf(stderr, "kgviz: %s: shard %u of %u, but %s is one of %u\n", path.c_str(),
                         header->part, header->count, options.shards[0].c_str(), count);
            return {};
        }
        if (!part_file[header->part - 1].empty()) {
            std::fprintf(stderr, "kgviz: %s: shard %u of %u again (also %s)\n", path.c_str(),
                         header->part, count, part_file[header->part - 1].c_str());
            return {};
        }
        if (header->curation != first_curation) {
            std::fprintf(stderr,
                         "kgviz: %s: applies the corrections of '%s', but %s those of '%s'\n",
                         path.c_str(), header->curation.c_str(), options.shards[0].c_str(),
                         first_curation.c_str());
            return {};
        }
        part_file[header->part - 1] = path;
        corpora.push_back(std::move(*corpus));
    }
    for (std::uint32_t p = 0; p < count; ++p)
        if (part_file[p].empty()) {
            std::fprintf(stderr, "kgviz: merge: shard %u of %u is missing\n", p + 1, count);
            return {};
        }
    // Shards of other inputs (another folder named, files added between runs) would merge into a
    // graph no process writes; an article in two shards is the sign that shows.
    std::unordered_map<std::string_view, std::size_t> holder;
    for (std::size_t i = 0; i < corpora.size(); ++i)
        for (const Document& d : corpora[i].documents)
            if (auto [it, fresh] = holder.emplace(d.path, i); !fresh) {
                std::fprintf(
                    stderr,
                    "kgviz: %s: in %s and in %s; were the shards extracted from the same inputs?\n",
                    d.path.c_str(), options.shards[it->second].c_str(), options.shards[i].c_str());
                return {};
            }
    curation = first_curation;
    return corpora;
}

} // namespace

int run_merge(const MergeOptions& options) {
    std::string shard_curation;
    std::vector<Corpus> shards = read_shards(options, shard_curation);
    if (shards.empty()) return 1;
    Diagnostics diagnostics;
    const std::filesystem::path curation_file = options.curation.value_or(shard_curation);
    const Curation curation =
        curation_file.empty() ? Curation{} : load_curation(curation_file, diagnostics, true);
    // The knowledge base the shards were extracted with (with the analyst's additions) states the
    // links whose two ends only the merged graph has.
    KnowledgeBase kb = load_default_knowledge_base(assets_dir() / "kb", diagnostics);
    apply_to_knowledge_base(curation, kb);
    Corpus corpus = merge_shard_corpora(std::move(shards), kb, diagnostics);
    const CurationReport report = apply_curation(curation, corpus);
    print(diagnostics);
    if (const std::size_t stale = report.not_applied(); stale > 0)
        std::fprintf(stderr, "kgviz: %s: %zu correction(s) no longer apply and are kept\n",
                     curation_file.c_str(), stale);
    if (corpus.documents.empty()) {
        std::fprintf(stderr, "kgviz: no usable article in the shards\n");
        return 1;
    }
    GraphJsonOptions json;
    json.passage_text = options.passage_text;
    return write_graph(corpus, json, options.output);
}

} // namespace kg::app
