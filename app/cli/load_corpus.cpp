// The command-line side of loading: options to a CorpusSource, diagnostics to stderr.
#include "cli/load_corpus.hpp"

#include "common/paths.hpp"

#include <cstdio>

namespace kg::app {

CorpusSource corpus_source(const CorpusOptions& options) {
    CorpusSource source;
    source.inputs = options.inputs.empty() ? std::vector{bundled_corpus_dir()} : options.inputs;
    source.curation_override = options.curation.value_or("");
    if (options.max_file_mb) source.ingest.max_file_bytes = *options.max_file_mb << 20;
    if (options.max_corpus_mb) source.ingest.max_corpus_bytes = *options.max_corpus_mb << 20;
    source.store_override = options.store.value_or("");
    source.no_store = options.no_store;
    return source;
}

std::optional<Corpus> load_corpus_for_cli(const CorpusOptions& options,
                                          const std::optional<ShardSpec>& shard,
                                          std::filesystem::path* merge_curation,
                                          bool document_text) {
    CorpusSource source = corpus_source(options);
    source.ingest.shard = shard;
    Diagnostics diagnostics;
    LoadedCorpus loaded = load_corpus(
        source, {.curate_after_extraction = !shard, .document_text = document_text}, diagnostics);
    if (shard && merge_curation) {
        std::error_code ec;
        *merge_curation = std::filesystem::exists(loaded.curation_file, ec)
                              ? std::filesystem::absolute(loaded.curation_file, ec)
                              : std::filesystem::path();
    }
    for (const auto& d : diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
    if (const std::size_t stale = loaded.report.not_applied(); stale > 0)
        std::fprintf(stderr, "kgviz: %s: %zu correction(s) no longer apply and are kept\n",
                     loaded.curation_file.c_str(), stale);
    // A shard may hold no article (fewer articles than shards): its graph is still one part.
    if (loaded.corpus.documents.empty() && !shard) {
        std::fprintf(stderr, "kgviz: no usable article in the given paths\n");
        return std::nullopt;
    }
    return std::move(loaded.corpus);
}

} // namespace kg::app
