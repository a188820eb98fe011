// The shared corpus loading of the command-line commands.
#include "cli/load_corpus.hpp"

#include "common/paths.hpp"
#include "curation/curation_file.hpp"
#include "pipeline/pipeline.hpp"

#include <cstdio>

namespace kg::app {

std::vector<std::filesystem::path> corpus_inputs(const CorpusOptions& options) {
    if (!options.inputs.empty()) return options.inputs;
    return {bundled_corpus_dir()};
}

IngestOptions ingest_options(const CorpusOptions& options) {
    IngestOptions ingest;
    if (options.max_file_mb) ingest.max_file_bytes = *options.max_file_mb << 20;
    if (options.max_corpus_mb) ingest.max_corpus_bytes = *options.max_corpus_mb << 20;
    return ingest;
}

store::StoreOptions store_options(const CorpusOptions& options) {
    store::StoreOptions store;
    if (options.no_store) return store;
    store.file = options.store ? *options.store : store::default_store_file(corpus_inputs(options));
    return store;
}

std::optional<Corpus> load_corpus_for_cli(const CorpusOptions& options,
                                          const std::optional<ShardSpec>& shard,
                                          std::filesystem::path* merge_curation,
                                          bool document_text) {
    Diagnostics diagnostics;
    const auto inputs = corpus_inputs(options);
    const auto curation_file = find_curation_file(inputs, options.curation.value_or(""));
    // An explicit --curation FILE that is missing is reported and skipped (interfaces.md).
    const Curation curation =
        load_curation(curation_file, diagnostics, options.curation.has_value());
    PipelineOptions pipeline;
    pipeline.ingest = ingest_options(options);
    pipeline.curation = &curation;
    pipeline.ingest.shard = shard;
    pipeline.store = store_options(options);
    pipeline.curate_after_extraction = !shard;
    pipeline.document_text = document_text;
    if (shard && merge_curation) {
        std::error_code ec;
        *merge_curation = std::filesystem::exists(curation_file, ec)
                              ? std::filesystem::absolute(curation_file, ec)
                              : std::filesystem::path();
    }
    CurationReport report;
    Corpus corpus = build_corpus(inputs, pipeline, diagnostics, {}, &report);
    for (const auto& d : diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
    if (const std::size_t stale = report.not_applied(); stale > 0)
        std::fprintf(stderr, "kgviz: %s: %zu correction(s) no longer apply and are kept\n",
                     curation_file.c_str(), stale);
    // A shard may hold no article (fewer articles than shards): its graph is still one part.
    if (corpus.documents.empty() && !shard) {
        std::fprintf(stderr, "kgviz: no usable article in the given paths\n");
        return std::nullopt;
    }
    return corpus;
}

} // namespace kg::app
