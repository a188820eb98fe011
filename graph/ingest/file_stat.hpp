// A file's size and modification time, taken once while the input files are listed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>

namespace kg::ingestion {

// What stat() says of a file (of its target, for a symbolic link).
struct FileStat {
    std::int64_t size = -1;
    std::int64_t mtime = 0; // nanoseconds since the epoch
    bool regular = false;   // a regular file (file_size() fails on anything else)
    friend bool operator==(const FileStat&, const FileStat&) = default;
};

// One stat(): nullopt when it fails (missing, unreadable folder, symbolic link loop).
std::optional<FileStat> stat_file(const std::filesystem::path& file);

// One lstat(), plus a stat() of the target when `file` is a symbolic link: what the listing
// needs (whether it is a link) and what the corpus limit and the store need (size and time) in
// one system call for a plain file. `symlink` is false when the lstat() fails.
std::optional<FileStat> lstat_file(const std::filesystem::path& file, bool& symlink);

// An input file as listed, with its stat from then (nullopt: the stat failed).
struct InputFile {
    std::filesystem::path path;
    std::optional<FileStat> stat;
};

} // namespace kg::ingestion
