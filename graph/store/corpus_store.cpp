// Opening, checking, reading and writing the SQLite corpus store.
#include "store/corpus_store.hpp"

#include "common/paths.hpp"
#include "store/byte_codec.hpp"
#include "store/record_codec.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <fstream>
#include <utility>

namespace kg::store {
namespace {

constexpr std::string_view kSchema = R"(
CREATE TABLE files(
  path TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mtime INTEGER NOT NULL,
  hash INTEGER NOT NULL,
  doc BLOB NOT NULL,
  kb INTEGER,
  scan_key INTEGER,
  scan BLOB);
CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE graph(key INTEGER NOT NULL, corpus BLOB NOT NULL);
)";

bool damage(int rc) {
    return primary(rc) == SQLITE_CORRUPT || primary(rc) == SQLITE_NOTADB;
}

std::int64_t as_int(std::uint64_t v) {
    return std::bit_cast<std::int64_t>(v);
}
std::uint64_t as_uint(std::int64_t v) {
    return std::bit_cast<std::uint64_t>(v);
}

// True when the file is missing, empty, or starts as every SQLite database does.
bool looks_like_sqlite(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return true; // missing (or unreadable: SQLite will say)
    char head[16] = {};
    in.read(head, sizeof head);
    return in.gcount() == 0 || (in.gcount() == 16 && std::string_view(head, 16) ==
                                                         std::string_view("SQLite format 3\0", 16));
}

// A short reason for a failed write, in the user's words.
std::string write_problem(int rc, const std::string& sqlite_message) {
    switch (primary(rc)) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "locked by another kgviz";
    case SQLITE_FULL:
        return "the disk is full";
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return "cannot be written (read-only)";
    default:
        return sqlite_message;
    }
}

} // namespace

void CorpusStore::warn(Diagnostics& diagnostics, const std::string& message) const {
    diagnostics.push_back(
        {file_.string(), "corpus store " + message, Diagnostic::Severity::Warning});
}

std::unique_ptr<CorpusStore> CorpusStore::open(const StoreOptions& options,
                                               Diagnostics& diagnostics) {
    std::unique_ptr<CorpusStore> store(new CorpusStore);
    store->file_ = options.file;
    std::error_code ec;
    if (options.file.has_parent_path())
        std::filesystem::create_directories(options.file.parent_path(), ec);
    for (int attempt = 0; attempt < 2; ++attempt) {
        switch (store->open_once(options, diagnostics)) {
        case Opened::Ok:
            return store;
        case Opened::Unusable:
            return nullptr;
        case Opened::Damaged:
            break;
        }
        // A cache on any doubt is rebuilt, but what was there is kept aside, never deleted: a
        // --store that named some other file of the user's loses nothing.
        store->db_ = Database();
        const std::filesystem::path aside = options.file.string() + ".corrupt";
        std::filesystem::rename(options.file, aside, ec);
        if (ec) {
            store->warn(diagnostics, "is damaged and cannot be moved aside (" + ec.message() +
                                         "); working without it");
            return nullptr;
        }
        for (const char* side : {"-wal", "-shm"})
            std::filesystem::remove(options.file.string() + side, ec);
        store->warn(diagnostics, "is damaged; moved to " + aside.string() + " and rebuilt");
    }
    return nullptr;
}

