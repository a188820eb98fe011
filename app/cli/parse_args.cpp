// Argument parsing: positional PATHs, options with values, and clear usage errors.
#include "cli/parse_args.hpp"
#include "export/data_export.hpp"
#include "view/figure_size.hpp"
#include "view/theme.hpp"

#include <charconv>
#include <optional>

namespace kg::app {
namespace {

constexpr std::string_view kUsage =
    R"(usage:
  kgviz [PATH...]                      open the app; no PATH = the bundled corpus
  kgviz extract [PATH...] [-o FILE]    build the graph, write graph JSON (default: stdout)
        [--format json|graphml|gexf|csv]  or GraphML, GEXF 1.3, or CSV (-o FILE.csv:
                                       FILE-entities.csv, FILE-links.csv, ...; -o DIR/: DIR/*.csv)
        [--passages text|offsets]      passages with their text (default) or offsets only
        [--shard K/N]                  only shard K of N (1 <= K <= N) of the articles, for merge
  kgviz merge SHARD.json... [-o FILE]  the shards' graphs as the graph one process writes
        [--passages text|offsets] [--curation FILE]
        [--view VIEW.json]             only the entities and links the saved view shows
        [--all]                        a view without filters shows all of a big corpus
  kgviz snapshot [PATH...] -o FILE     render without a visible window to FILE.png or FILE.svg
        [--view VIEW.json] [--width W] [--height H] [--theme light|dark|print]
        [--title TEXT] [--no-legend]
        [--all]                        every entity and link of a big corpus (default: the
                                       150 most-mentioned entities and their heavier links)
        [--annex FILE.md|FILE.html]    also write the passages and citations behind the figure
  kgviz --help | --version

A PATH is a file or a folder (read recursively: .txt, .md, .html, .htm).
Options for every command: --curation FILE (corrections to apply; default: the
kgviz-curation.json found beside the corpus).
Corpus store, for every command (documents and extraction kept for the next run):
  --store FILE         keep it in FILE (default: $KGVIZ_DATA_DIR/stores/HASH.sqlite)
  --no-store           read and extract every article, keep nothing
Limits, for every command (what passes one is reported, then skipped):
  --max-file-mb N      skip articles larger than N MB (default 50)
  --max-corpus-mb N    stop reading articles once they total N MB (default 2048);
                       the graph is built from the files read before
  a saved view keeps at most 100000 entries per list (pins, selection, labels)
Exit status: 0 success, 1 nothing usable could be produced, 2 usage error.
)";

// Walks the arguments; options that take a value consume the next one.
class ArgCursor {
  public:
    explicit ArgCursor(std::span<const std::string_view> args) : args_(args) {}
    bool done() const { return i_ >= args_.size(); }
    std::string_view next() { return args_[i_++]; }
    std::optional<std::string_view> value() {
        if (done()) return std::nullopt;
        return next();
    }

  private:
    std::span<const std::string_view> args_;
    std::size_t i_ = 0;
};

std::optional<int> parse_size(std::string_view text) {
    int v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || v < kMinFigureSide ||
        v > kMaxFigureSide)
        return std::nullopt;
    return v;
}

bool is_option(std::string_view arg) {
    return arg.size() > 1 && arg[0] == '-';
}

constexpr std::uint64_t kMaxLimitMb = 1u << 20; // 1 TB: past any real corpus, no overflow in bytes

std::optional<std::uint64_t> parse_megabytes(std::string_view text) {
    std::uint64_t v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || v < 1 || v > kMaxLimitMb)
        return std::nullopt;
    return v;
}

// The path after an option (`-o FILE`, `--view VIEW.json`); a usage error naming `what` when the
// arguments end first.
std::optional<std::filesystem::path> path_value(ArgCursor& cursor, std::string_view arg,
                                                std::string_view what,
                                                std::optional<UsageError>& error) {
    auto v = cursor.value();
    if (!v) {
        error = UsageError{std::string(arg) + " needs " + std::string(what)};
        return std::nullopt;
    }
    return std::filesystem::path(*v);
}

// --passages text|offsets: true when passages carry their text.
std::optional<bool> parse_passages(ArgCursor& cursor, std::optional<UsageError>& error) {
    auto v = cursor.value();
    if (v && (*v == "text" || *v == "offsets")) return *v == "text";
    error = UsageError{"--passages must be text or offsets" +
                       (v ? ", not '" + std::string(*v) + "'" : std::string())};
    return std::nullopt;
}

// Handles an option shared by all commands; returns false when `arg` is not one of them.
bool parse_corpus_option(std::string_view arg, ArgCursor& cursor, CorpusOptions& corpus,
                         std::optional<UsageError>& error) {
    if (arg == "--max-file-mb" || arg == "--max-corpus-mb") {
        auto v = cursor.value();
        const auto mb = v ? parse_megabytes(*v) : std::nullopt;
        if (!mb)
            error = UsageError{std::string(arg) + " needs a whole number of megabytes from 1 to " +
                               std::to_string(kMaxLimitMb) +
                               (v ? ", not '" + std::string(*v) + "'" : "")};
        else
            (arg == "--max-file-mb" ? corpus.max_file_mb : corpus.max_corpus_mb) = *mb;
        return true;
    }
    if (arg == "--no-store") {
        corpus.no_store = true;
        return true;
    }
    if (arg == "--store") {
        if (auto path = path_value(cursor, arg, "a FILE", error)) corpus.store = *path;
        return true;
    }
    if (arg != "--curation") return false;
    if (auto path = path_value(cursor, arg, "a FILE", error)) corpus.curation = *path;
    return true;
}

ParsedCommand parse_extract(ArgCursor& cursor) {
    ExtractOptions options;
    std::optional<UsageError> error;
    while (!cursor.done() && !error) {
        std::string_view arg = cursor.next();
        if (arg == "-o" || arg == "--output") {
            if (auto path = path_value(cursor, "-o", "a FILE", error)) options.output = *path;
        } else if (arg == "--format") {
            auto v = cursor.value();
            if (!v || (*v != "json" && !data_format_named(*v)))
                return UsageError{"--format must be json, graphml, gexf or csv" +
                                  (v ? ", not '" + std::string(*v) + "'" : std::string())};
            options.format = std::string(*v);
        } else if (arg == "--passages") {
            if (auto passages = parse_passages(cursor, error)) options.passage_text = *passages;
        } else if (arg == "--shard") {
            auto v = cursor.value();
            std::string message = "--shard needs K/N (shard K of N, counted from 1)";
            options.shard = v ? parse_shard(*v, message) : std::nullopt;
            if (!options.shard) return UsageError{message};
        } else if (arg == "--view") {
            if (auto path = path_value(cursor, arg, "a VIEW.json", error)) options.view = *path;
        } else if (arg == "--all") {
            options.all = true;
        } else if (parse_corpus_option(arg, cursor, options.corpus, error)) {
        } else if (arg == "--") {
            while (!cursor.done()) options.corpus.inputs.emplace_back(cursor.next());
        } else if (is_option(arg)) {
            return UsageError{"extract: unknown option '" + std::string(arg) + "'"};
        } else {
            options.corpus.inputs.emplace_back(arg);
        }
    }
    if (error) return *error;
    if (options.format == "csv" && !options.output)
        return UsageError{"extract --format csv needs -o FILE.csv or -o FOLDER/ (two tables)"};
    if (options.shard && options.format != "json")
        return UsageError{"extract --shard writes graph JSON (for kgviz merge), not --format " +
                          options.format};
    // A view filters the whole graph; a shard's part of it would not merge into the same figure.
    if (options.shard && options.view)
        return UsageError{"a view filters the whole graph: extract --view without --shard"};
    if (!options.passage_text && options.format != "json")
        return UsageError{"--passages offsets is a form of graph JSON, not of --format " +
                          options.format};
    return options;
}

ParsedCommand parse_merge(ArgCursor& cursor) {
    MergeOptions options;
    std::optional<UsageError> error;
    while (!cursor.done() && !error) {
        std::string_view arg = cursor.next();
        if (arg == "-o" || arg == "--output") {
            if (auto path = path_value(cursor, "-o", "a FILE", error)) options.output = *path;
        } else if (arg == "--passages") {
            if (auto passages = parse_passages(cursor, error)) options.passage_text = *passages;
        } else if (arg == "--curation") {
            if (auto path = path_value(cursor, arg, "a FILE", error)) options.curation = *path;
        } else if (arg == "--") {
            while (!cursor.done()) options.shards.emplace_back(cursor.next());
        } else if (is_option(arg)) {
            return UsageError{"merge: unknown option '" + std::string(arg) + "'"};
        } else {
            options.shards.emplace_back(arg);
        }
    }
    if (error) return *error;
    if (options.shards.empty())
        return UsageError{"merge needs the shard files (kgviz extract --shard K/N -o FILE)"};
    return options;
}

ParsedCommand parse_snapshot(ArgCursor& cursor) {
    SnapshotOptions options;
    bool have_output = false;
    std::optional<UsageError> error;
    while (!cursor.done() && !error) {
        std::string_view arg = cursor.next();
        auto need = [&](std::string_view what) -> std::optional<std::string_view> {
            auto v = cursor.value();
            if (!v) error = UsageError{std::string(arg) + " needs " + std::string(what)};
            return v;
        };
        if (arg == "-o" || arg == "--output") {
            if (auto v = need("a FILE"))
                options.output = std::filesystem::path(*v), have_output = true;
        } else if (arg == "--view") {
            if (auto v = need("a VIEW.json")) options.view = std::filesystem::path(*v);
        } else if (arg == "--annex") {
            if (auto v = need("a FILE.md or FILE.html")) {
                const std::string ext = std::filesystem::path(*v).extension().string();
                if (ext != ".md" && ext != ".html")
                    error =
                        UsageError{"--annex writes .md or .html, not '" + std::string(*v) + "'"};
                else
                    options.annex = std::filesystem::path(*v);
            }
        } else if (arg == "--width" || arg == "--height") {
            if (auto v = need("a size in pixels")) {
                auto size = parse_size(*v);
                if (!size)
                    error = UsageError{std::string(arg) + " must be a whole number from " +
                                       std::to_string(kMinFigureSide) + " to " +
                                       std::to_string(kMaxFigureSide) + ", not '" +
                                       std::string(*v) + "'"};
                else
                    (arg == "--width" ? options.figure.viewport.x : options.figure.viewport.y) =
                        float(*size);
            }
        } else if (arg == "--theme") {
            if (auto v = need("light, dark or print")) {
                if (const std::optional<ThemeId> theme = theme_from_id(*v))
                    options.figure.style.theme = *theme;
                else
                    error = UsageError{"--theme must be light, dark or print, not '" +
                                       std::string(*v) + "'"};
            }
        } else if (arg == "--title") {
            if (auto v = need("a TEXT")) options.figure.title = std::string(*v);
        } else if (arg == "--no-legend") {
            options.figure.legend = false;
        } else if (arg == "--all") {
            options.all = true;
        } else if (parse_corpus_option(arg, cursor, options.corpus, error)) {
        } else if (arg == "--") {
            while (!cursor.done()) options.corpus.inputs.emplace_back(cursor.next());
        } else if (is_option(arg)) {
            error = UsageError{"snapshot: unknown option '" + std::string(arg) + "'"};
        } else {
            options.corpus.inputs.emplace_back(arg);
        }
    }
    if (error) return *error;
    if (!have_output) return UsageError{"snapshot needs -o FILE.png or -o FILE.svg"};
    auto ext = options.output.extension().string();
    if (ext != ".png" && ext != ".svg")
        return UsageError{"snapshot writes .png or .svg, not '" + options.output.string() + "'"};
    return options;
}

} // namespace

ParsedCommand parse_args(std::span<const std::string_view> args) {
    ArgCursor cursor(args);
    if (cursor.done()) return GuiOptions{};
    std::string_view first = args[0];
    if (first == "--help" || first == "-h") return ShowHelp{};
    if (first == "--version") return ShowVersion{};
    if (first == "extract") {
        cursor.next();
        return parse_extract(cursor);
    }
    if (first == "merge") {
        cursor.next();
        return parse_merge(cursor);
    }
    if (first == "snapshot") {
        cursor.next();
        return parse_snapshot(cursor);
    }
    GuiOptions options;
    std::optional<UsageError> error;
    while (!cursor.done() && !error) {
        std::string_view arg = cursor.next();
        if (arg == "--help" || arg == "-h") return ShowHelp{};
        if (parse_corpus_option(arg, cursor, options.corpus, error)) continue;
        if (arg == "--") {
            while (!cursor.done()) options.corpus.inputs.emplace_back(cursor.next());
        } else if (is_option(arg)) {
            return UsageError{"unknown option '" + std::string(arg) + "'"};
        } else {
            options.corpus.inputs.emplace_back(arg);
        }
    }
    if (error) return *error;
    return options;
}

std::string_view usage_text() {
    return kUsage;
}

std::string_view version_text() {
    return "kgviz " KGVIZ_VERSION;
}

} // namespace kg::app
