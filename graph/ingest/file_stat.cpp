// stat() and lstat() of input files, one system call for what std::filesystem takes one per field.
#include "ingest/file_stat.hpp"

#include <sys/stat.h>

namespace kg::ingestion {
namespace {

FileStat from_stat(const struct stat& st) {
    return {std::int64_t(st.st_size),
            std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec,
            S_ISREG(st.st_mode)};
}

} // namespace

std::optional<FileStat> stat_file(const std::filesystem::path& file) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) return std::nullopt;
    return from_stat(st);
}

std::optional<FileStat> lstat_file(const std::filesystem::path& file, bool& symlink) {
    symlink = false;
    struct stat st {};
    // When lstat() fails, stat() would too: it resolves the same folders first.
    if (::lstat(file.c_str(), &st) != 0) return std::nullopt;
    if (S_ISLNK(st.st_mode)) {
        symlink = true;
        return stat_file(file);
    }
    return from_stat(st);
}

} // namespace kg::ingestion