CorpusStore::Opened CorpusStore::open_once(const StoreOptions& options, Diagnostics& diagnostics) {
    if (!looks_like_sqlite(file_)) return Opened::Damaged;
    auto unusable = [&](const std::string& why) {
        warn(diagnostics, why + "; working without it");
        return Opened::Unusable;
    };
    auto failed = [&](int rc, const std::string& doing) {
        if (damage(rc)) return Opened::Damaged;
        return unusable(doing + ": " + write_problem(rc, db_.error()));
    };
    if (int rc = db_.open(file_, options.busy_timeout_ms); rc != SQLITE_OK)
        return failed(rc, "cannot be opened");
    if (options.max_pages > 0)
        db_.exec("PRAGMA max_page_count=" + std::to_string(options.max_pages));
    // WAL: readers never wait for a writer, and a crash mid-write leaves the last commit whole.
    // No waiting for the disk (synchronous=OFF): the store is a cache of files the analyst keeps,
    // checked against them on every open, and a store that a power cut damaged is moved aside and
    // rebuilt; the fdatasyncs were 0.11 s of a 0.75 s first run on 2,000 articles.
    if (int rc = db_.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;"); rc != SQLITE_OK)
        return failed(rc, "cannot be opened");
    std::int64_t version = 0;
    {
        Statement q(db_, "PRAGMA user_version");
        const int rc = q.step();
        if (rc != SQLITE_ROW) return failed(rc, "cannot be read");
        version = q.int64(0);
    }
    if (version > kSchemaVersion)
        return unusable("was made by a newer kgviz (schema " + std::to_string(version) +
                        ", this one reads " + std::to_string(kSchemaVersion) +
                        ") and is left as it is");
    std::int64_t extractor = -1;
    if (version == kSchemaVersion) {
        Statement q(db_, "SELECT value FROM meta WHERE key='extractor'");
        const int rc = q.step();
        if (rc == SQLITE_ROW)
            extractor = q.int64(0);
        else if (rc != SQLITE_DONE)
            return failed(rc, "cannot be read");
    }
    if (version != kSchemaVersion || extractor != std::int64_t(extractor_version())) {
        // New, older schema or older extractor: everything in it would be made again anyway.
        const std::string sql =
            std::string("BEGIN IMMEDIATE; DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS meta; "
                        "DROP TABLE IF EXISTS graph;") +
            std::string(kSchema) + "INSERT INTO meta VALUES('extractor', " +
            std::to_string(extractor_version()) +
            "); PRAGMA user_version=" + std::to_string(kSchemaVersion) + "; COMMIT;";
        if (int rc = db_.exec(sql); rc != SQLITE_OK) {
            db_.exec("ROLLBACK");
            return failed(rc, "cannot be set up");
        }
    }
    return Opened::Ok;
}

const std::unordered_map<std::string, StoredFile>& CorpusStore::files() {
    std::call_once(listed_, [this] {
        std::lock_guard lock(mutex_);
        // kb and scan_key follow the doc blob in each row, so this reads every document's pages
        // (two thirds of the store), which a reopen from the graph record never needs.
        Statement q(db_, "SELECT path, size, mtime, hash, kb, scan_key FROM files");
        int rc = SQLITE_ROW;
        while ((rc = q.step()) == SQLITE_ROW) {
            StoredFile f;
            f.size = q.int64(1);
            f.mtime = q.int64(2);
            f.hash = as_uint(q.int64(3));
            if (!q.is_null(4)) f.kb = as_uint(q.int64(4));
            f.scan_key = as_uint(q.int64(5));
            files_.emplace(std::string(q.text(0)), f);
        }
        // Any other failure leaves the listing empty: every file is read again and its row
        // replaced (or the write that follows fails and says so).
        if (rc != SQLITE_DONE && damage(rc)) damaged_ = true;
    });
    return files_;
}

std::optional<CorpusStore::Blobs> CorpusStore::read(const std::string& path) {
    std::lock_guard lock(mutex_);
    Statement q(db_, "SELECT doc, scan FROM files WHERE path=?");
    q.bind(1, path);
    const int rc = q.step();
    if (rc != SQLITE_ROW) {
        if (damage(rc)) damaged_ = true;
        return std::nullopt;
    }
    Blobs b;
    b.doc = std::string(q.blob(0));
    if (!q.is_null(1)) b.scan = std::string(q.blob(1));
    return b;
}

bool CorpusStore::read_graph(std::uint64_t key, const std::function<void(ByteReader&)>& use) {
    std::lock_guard lock(mutex_);
    Statement q(db_, "SELECT rowid FROM graph WHERE key=?");
    q.bind(1, as_int(key));
    int rc = q.step();
    if (rc != SQLITE_ROW) {
        if (damage(rc)) damaged_ = true;
        return false;
    }
    BlobReader blob(db_, "graph", "corpus", q.int64(0));
    if (rc = blob.open_result(); rc != SQLITE_OK) {
        if (damage(rc)) damaged_ = true;
        return false;
    }
    std::uint64_t offset = 0;
    ByteReader reader(blob.size(), [&](std::span<char> part) {
        rc = blob.read(part, offset);
        offset += part.size();
        return rc == SQLITE_OK;
    });
    use(reader);
    if (damage(rc)) damaged_ = true;
    return true;
}

void CorpusStore::write_graph(std::uint64_t key, std::string_view corpus,
                              Diagnostics& diagnostics) {
    if (damaged_ || write_failed_) return; // moved aside, or already warned about, by finish()
    // One record: the graph of the inputs as they are now; an older one answers for nothing.
    auto run = [&]() -> int {
        if (int rc = db_.exec("BEGIN IMMEDIATE; DELETE FROM graph;"); rc != SQLITE_OK) return rc;
        // Made empty, then filled in place: a record is a third of the articles' size, and
        // binding it would have SQLite copy it whole first.
        Statement put(db_, "INSERT INTO graph(key, corpus) VALUES(?, ?)");
        put.bind(1, as_int(key)).bind_zeroblob(2, corpus.size());
        if (int rc = put.step(); rc != SQLITE_DONE) return rc;
        if (int rc = db_.write_blob("graph", "corpus", db_.last_rowid(), corpus); rc != SQLITE_OK)
            return rc;
        return db_.exec("COMMIT");
    };
    if (int rc = run(); rc != SQLITE_OK) {
        const std::string message = db_.error();
        db_.exec("ROLLBACK");
        warn(diagnostics, "graph not kept: " + write_problem(rc, message) +
                              "; the results are complete without it");
    }
}

void CorpusStore::append(const std::vector<Row>& rows) {
    if (damaged_ || write_rc_ != SQLITE_OK || rows.empty()) return;
    auto run = [&]() -> int {
        if (!writing_) {
            if (int rc = db_.exec("BEGIN IMMEDIATE"); rc != SQLITE_OK) return rc;
            writing_ = true;
        }
        Statement put(
            db_, "INSERT OR REPLACE INTO files(path, size, mtime, hash, doc, kb, scan_key, scan) "
                 "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
        Statement rescan(db_, "UPDATE files SET size=?2, mtime=?3, hash=?4, kb=?6, scan_key=?7, "
                              "scan=?8 WHERE path=?1");
        Statement touch(db_, "UPDATE files SET size=?2, mtime=?3, hash=?4 WHERE path=?1");
        for (const Row& r : rows) {
            Statement& q = r.doc ? put : r.scan ? rescan : touch;
            q.bind(1, r.path)
                .bind(2, r.meta.size)
                .bind(3, r.meta.mtime)
                .bind(4, as_int(r.meta.hash));
            if (r.doc) q.bind_blob(5, *r.doc);
            if (r.scan && r.meta.kb) {
                q.bind(6, as_int(*r.meta.kb)).bind(7, as_int(r.meta.scan_key));
                q.bind_blob(8, *r.scan);
            }
            if (int rc = q.step(); rc != SQLITE_DONE) return rc;
            q.reset();
        }
        return SQLITE_OK;
    };
    if (int rc = run(); rc != SQLITE_OK) {
        write_rc_ = rc;
        write_message_ = db_.error();
    }
}

void CorpusStore::finish(const std::vector<std::string>& removed, Diagnostics& diagnostics) {
    if (damaged_) {
        // Found while reading: the next run starts a fresh store.
        if (writing_) db_.exec("ROLLBACK");
        db_ = Database();
        std::error_code ec;
        std::filesystem::rename(file_, file_.string() + ".corrupt", ec);
        for (const char* side : {"-wal", "-shm"})
            std::filesystem::remove(file_.string() + side, ec);
        warn(diagnostics,
             "is damaged; moved to " + file_.string() + ".corrupt, rebuilt on the next run");
        return;
    }
    auto run = [&]() -> int {
        if (write_rc_ != SQLITE_OK) return write_rc_;
        if (!writing_) {
            if (removed.empty()) return SQLITE_OK; // nothing to write: no transaction
            if (int rc = db_.exec("BEGIN IMMEDIATE"); rc != SQLITE_OK) return rc;
            writing_ = true;
        }
        Statement drop(db_, "DELETE FROM files WHERE path=?");
        for (const std::string& path : removed) {
            drop.bind(1, path);
            if (int rc = drop.step(); rc != SQLITE_DONE) return rc;
            drop.reset();
        }
        return db_.exec("COMMIT");
    };
    const int rc = run();
    const bool began = std::exchange(writing_, false);
    if (rc == SQLITE_OK) return;
    const std::string message = write_rc_ != SQLITE_OK ? write_message_ : db_.error();
    if (began) db_.exec("ROLLBACK");
    write_rc_ = SQLITE_OK;
    write_failed_ = true;
    warn(diagnostics,
         "not updated: " + write_problem(rc, message) + "; the results are complete without it");
}

std::filesystem::path default_store_file(const std::vector<std::filesystem::path>& inputs) {
    // The same corpus named from another folder, or in another order, finds the same store.
    std::vector<std::string> paths;
    for (const auto& p : inputs) {
        std::error_code ec;
        const auto canonical =
            std::filesystem::weakly_canonical(std::filesystem::absolute(p, ec), ec);
        paths.push_back((ec ? p : canonical).string());
    }
    std::sort(paths.begin(), paths.end());
    std::string key;
    for (const auto& p : paths) key += p + '\n';
    char name[40];
    std::snprintf(name, sizeof name, "%016llx.sqlite",
                  static_cast<unsigned long long>(hash_bytes(key)));
    return user_data_dir() / "stores" / name;
}

} // namespace kg::store
