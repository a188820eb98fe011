// `kgviz extract`: the corpus as graph JSON, to a file (atomically) or stdout.
#include "cli/commands.hpp"
#include "cli/load_corpus.hpp"

#include "common/atomic_write.hpp"
#include "model/graph_json.hpp"

#include <cstdio>

namespace kg::app {

int run_extract(const ExtractOptions& options) {
    auto corpus = load_corpus_for_cli(options.corpus);
    if (!corpus) return 1;
    const std::string json = to_graph_json(*corpus);
    if (!options.output) {
        if (std::fwrite(json.data(), 1, json.size(), stdout) != json.size() || std::fflush(stdout) != 0) {
            std::fprintf(stderr, "kgviz: stdout: cannot write the graph\n");
            return 1;
        }
        return 0;
    }
    if (auto error = write_file_atomically(*options.output, json); !error.empty()) {
        std::fprintf(stderr, "kgviz: %s: %s\n", options.output->c_str(), error.c_str());
        return 1;
    }
    std::fprintf(stderr, "kgviz: wrote %s (%zu documents, %zu entities, %zu links)\n",
                 options.output->c_str(), corpus->documents.size(), corpus->entities.size(),
                 corpus->links.size());
    return 0;
}

} // namespace kg::app
