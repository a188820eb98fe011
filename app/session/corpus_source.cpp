// Loading the app's corpus.
#include "session/corpus_source.hpp"

#include "curation/curation_file.hpp"
#include "pipeline/pipeline.hpp"

#include <algorithm>
#include <system_error>

namespace kg::app {

LoadedCorpus load_corpus_source(const CorpusSource& source, Diagnostics& diagnostics,
                                const WorkControl& control) {
    LoadedCorpus out;
    out.curation_file = find_curation_file(source.inputs, source.curation_override);
    if (!out.curation_file.empty())
        out.curation =
            load_curation(out.curation_file, diagnostics, !source.curation_override.empty());
    PipelineOptions pipeline;
    pipeline.ingest = source.ingest;
    pipeline.curation = &out.curation;
    pipeline.curate_after_extraction = false;
    // The default store follows the inputs: adding a folder opens (or starts) that set's store.
    if (!source.no_store)
        pipeline.store.file = source.store_override.empty()
                                  ? store::default_store_file(source.inputs)
                                  : source.store_override;
    out.extracted = build_corpus(source.inputs, pipeline, diagnostics, control);
    return out;
}

std::size_t add_inputs(CorpusSource& source, const std::vector<std::filesystem::path>& paths) {
    auto key = [](const std::filesystem::path& p) {
        std::error_code ec;
        const std::filesystem::path c = std::filesystem::weakly_canonical(p, ec);
        return ec ? p.lexically_normal() : c;
    };
    std::size_t added = 0;
    for (const std::filesystem::path& p : paths) {
        const std::filesystem::path k = key(p);
        const bool known = std::any_of(source.inputs.begin(), source.inputs.end(),
                                       [&](const std::filesystem::path& q) { return key(q) == k; });
        if (known) continue;
        source.inputs.push_back(p);
        ++added;
    }
    return added;
}

} // namespace kg::app
