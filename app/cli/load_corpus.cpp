// The shared corpus loading of the command-line commands.
#include "cli/load_corpus.hpp"

#include "common/paths.hpp"
#include "curation/curation_file.hpp"
#include "extract/pipeline.hpp"

#include <cstdio>

namespace kg::app {

std::vector<std::filesystem::path> corpus_inputs(const CorpusOptions& options) {
    if (!options.inputs.empty()) return options.inputs;
    return {bundled_corpus_dir()};
}

std::optional<Corpus> load_corpus_for_cli(const CorpusOptions& options) {
    Diagnostics diagnostics;
    const auto inputs = corpus_inputs(options);
    const auto curation_file = find_curation_file(inputs, options.curation.value_or(""));
    if (options.curation && !std::filesystem::exists(*options.curation))
        diagnostics.push_back({options.curation->string(), "no such curation file"});
    const Curation curation = curation_file.empty() ? Curation{} : load_curation(curation_file, diagnostics);
    PipelineOptions pipeline;
    pipeline.curation = &curation;
    CurationReport report;
    Corpus corpus = build_corpus(inputs, pipeline, diagnostics, {}, &report);
    for (const auto& d : diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
    if (const std::size_t stale = report.not_applied(); stale > 0)
        std::fprintf(stderr, "kgviz: %s: %zu correction(s) no longer apply and are kept\n",
                     curation_file.c_str(), stale);
    if (corpus.documents.empty()) {
        std::fprintf(stderr, "kgviz: no usable article in the given paths\n");
        return std::nullopt;
    }
    return corpus;
}

} // namespace kg::app
