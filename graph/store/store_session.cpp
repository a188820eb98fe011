// Ingest and scans through the corpus store: stat, reuse, read what changed, write back once.
#include "store/store_session.hpp"

#include "common/thread_pool.hpp"
#include "extract/extract_index.hpp"
#include "ingest/file_read.hpp"
#include "ingest/sidecar.hpp"
#include "store/byte_codec.hpp"
#include "store/graph_codec.hpp"
#include "store/record_codec.hpp"

#include <algorithm>
#include <atomic>
#include <limits>

namespace kg::store {

struct StoreSession::FileState {
    std::string path;
    StoredFile meta;
    std::optional<std::string> new_doc; // a document made this run, to be stored
    // A document made this run, encoded only once it is scanned (a cold run would otherwise hold
    // every article twice until then): from the document itself when its metadata is still what
    // ingest made (metadata_hash), else from the file read again.
    bool encode_later = false;
    std::uint64_t metadata = 0;           // metadata_hash() of the document as ingest made it
    Diagnostics notes;                    // what cleaning it said, stored with it
    std::optional<std::string> scan_blob; // the stored scan until used, then a new one or none
    bool cacheable = false;               // read whole and unchanged while read
    bool dirty = false;                   // the stored row's time, hash or scan must change
    bool new_scan = false;
    bool document_reused = false;
    std::uint64_t sidecar = 0; // sidecar_stamp() before the sidecar was read
};

namespace {

// Documents scanned between two writes of their rows to the store.
constexpr std::size_t kWriteBatch = 2048;

using ingestion::FileStat;
using ingestion::stat_file;

// The size and time of the file's sidecar (0: none), taken before it is read: a sidecar that
// changes afterwards gives another stamp next time.
std::uint64_t sidecar_stamp(const std::filesystem::path& file) {
    const std::filesystem::path sidecar = ingestion::find_sidecar(file);
    if (sidecar.empty()) return 0;
    const std::optional<FileStat> st = stat_file(sidecar);
    if (!st) return 0;
    ByteWriter w;
    w.str(sidecar.filename().native());
    w.s(st->size);
    w.s(st->mtime);
    return hash_bytes(w.take()) | 1; // never 0
}

// A hash of what may change in a document between its ingest and its scan: the sidecar and a
// dropped duplicate fill metadata, never the text (which the id is not part of either).
std::uint64_t metadata_hash(const Document& doc) {
    ByteWriter w;
    for (const std::string* f :
         {&doc.path, &doc.title, &doc.date, &doc.source, &doc.url, &doc.language,
          &doc.meta_from.title, &doc.meta_from.authors, &doc.meta_from.date, &doc.meta_from.url})
        w.str(*f);
    put_strings(w, doc.authors);
    put_strings(w, doc.tags);
    return hash_bytes(w.take());
}

// The key of the graph record: what the corpus depends on besides the rules (the store is emptied
// when the extractor version changes, but it is part of the key so a record never outlives it).
// A file's content hash adds nothing: an unchanged size and time is what lets the store reuse the
// file's document unread, and so the graph made from it.
class GraphKey {
  public:
    GraphKey(const KnowledgeBase& kb, const IngestOptions& options) {
        w_.u(extractor_version());
        w_.u(knowledge_base_version(kb));
        w_.u(options.max_file_bytes);
        w_.u(options.max_corpus_bytes);
    }
    void add(const std::string& path, const FileStat& st, std::uint64_t sidecar) {
        w_.str(path);
        w_.s(st.size);
        w_.s(st.mtime);
        w_.u(sidecar);
    }
    std::uint64_t value() { return hash_bytes(w_.take()); }

