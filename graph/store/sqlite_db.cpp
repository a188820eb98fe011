// Thin RAII over the SQLite C API.
#include "store/sqlite_db.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

namespace kg::store {

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        if (db_) sqlite3_close_v2(db_);
        db_ = std::exchange(other.db_, nullptr);
    }
    return *this;
}

Database::~Database() {
    if (db_) sqlite3_close_v2(db_);
}

int Database::open(const std::filesystem::path& file, int busy_timeout_ms) {
    if (db_) sqlite3_close_v2(db_);
    db_ = nullptr;
    // No mutex of SQLite's: the store serializes its own use of the connection.
    const int rc =
        sqlite3_open_v2(file.c_str(), &db_,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) return rc; // db_ stays set so that error() can say why
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, busy_timeout_ms);
    return rc;
}

int Database::exec(std::string_view sql) {
    return sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, nullptr);
}

std::string Database::error() const {
    return db_ ? sqlite3_errmsg(db_) : "out of memory";
}

std::int64_t Database::last_rowid() const {
    return sqlite3_last_insert_rowid(db_);
}

int Database::write_blob(const char* table, const char* column, std::int64_t rowid,
                         std::string_view bytes) {
    sqlite3_blob* blob = nullptr;
    if (int rc = sqlite3_blob_open(db_, "main", table, column, rowid, 1, &blob); rc != SQLITE_OK)
        return rc;
    // In parts: sqlite3_blob_write takes an int count.
    constexpr std::size_t kPart = std::size_t(1) << 24;
    int rc = SQLITE_OK;
    for (std::size_t at = 0; at < bytes.size() && rc == SQLITE_OK; at += kPart) {
        const std::size_t n = std::min(kPart, bytes.size() - at);
        rc = sqlite3_blob_write(blob, bytes.data() + at, int(n), int(at));
    }
    const int closed = sqlite3_blob_close(blob);
    return rc != SQLITE_OK ? rc : closed;
}

std::string result_text(int rc) {
    return sqlite3_errstr(rc);
}

Statement::Statement(const Database& db, std::string_view sql) {
    prepared_ = sqlite3_prepare_v2(db.handle(), sql.data(), int(sql.size()), &stmt_, nullptr);
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bind_blob(int index, std::string_view bytes) {
    // A blob, even empty, is never NULL: NULL means "no scan stored".
    sqlite3_bind_blob64(stmt_, index, bytes.empty() ? "" : bytes.data(), bytes.size(),
                        SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind_zeroblob(int index, std::uint64_t size) {
    sqlite3_bind_zeroblob64(stmt_, index, size);
    return *this;
}

int Statement::step() {
    return stmt_ ? sqlite3_step(stmt_) : prepared_;
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

std::string_view Statement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return p ? std::string_view(p, std::size_t(sqlite3_column_bytes(stmt_, column)))
             : std::string_view();
}

std::string_view Statement::blob(int column) const {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
    return p ? std::string_view(p, std::size_t(sqlite3_column_bytes(stmt_, column)))
             : std::string_view();
}

bool Statement::is_null(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

BlobReader::BlobReader(const Database& db, const char* table, const char* column,
                       std::int64_t rowid) {
    opened_ = sqlite3_blob_open(db.handle(), "main", table, column, rowid, 0, &blob_);
}

BlobReader::~BlobReader() {
    sqlite3_blob_close(blob_);
}

std::uint64_t BlobReader::size() const {
    return blob_ ? std::uint64_t(sqlite3_blob_bytes(blob_)) : 0;
}

int BlobReader::read(std::span<char> into, std::uint64_t offset) {
    // SQLite's own limit on a blob (SQLITE_MAX_LENGTH) keeps both within an int.
    if (!blob_) return opened_;
    if (into.size() > std::uint64_t(INT32_MAX) || offset > std::uint64_t(INT32_MAX))
        return SQLITE_RANGE;
    return sqlite3_blob_read(blob_, into.data(), int(into.size()), int(offset));
}

} // namespace kg::store
