// The corpus loader shared by the commands and the app.
#include "pipeline/corpus_loader.hpp"

#include "curation/curation_file.hpp"
#include "pipeline/pipeline.hpp"

namespace kg {

LoadedCorpus load_corpus(const CorpusSource& source, const CorpusLoad& how,
                         Diagnostics& diagnostics, const WorkControl& control) {
    LoadedCorpus out;
    out.curation_file = find_curation_file(source.inputs, source.curation_override);
    out.curation = load_curation(out.curation_file, diagnostics, !source.curation_override.empty());
    PipelineOptions pipeline;
    pipeline.ingest = source.ingest;
    pipeline.curation = &out.curation;
    pipeline.curate_after_extraction = how.curate_after_extraction;
    pipeline.document_text = how.document_text;
    // The default store follows the inputs: adding a folder opens (or starts) that set's store.
    if (!source.no_store)
        pipeline.store.file = source.store_override.empty()
                                  ? store::default_store_file(source.inputs)
                                  : source.store_override;
    out.corpus = build_corpus(source.inputs, pipeline, diagnostics, control, &out.report);
    return out;
}

} // namespace kg
