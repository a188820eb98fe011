// `kgviz [PATH...]`: open the window and load the corpus in the background.
#include "cli/commands.hpp"
#include "cli/load_corpus.hpp"
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
    app.load([inputs = corpus_inputs(options.corpus)](std::stop_token stop, Diagnostics& diagnostics) {
        return build_corpus(inputs, PipelineOptions{}, diagnostics, WorkControl{stop, {}});
    });
    app.run();
    return 0;
}

} // namespace kg::app