  private:
    ByteWriter w_;
};

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
                // A sidecar changes the metadata right below: the document is stored as cleaned.
                if (sidecar_possible) {
                    state.new_doc = encode_document(*doc, notes);
                } else {
                    state.encode_later = true;
                    state.metadata = metadata_hash(*doc);
                    state.notes = notes;
                }
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
    if (sidecar_possible) state.sidecar = sidecar_stamp(file);
    if (doc && sidecar_possible) ingestion::apply_sidecar(file, *doc, diagnostics);
}

std::optional<std::string> StoreSession::encode_again(const FileState& f) const {
    std::string error;
    const auto bytes =
        ingestion::read_file_limited(f.path, std::numeric_limits<std::uint64_t>::max(), error);
    if (!bytes || hash_bytes(*bytes) != f.meta.hash) return std::nullopt;
    Diagnostics notes;
    const std::optional<Document> doc = ingest_bytes(*bytes, f.path, notes);
    if (!doc) return std::nullopt;
    return encode_document(*doc, notes);
}

const StoreSession::Walk& StoreSession::walk(const std::vector<std::filesystem::path>& inputs,
                                             const IngestOptions& options) {
    if (!walk_ || walk_->inputs != inputs || walk_->max_file_bytes != options.max_file_bytes ||
        walk_->max_corpus_bytes != options.max_corpus_bytes || options.shard) {
        // Assigned, not emplace()d: clang does not see a nested struct with member initializers
        // as default-constructible inside its enclosing class.
        walk_ = Walk{};
        walk_->inputs = inputs;
        walk_->max_file_bytes = options.max_file_bytes;
        walk_->max_corpus_bytes = options.max_corpus_bytes;
        for (auto& f : files_to_ingest(inputs, options, walk_->notes)) {
            walk_->files.push_back(std::move(f.path));
            walk_->stats.push_back(f.stat);
        }
        walk_->sidecars = sidecar_possible(walk_->files);
    }
    return *walk_;
}

IngestResult StoreSession::ingest(const std::vector<std::filesystem::path>& inputs,
                                  const IngestOptions& options, const WorkControl& control) {
    IngestResult result;
    const Walk& walked = walk(inputs, options);
    const auto& files = walked.files;
    const auto& sidecars = walked.sidecars;
    result.diagnostics = walked.notes;
    complete_ = !options.shard;
    files_.assign(files.size(), {});
    const std::size_t walk_notes = result.diagnostics.size();
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
    ingest_notes_.assign(result.diagnostics.begin() + std::ptrdiff_t(walk_notes),
                         result.diagnostics.end());
    return result;
}

std::optional<Corpus> StoreSession::reopen(const std::vector<std::filesystem::path>& inputs,
                                           const IngestOptions& options, const KnowledgeBase& kb,
                                           bool text, Diagnostics& diagnostics) {
    if (!store_ || options.shard) return std::nullopt;
    const Walk& walked = walk(inputs, options);
    const auto& files = walked.files;
    const auto& sidecars = walked.sidecars;
    // The files' stats come from the listing (one system call each); the sidecars' are taken
    // here, in parallel.
    const auto& stats = walked.stats;
    std::vector<std::uint64_t> sidecar(files.size(), 0);
    parallel_for(files.size(), worker_count(options.threads, files.size() / 256 + 1),
                 [&](std::size_t i) {
                     if (sidecars[i]) sidecar[i] = sidecar_stamp(files[i]);
                 });
    GraphKey key(kb, options);
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!stats[i]) return std::nullopt;
        key.add(files[i].generic_string(), *stats[i], sidecar[i]);
    }
    // A damaged record is never trusted: the full run that follows writes a new one.
    std::optional<StoredGraph> stored;
    store_->read_graph(key.value(), [&](ByteReader& record) { stored = decode_graph(record); });
    if (!stored) return std::nullopt;
    Corpus& corpus = stored->corpus;
    if (text) {
        std::atomic<bool> failed{false};
        std::vector<Document>& documents = corpus.documents.edit();
        parallel_for(documents.size(), worker_count(options.threads, documents.size() / 64 + 1),
                     [&](std::size_t d) {
                         Document& doc = documents[d];
                         auto blobs = store_->read(doc.path);
                         auto row = blobs ? decode_document(blobs->doc) : std::nullopt;
                         if (!row || row->doc.text.size() != stored->text_size[d]) {
                             failed = true;
                             return;
                         }
                         doc.text = std::move(row->doc.text);
                         doc.paragraphs = std::move(row->doc.paragraphs);
                         doc.sentences = std::move(row->doc.sentences);
                     });
        if (failed) return std::nullopt;
    }
    diagnostics.insert(diagnostics.end(), walked.notes.begin(), walked.notes.end());
    diagnostics.insert(diagnostics.end(), stored->ingest_notes.begin(), stored->ingest_notes.end());
    counts_.files = files.size();
    counts_.graph_reused = true;
    return std::move(corpus);
}

void StoreSession::keep_graph(const Corpus& corpus, const KnowledgeBase& kb,
                              const IngestOptions& options, Diagnostics& diagnostics) {
    if (!store_ || !complete_) return;
    GraphKey key(kb, options);
    for (const FileState& f : files_) {
        if (!f.cacheable) return;
        key.add(f.path, {f.meta.size, f.meta.mtime}, f.sidecar);
    }
    store_->write_graph(key.value(), encode_graph(corpus, ingest_notes_, text_size_), diagnostics);
    counts_.graph_written = true;
}

std::vector<DocResult> StoreSession::scan(const KnowledgeBase& kb, std::vector<Document>& documents,
                                          Diagnostics& diagnostics, const WorkControl& control,
                                          bool text) {
    std::vector<DocResult> all;
    all.reserve(documents.size());
    scan(kb, documents, diagnostics, control, text, [&](std::span<DocResult> batch) {
        for (DocResult& scan : batch) all.push_back(std::move(scan));
    });
    return all;
}

