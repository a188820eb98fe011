// The corpus store: one SQLite file per set of inputs holding, per input file, its size, time,
// content hash, cleaned document and scan, so that a second run reads only what changed.
// It is a cache: any doubt (damage, a newer schema, a lock, a full disk) is reported and the store
// is rebuilt or bypassed; the user's files are never touched. docs/store.md.
#pragma once

#include "common/diagnostics.hpp"
#include "store/byte_codec.hpp"
#include "store/sqlite_db.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace kg::store {

// Bump when the tables change; a store of a newer schema is left alone (bypassed).
inline constexpr std::int64_t kSchemaVersion = 2; // 2: the graph record

struct StoreOptions {
    std::filesystem::path file; // empty: no store
    int busy_timeout_ms = 2000; // how long to wait for another writer before going without
    std::int64_t max_pages =
        0; // > 0: the store may not grow past this many pages (tests: full disk)
    // Tests: called after a file's size and time were taken and before it is read.
    std::function<void(const std::filesystem::path&)> between_stat_and_read;
};

// What the store knows of one input file (the blobs are read when needed).
struct StoredFile {
    std::int64_t size = 0;
    std::int64_t mtime = 0;          // nanoseconds since 1970
    std::uint64_t hash = 0;          // of the file's bytes
    std::optional<std::uint64_t> kb; // knowledge-base version of the scan; none: no scan
    std::uint64_t scan_key = 0;      // of the document the scan was made from
};

class CorpusStore {
  public:
    // Opens `options.file`, creating it and its folder. Null after a warning naming the file when
    // it cannot be used; a damaged one is moved aside to FILE.corrupt and rebuilt.
    static std::unique_ptr<CorpusStore> open(const StoreOptions& options, Diagnostics& diagnostics);

    const std::filesystem::path& file() const { return file_; }
    // Per input path, as the user gave it; read on the first call (thread-safe), so that a run
    // that reopens from the graph record never reads it.
    const std::unordered_map<std::string, StoredFile>& files();

    struct Blobs {
        std::string doc;
        std::optional<std::string> scan;
    };
    // The blobs of `path`; nullopt when missing or unreadable. Thread-safe.
    std::optional<Blobs> read(const std::string& path);

    // A file's new row (doc set), or the new time, hash and scan (if set) of a stored document.
    struct Row {
        std::string path;
        StoredFile meta;
        std::optional<std::string> doc;
        std::optional<std::string> scan;
    };
    // Calls `use` with a reader of the graph record kept under `key` (encode_graph), which reads
    // it from SQLite's pages part by part: a record is a third of the articles' size, not worth
    // a copy. False when there is none.
    bool read_graph(std::uint64_t key, const std::function<void(ByteReader&)>& use);
    // Replaces the graph record; a failure is a warning and leaves no record (or the old one).
    void write_graph(std::uint64_t key, std::string_view corpus, Diagnostics& diagnostics);

    // Writes `rows` into the one transaction of this run, begun by the first rows, so that a
    // caller hands them over as they are made instead of holding them all; finish() commits.
    // A failure is kept for finish() to report, and the rows after it are not written.
    void append(const std::vector<Row>& rows);
    // Removes `removed` and commits what append() wrote, in that one transaction; a failure
    // (lock, full disk, read-only) is a warning and leaves the store as it was.
    void finish(const std::vector<std::string>& removed, Diagnostics& diagnostics);

  private:
    enum class Opened { Ok, Damaged, Unusable };
    Opened open_once(const StoreOptions& options, Diagnostics& diagnostics);
    void warn(Diagnostics& diagnostics, const std::string& message) const;

    std::filesystem::path file_;
    Database db_;
    std::mutex mutex_; // guards db_ in read(), read_graph() and files()
    std::once_flag listed_;
    std::unordered_map<std::string, StoredFile> files_;
    bool damaged_ = false;      // a read found damage: moved aside after this run
    bool writing_ = false;      // append() began the transaction that finish() ends
    int write_rc_ = 0;          // the first failure of append() (SQLITE_OK: none)
    std::string write_message_; // SQLite's words for it, taken when it happened
    bool write_failed_ = false; // finish() failed and said so: the graph record is not tried
};

// $KGVIZ_DATA_DIR/stores/HASH.sqlite, HASH of the sorted absolute input paths.
std::filesystem::path default_store_file(const std::vector<std::filesystem::path>& inputs);

} // namespace kg::store
