// The little of SQLite the store needs, as move-only RAII handles. Errors are codes plus text,
// never exceptions: a store that fails is reported and bypassed (corpus_store.hpp).
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <utility>

struct sqlite3;
struct sqlite3_blob;
struct sqlite3_stmt;

namespace kg::store {

class Statement;

class Database {
  public:
    Database() = default;
    Database(Database&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}
    Database& operator=(Database&& other) noexcept;
    ~Database();

    // Opens (creating) `file` read-write; the SQLite result code (0 = SQLITE_OK).
    int open(const std::filesystem::path& file, int busy_timeout_ms);
    // Runs statements without results; the result code.
    int exec(std::string_view sql);
    // The message of the last error on this connection.
    std::string error() const;
    // The rowid of the last row this connection inserted.
    std::int64_t last_rowid() const;
    // Writes `bytes` at the start of the blob `table`.`column` of row `rowid` (made with
    // Statement::bind_zeroblob of that size): SQLite copies them page by page into the file,
    // where binding them would first copy the whole blob into memory; the result code.
    int write_blob(const char* table, const char* column, std::int64_t rowid,
                   std::string_view bytes);
    explicit operator bool() const { return db_ != nullptr; }
    sqlite3* handle() const { return db_; }

  private:
    sqlite3* db_ = nullptr;
};

class Statement {
  public:
    Statement(const Database& db, std::string_view sql);
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    int prepare_result() const { return prepared_; }
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bind_blob(int index, std::string_view bytes);
    // A blob of `size` zero bytes, which takes no memory (Database::write_blob fills it).
    Statement& bind_zeroblob(int index, std::uint64_t size);
    // SQLITE_ROW (100), SQLITE_DONE (101) or an error code.
    int step();
    void reset();
    std::int64_t int64(int column) const;
    std::string_view text(int column) const;
    std::string_view blob(int column) const;
    bool is_null(int column) const;

  private:
    sqlite3_stmt* stmt_ = nullptr;
    int prepared_ = 0;
};

// One blob read in parts straight from its pages (sqlite3_blob_read), never copied whole as
// sqlite3_column_blob does. Holds a read transaction while open.
class BlobReader {
  public:
    BlobReader(const Database& db, const char* table, const char* column, std::int64_t rowid);
    BlobReader(const BlobReader&) = delete;
    BlobReader& operator=(const BlobReader&) = delete;
    ~BlobReader();

    int open_result() const { return opened_; }
    std::uint64_t size() const;
    // Reads `into.size()` bytes from `offset`; the result code.
    int read(std::span<char> into, std::uint64_t offset);

  private:
    sqlite3_blob* blob_ = nullptr;
    int opened_ = 0;
};

// The primary result code (SQLITE_BUSY for SQLITE_BUSY_SNAPSHOT, ...).
inline int primary(int rc) {
    return rc & 0xFF;
}
// SQLite's name of a result code ("database is locked").
std::string result_text(int rc);

} // namespace kg::store