void StoreSession::scan(const KnowledgeBase& kb, std::vector<Document>& documents,
                        Diagnostics& diagnostics, const WorkControl& control, bool text,
                        const std::function<void(std::span<DocResult>)>& use) {
    const std::shared_ptr<const ExtractIndex> compiled = compiled_extract_index(kb);
    const std::uint64_t kb_version = knowledge_base_version(kb);
    std::vector<DocResult> scans; // of the batch in hand: scans[d - first]
    std::size_t first = 0;
    std::atomic<std::size_t> reused{0};
    auto scan_one = [&](std::size_t d) {
        const Document& doc = documents[d];
        auto it = by_path_.find(doc.path);
        FileState* state = it == by_path_.end() ? nullptr : &files_[it->second];
        std::uint64_t key = 0;
        if (store_ && state && state->encode_later && metadata_hash(doc) == state->metadata) {
            state->new_doc = encode_document(doc, state->notes);
            state->encode_later = false;
            Diagnostics().swap(state->notes);
        }
        if (store_ && state) {
            key = scan_key(doc);
            if (state->scan_blob && state->meta.kb == kb_version && state->meta.scan_key == key) {
                auto stored = decode_scan(*state->scan_blob, doc, kb.entities.size());
                state->scan_blob.reset(); // decoded: the blob is not needed again
                if (stored) {
                    scans[d - first] = std::move(*stored);
                    reused.fetch_add(1, std::memory_order_relaxed);
                    return;
                }
            }
            state->scan_blob.reset();
        }
        // Scans only read shared data and write their own slot; exceptions never cross the
        // thread edge.
        try {
            scans[d - first] = scan_document(*compiled, doc);
        } catch (...) {
            // An allocation failure on one document leaves it without entities.
            scans[d - first] = {};
            return;
        }
        if (store_ && state) {
            state->scan_blob = encode_scan(scans[d - first]);
            state->meta.kb = kb_version;
            state->meta.scan_key = key;
            state->new_scan = state->dirty = true;
        }
    };
    // The row of a file whose document or scan is new, handed over once: its blobs move out.
    auto take_row = [&](FileState& f, std::vector<CorpusStore::Row>& rows) {
        if (!f.dirty || !f.cacheable) return;
        if (f.encode_later) {
            f.new_doc = encode_again(f);
            f.encode_later = false;
            Diagnostics().swap(f.notes);
            if (!f.new_doc) {
                f.cacheable = false; // changed since it was read: read again next time
                return;
            }
        }
        // A new document without a scan (a duplicate dropped) is stored without one.
        if (f.new_doc && !f.new_scan) f.meta.kb.reset();
        rows.push_back({f.path, f.meta, std::move(f.new_doc),
                        f.new_scan ? std::move(f.scan_blob) : std::nullopt});
        f.new_doc.reset();
        f.scan_blob.reset();
        f.dirty = false;
        ++counts_.rows_written;
    };
    // As extract(): a worker per 8 documents at most.
    const unsigned threads = worker_count(0, documents.size() / 8 + 1);
    // In batches of documents, each batch's rows written before the next is scanned: the encoded
    // documents and scans of a cold run (1.3 times the articles) never wait all at once.
    std::vector<CorpusStore::Row> rows;
    text_size_.clear();
    if (!text) text_size_.resize(documents.size());
    for (first = 0; first < documents.size() && !control.stop_requested(); first += kWriteBatch) {
        const std::size_t count = std::min(kWriteBatch, documents.size() - first);
        scans.assign(count, {});
        parallel_for(
            count, threads, [&](std::size_t k) { scan_one(first + k); }, control.stop,
            [&](std::size_t done) {
                control.report(0.9f * float(first + done) / float(documents.size()), "extract");
            });
        // A batch cut short by a stop writes nothing: some of its documents have no scan.
        if (store_ && !control.stop_requested()) {
            for (std::size_t d = first; d < first + count; ++d)
                if (auto it = by_path_.find(documents[d].path); it != by_path_.end())
                    take_row(files_[it->second], rows);
            store_->append(rows);
            rows.clear(); // written: the blobs go now, not when the next batch's rows come
        }
        if (!text)
            for (std::size_t d = first; d < first + count; ++d) {
                Document& doc = documents[d];
                text_size_[d] = std::uint32_t(doc.text.size());
                std::string().swap(doc.text);
                std::vector<Paragraph>().swap(doc.paragraphs);
                std::vector<Sentence>().swap(doc.sentences);
            }
        if (!control.stop_requested()) use(scans);
    }
    counts_.scans_reused = reused.load();
    if (!store_) return;
    // A stopped run keeps the rows it wrote (each is whole) and removes nothing.
    if (control.stop_requested()) {
        store_->finish({}, diagnostics);
        return;
    }
    for (FileState& f : files_) take_row(f, rows); // the documents dropped as duplicates
    store_->append(rows);
    std::vector<std::string> removed;
    if (complete_)
        for (const auto& [path, meta] : store_->files())
            if (!by_path_.count(path)) removed.push_back(path);
    counts_.rows_removed = removed.size();
    store_->finish(removed, diagnostics);
}

} // namespace kg::store
