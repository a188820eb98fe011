// ingest: files read and cleaned in parallel, results merged in the stable file order.
#include "ingest/ingest.hpp"

#include "common/thread_pool.hpp"
#include "ingest/chrome_phrases.hpp"
#include "ingest/duplicates.hpp"
#include "ingest/file_read.hpp"
#include "ingest/sidecar.hpp"

#include <algorithm>
#include <exception>

namespace kg {
namespace {

std::optional<Document> ingest_file(const std::filesystem::path& file, const IngestOptions& options,
                                    bool sidecar_possible, Diagnostics& diagnostics) {
    const std::string path = file.generic_string();
    std::string error;
    const auto bytes = ingestion::read_file_limited(file, options.max_file_bytes, error);
    if (!bytes) {
        diagnostics.push_back({path, error});
        return std::nullopt;
    }
    auto doc = ingest_bytes(*bytes, path, diagnostics);
    if (doc && sidecar_possible) ingestion::apply_sidecar(file, *doc, diagnostics);
    return doc;
}

} // namespace

std::vector<ingestion::InputFile> files_to_ingest(const std::vector<std::filesystem::path>& inputs,
                                                  const IngestOptions& options,
                                                  Diagnostics& diagnostics) {
    auto files = collect_input_files(inputs, diagnostics);
    files.resize(ingestion::files_within_corpus_limit(files, options.max_file_bytes,
                                                      options.max_corpus_bytes, diagnostics));
    if (options.shard)
        std::erase_if(files, [&](const ingestion::InputFile& f) {
            return !in_shard(f.path, inputs, *options.shard);
        });
    if (!ingestion::default_chrome_phrases().loaded)
        diagnostics.push_back({"assets/ingest/chrome_phrases.txt",
                               "chrome phrase list not found; page chrome removal is weaker",
                               Diagnostic::Severity::Warning});
    return files;
}

std::vector<char> sidecar_possible(const std::vector<std::filesystem::path>& files) {
    // Whether each file's folder holds any sidecar at all, listed once per folder (the files are
    // sorted, so a folder's files come together).
    std::vector<char> possible(files.size(), 1);
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (i > 0 && files[i].parent_path().native() == files[i - 1].parent_path().native())
            possible[i] = possible[i - 1];
        else
            possible[i] = ingestion::folder_may_have_sidecars(files[i].parent_path());
    }
    return possible;
}

void finish_ingest(std::vector<Document>& documents, Diagnostics& diagnostics, unsigned threads) {
    // Before ids are given, so that the ids of the articles kept stay consecutive.
    ingestion::drop_duplicate_articles(documents, diagnostics, threads);
    for (std::size_t i = 0; i < documents.size(); ++i) documents[i].id = "d" + std::to_string(i);
}

IngestResult ingest_each(const std::vector<std::filesystem::path>& files, IngestResult result,
                         const IngestOptions& options, const FileIngester& make,
                         const WorkControl& control) {
    std::vector<std::optional<Document>> docs(files.size());
    std::vector<Diagnostics> per_file(files.size());
    control.report(0.0f, "ingest");
    parallel_for(
        files.size(), options.threads,
        [&](std::size_t i) {
            // Exceptions never cross the thread edge: one bad file is one diagnostic.
            try {
                docs[i] = make(i, per_file[i]);
            } catch (const std::exception& e) {
                docs[i].reset();
                per_file[i].push_back(
                    {files[i].generic_string(), std::string("internal error: ") + e.what()});
            }
        },
        control.stop,
        [&](std::size_t done) {
            control.report(files.empty() ? 1.0f : float(done) / float(files.size()), "ingest");
        });
    // Sized once: grown by doubling, the list of a large corpus held up to twice its documents.
    result.documents.reserve(std::size_t(
        std::count_if(docs.begin(), docs.end(), [](const auto& d) { return d.has_value(); })));
    for (std::size_t i = 0; i < files.size(); ++i) {
        for (auto& d : per_file[i]) result.diagnostics.push_back(std::move(d));
        if (docs[i]) result.documents.push_back(std::move(*docs[i]));
        docs[i].reset();
    }
    finish_ingest(result.documents, result.diagnostics, options.threads);
    return result;
}

IngestResult ingest(const std::vector<std::filesystem::path>& inputs, const IngestOptions& options,
                    const WorkControl& control) {
    IngestResult result;
    std::vector<std::filesystem::path> files;
    for (auto& f : files_to_ingest(inputs, options, result.diagnostics))
        files.push_back(std::move(f.path));
    const std::vector<char> sidecars = sidecar_possible(files);
    return ingest_each(
        files, std::move(result), options,
        [&](std::size_t i, Diagnostics& diagnostics) {
            return ingest_file(files[i], options, sidecars[i] != 0, diagnostics);
        },
        control);
}

} // namespace kg
