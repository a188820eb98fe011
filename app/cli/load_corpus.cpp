// The shared corpus loading of the command-line commands.
#include "cli/load_corpus.hpp"

#include "common/paths.hpp"
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
    Corpus corpus = build_corpus(inputs, PipelineOptions{}, diagnostics);
    for (const auto& d : diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
    if (corpus.documents.empty()) {
        std::fprintf(stderr, "kgviz: no usable article in the given paths\n");
        return std::nullopt;
    }
    return corpus;
}

} // namespace kg::app
