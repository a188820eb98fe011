// `kgviz extract`: the corpus as graph JSON, to a file (atomically) or stdout; with --view, only
// what the saved view shows.
#include "cli/commands.hpp"
#include "cli/load_corpus.hpp"

#include "common/atomic_write.hpp"
#include "export/data_export.hpp"
#include "export/export_look.hpp"
#include "export/view_figure.hpp"
#include "model/graph_json.hpp"

#include <cstdio>
#include <sstream>

namespace kg::app {
namespace {

// --format graphml|gexf|csv: the graph as data for other tools, atomically, through the
// dispatcher the export dialog uses. GraphML and GEXF carry the deterministic layout `kgviz
// snapshot` draws (seed 1); they alone can go to stdout, the CSV tables being four files.
int write_data_tables(const ExtractOptions& options, const Corpus& corpus, const ExportLook& look) {
    const DataFormat format = *data_format_named(options.format);
    if (!options.output) {
        std::ostringstream out;
        if (format == DataFormat::Gexf)
            write_gexf(out, corpus, {}, look);
        else
            write_graphml(out, corpus, {}, look);
        const std::string text = out.str();
        if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() ||
            std::fflush(stdout) != 0) {
            std::fprintf(stderr, "kgviz: stdout: cannot write the graph\n");
            return 1;
        }
        return 0;
    }
    const DataExport written = export_data(*options.output, format, corpus, look);
    if (!written.error.empty()) {
        std::fprintf(stderr, "kgviz: %s: %s\n", options.output->c_str(), written.error.c_str());
        return 1;
    }
    std::fprintf(stderr, "kgviz: %s\n", written.message.c_str());
    return 0;
}

// --view: the view's filters, map and style through apply_view_file, the code `kgviz snapshot
// --view` runs (the dialog's export uses the same filter), so data and figure agree. Nullopt,
// after its messages, when the view cannot be used.
std::optional<ViewedFigure> apply_view(const std::filesystem::path& view, const Corpus& corpus,
                                       bool show_all) {
    Diagnostics diagnostics;
    std::optional<ViewedFigure> viewed =
        apply_view_file(view, corpus, default_positions(corpus), diagnostics, show_all);
    for (const Diagnostic& d : diagnostics)
        std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
    return viewed;
}

} // namespace

int run_extract(const ExtractOptions& options) {
    std::filesystem::path merge_curation;
    auto loaded = load_corpus_for_cli(options.corpus, options.shard, &merge_curation);
    if (!loaded) return 1;
    std::optional<ViewedFigure> viewed;
    if (options.view && !(viewed = apply_view(*options.view, *loaded, options.all))) return 1;
    const Corpus* corpus = viewed ? &viewed->subset.corpus : &*loaded;
    if (options.format != "json") {
        ExportLook look;
        if (viewed) look = {viewed->subset.positions, viewed->style};
        return write_data_tables(options, *corpus, look);
    }
    GraphJsonOptions json;
    json.passage_text = options.passage_text;
    if (options.shard)
        json.shard =
            ShardHeader{options.shard->part, options.shard->count, merge_curation.string()};
    return write_graph(*corpus, json, options.output);
}

int write_graph(const Corpus& corpus, const GraphJsonOptions& json,
                const std::optional<std::filesystem::path>& output) {
    // Streamed: the graph JSON (often ten times the input) is never held in memory whole.
    if (!output) {
        auto to_stdout = [](std::string_view chunk) {
            return std::fwrite(chunk.data(), 1, chunk.size(), stdout) == chunk.size();
        };
        if (!write_graph_json(corpus, to_stdout, json) || std::fflush(stdout) != 0) {
            std::fprintf(stderr, "kgviz: stdout: cannot write the graph\n");
            return 1;
        }
        return 0;
    }
    if (auto error = write_graph_json_file(corpus, *output, json); !error.empty()) {
        std::fprintf(stderr, "kgviz: %s: %s\n", output->c_str(), error.c_str());
        return 1;
    }
    std::fprintf(stderr, "kgviz: wrote %s (%zu documents, %zu entities, %zu links)\n",
                 output->c_str(), corpus.documents.size(), corpus.entities.size(),
                 corpus.links.size());
    return 0;
}

} // namespace kg::app
