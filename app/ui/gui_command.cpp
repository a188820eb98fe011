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
    app.load(corpus_inputs(options.corpus));
    app.run();
    return 0;
}

} // namespace kg::app
