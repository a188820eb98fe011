// Ingest and scans through the corpus store: stat, reuse, read what changed, write back once.
#include "store/store_session.hpp"

#include "common/thread_pool.hpp"
#include "extract/extract_index.hpp"
#include "ingest/file_read.hpp"
#include "ingest/sidecar.hpp"
#include "store/byte_codec.hpp"
#include "store/record_codec.hpp"

#include <atomic>

#include <sys/stat.h>

namespace kg::store {

struct StoreSession::FileState {
    std::string path;
    StoredFile meta;
    std::optional<std::string> new_doc;   // a document made this run, to be stored
    std::optional<std::string> scan_blob; // the stored scan until used, then a new one or none
    bool cacheable = false;               // read whole and unchanged while read
    bool dirty = false;                   // the stored row's time, hash or scan must change
    bool new_scan = false;
    bool document_reused = false;
};

namespace {

struct FileStat {
    std::int64_t size = -1, mtime = 0;
    friend bool operator==(const FileStat&, const FileStat&) = default;
};

std::optional<FileStat> stat_file(const std::filesystem::path& file) {
    // One stat() for both (std::filesystem takes one per field): warm runs are mostly stats.
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) return std::nullopt;
    return FileStat{std::int64_t(st.st_size),
                    std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
}

} // namespace

StoreSession::StoreSession(const StoreOptions& options, Diagnostics& diagnostics)
    : options_(options) {
    if (!options.file.empty()) store_ = CorpusStore::open(options, diagnostics);
}

StoreSession::~StoreSession() = default;

void StoreSession::ingest_file(const std::filesystem::path& file, const IngestOptions& options,
                               bool sidecar_possible, FileState& state,
                               std::optional<Document>& doc, Diagnostics& diagnostics) {
    state.path = file.generic_string();
    const StoredFile* row = nullptr;
    if (store_)
        if (auto it = store_->files().find(state.path); it != store_->files().end())
            row = &it->second;
    // The stored document, when it decodes; the store's row stays as it was.
    auto reuse = [&]() -> bool {
        auto blobs = store_->read(state.path);
        if (!blobs) return false;
        auto stored = decode_document(blobs->doc);
        if (!stored) return false;
        doc = std::move(stored->doc);
        diagnostics.insert(diagnostics.end(), stored->notes.begin(), stored->notes.end());
        state.meta = *row;
        state.scan_blob = std::move(blobs->scan);
        state.document_reused = true;
        return true;
    };
    const std::optional<FileStat> before = stat_file(file);
    // A file over the size limit is read, so that the limit is reported as without a store.
    const bool within_limit = before && std::uint64_t(before->size) <= options.max_file_bytes;
    if (row && within_limit && row->size == before->size && row->mtime == before->mtime &&
        reuse()) {
        state.cacheable = true;
    } else {
        if (options_.between_stat_and_read) options_.between_stat_and_read(file);
        std::string error;
        const auto bytes = ingestion::read_file_limited(file, options.max_file_bytes, error);
        if (!bytes) {
            diagnostics.push_back({state.path, error});
            return;
        }
        const std::uint64_t hash = hash_bytes(*bytes);
        // Stored with a size and time only when they describe the bytes read: a file written to
        // while read is read again next time.
        const std::optional<FileStat> after = stat_file(file);
        state.cacheable =
            before && after && *before == *after && std::uint64_t(after->size) == bytes->size();
        if (row && row->hash == hash && reuse()) {
            state.dirty = state.cacheable; // new time, same bytes
        } else {
            Diagnostics notes;
            doc = ingest_bytes(*bytes, state.path, notes);
            if (doc) {
                state.new_doc = encode_document(*doc, notes);
                state.meta = {};
                state.scan_blob.reset();
                state.dirty = true;
            }
            diagnostics.insert(diagnostics.end(), notes.begin(), notes.end());
        }
        if (after) {
            state.meta.size = after->size;
            state.meta.mtime = after->mtime;
        }
        state.meta.hash = hash;
    }
    if (doc && sidecar_possible) ingestion::apply_sidecar(file, *doc, diagnostics);
}

IngestResult StoreSession::ingest(const std::vector<std::filesystem::path>& inputs,
                                  const IngestOptions& options, const WorkControl& control) {
    IngestResult result;
    const auto files = files_to_ingest(inputs, options, result.diagnostics);
    complete_ = !options.shard;
    const std::vector<char> sidecars = sidecar_possible(files);
    files_.assign(files.size(), {});
    result = ingest_each(
        files, std::move(result), options,
        [&](std::size_t i, Diagnostics& diagnostics) {
            std::optional<Document> doc;
            ingest_file(files[i], options, sidecars[i] != 0, files_[i], doc, diagnostics);
            return doc;
        },
        control);
    for (std::size_t i = 0; i < files.size(); ++i) {
        by_path_.emplace(files[i].generic_string(), i);
        counts_.documents_reused += files_[i].document_reused;
    }
    counts_.files = files.size();
    return result;
}

std::vector<DocResult> StoreSession::scan(const KnowledgeBase& kb,
                                          const std::vector<Document>& documents,
                                          Diagnostics& diagnostics, const WorkControl& control) {
    const std::shared_ptr<const ExtractIndex> compiled = compiled_extract_index(kb);
    const std::uint64_t kb_version = knowledge_base_version(kb);
    std::vector<DocResult> scans(documents.size());
    std::atomic<std::size_t> reused{0};
    // As extract(): a worker per 8 documents at most.
    const unsigned threads = worker_count(0, documents.size() / 8 + 1);
    parallel_for(
        documents.size(), threads,
        [&](std::size_t d) {
            const Document& doc = documents[d];
            auto it = by_path_.find(doc.path);
            FileState* state = it == by_path_.end() ? nullptr : &files_[it->second];
            std::uint64_t key = 0;
            if (store_ && state) {
                key = scan_key(doc);
                if (state->scan_blob && state->meta.kb == kb_version &&
                    state->meta.scan_key == key) {
                    auto stored = decode_scan(*state->scan_blob, doc, kb.entities.size());
                    state->scan_blob.reset(); // decoded: the blob is not needed again
                    if (stored) {
                        scans[d] = std::move(*stored);
                        reused.fetch_add(1, std::memory_order_relaxed);
                        return;
                    }
                }
                state->scan_blob.reset();
            }
            // Scans only read shared data and write their own slot; exceptions never cross the
            // thread edge.
            try {
                scans[d] = scan_document(*compiled, doc);
            } catch (...) {
                scans[d] = {}; // an allocation failure on one document leaves it without entities
                return;
            }
            if (store_ && state) {
                state->scan_blob = encode_scan(scans[d]);
                state->meta.kb = kb_version;
                state->meta.scan_key = key;
                state->new_scan = state->dirty = true;
            }
        },
        control.stop,
        [&](std::size_t done) {
            control.report(documents.empty() ? 0.9f : 0.9f * float(done) / float(documents.size()),
                           "extract");
        });
    counts_.scans_reused = reused.load();
    if (!store_ || control.stop_requested()) return scans;
    std::vector<CorpusStore::Row> rows;
    for (FileState& f : files_) {
        if (!f.dirty || !f.cacheable) continue;
        // A new document without a scan (a duplicate dropped) is stored without one.
        if (f.new_doc && !f.new_scan) f.meta.kb.reset();
        rows.push_back({f.path, f.meta, std::move(f.new_doc),
                        f.new_scan ? std::move(f.scan_blob) : std::nullopt});
    }
    std::vector<std::string> removed;
    if (complete_)
        for (const auto& [path, meta] : store_->files())
            if (!by_path_.count(path)) removed.push_back(path);
    counts_.rows_written = rows.size();
    counts_.rows_removed = removed.size();
    store_->write(rows, removed, diagnostics);
    return scans;
}

} // namespace kg::store
