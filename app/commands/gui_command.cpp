// `kgviz [PATH...]`: open the window and load the corpus in the background.
#include "cli/commands.hpp"
#include "cli/load_corpus.hpp"
#include "ui/app.hpp"

#include <cstdio>

namespace kg::app {

int run_gui(const GuiOptions& options) {
    App app(AppOptions{});
    if (!app.ok()) {
        std::fprintf(stderr, "kgviz: %s\n", app.error().c_str());
        return 1;
    }
    // The same corrections and limits as `kgviz extract` and `kgviz snapshot`, so all three
    // show one graph.
    CorpusSource source;
    source.inputs = corpus_inputs(options.corpus);
    source.curation_override = options.corpus.curation.value_or("");
    source.ingest = ingest_options(options.corpus);
    source.store_override = options.corpus.store.value_or("");
    source.no_store = options.corpus.no_store;
    app.open(std::move(source));
    app.run();
    return 0;
}

} // namespace kg::app
