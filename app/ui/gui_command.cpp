// `kgviz [PATH...]`: open the window and load the corpus in the background.
#include "cli/commands.hpp"
#include "cli/load_corpus.hpp"
#include "curation/curation_file.hpp"
#include "extract/pipeline.hpp"
#include "ui/app.hpp"

#include <cstdio>

namespace kg::app {

int run_gui(const GuiOptions& options) {
    App app(AppOptions{});
    if (!app.ok()) {
        std::fprintf(stderr, "kgviz: %s\n", app.error().c_str());
        return 1;
    }
    // The same corrections as `kgviz extract` and `kgviz snapshot`, so all three show one graph.
    app.load([inputs = corpus_inputs(options.corpus),
              curation = options.corpus.curation](std::stop_token stop, Diagnostics& diagnostics) {
        const auto file = find_curation_file(inputs, curation.value_or(""));
        const Curation corrections = file.empty() ? Curation{} : load_curation(file, diagnostics);
        PipelineOptions pipeline;
        pipeline.curation = &corrections;
        return build_corpus(inputs, pipeline, diagnostics, WorkControl{stop, {}});
    });
    app.run();
    return 0;
}

} // namespace kg::app
