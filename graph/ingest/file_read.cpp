// Size-checked file reading.
#include "ingest/file_read.hpp"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace kg::ingestion {
namespace {

std::string megabytes(std::uint64_t bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", double(bytes) / double(1 << 20));
    return buf;
}

// A limit as the user gave it: "50 MB" for whole megabytes (what --max-file-mb takes).
std::string limit_megabytes(std::uint64_t bytes) {
    if (bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MB";
    return megabytes(bytes);
}

// One open, fstat and read for the common case, a regular file within the limit: an ifstream
// costs a stat, a buffer allocation and a copy more per file, which shows on 4 KB articles. nullopt
// for anything else (missing, too large, not a regular file, a short read), which the portable
// path below then reads or words as an error exactly as before. O_NONBLOCK: a named pipe must
// not block open().
std::optional<std::string> read_regular_file(const std::filesystem::path& path,
                                             std::uint64_t max_bytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return std::nullopt;
    std::optional<std::string> result;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && std::uint64_t(st.st_size) <= max_bytes) {
        std::string bytes(std::size_t(st.st_size), '\0');
        std::size_t got = 0;
        while (got < bytes.size()) {
            const ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            got += std::size_t(n);
        }
        if (got == bytes.size()) result = std::move(bytes);
    }
    ::close(fd);
    return result;
}

} // namespace

std::optional<std::string> read_file_limited(const std::filesystem::path& path,
                                             std::uint64_t max_bytes, std::string& error) {
    if (auto bytes = read_regular_file(path, max_bytes)) return bytes;
    std::error_code ec;
    const std::uint64_t size = std::filesystem::file_size(path, ec);
    if (ec) {
        error = "cannot read: " + ec.message();
        return std::nullopt;
    }
    if (size > max_bytes) {
        error = "file is " + megabytes(size) + ", over the " + limit_megabytes(max_bytes) +
                " limit (--max-file-mb); skipped";
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open for reading (permission denied?)";
        return std::nullopt;
    }
    std::string bytes(size, '\0');
    in.read(bytes.data(), std::streamsize(size));
    if (std::uint64_t(in.gcount()) != size) {
        error = "read failed after " + std::to_string(in.gcount()) + " bytes";
        return std::nullopt;
    }
    // A file that grew since it was measured is read only up to the measured size.
    return bytes;
}

std::size_t files_within_corpus_limit(const std::vector<InputFile>& files,
                                      std::uint64_t max_file_bytes, std::uint64_t max_total_bytes,
                                      Diagnostics& diagnostics) {
    std::uint64_t total = 0;
    std::size_t counted = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::optional<FileStat>& st = files[i].stat;
        // Unreadable and oversized files are reported (and not read) by read_file_limited.
        if (!st || !st->regular || std::uint64_t(st->size) > max_file_bytes) continue;
        const std::uint64_t size = std::uint64_t(st->size);
        if (size <= max_total_bytes - total) {
            total += size;
            ++counted;
            continue;
        }
        // Stop here, in the stable file order, so the same folder always loads the same files.
        const std::string reason =
            "skipped: the corpus limit of " + limit_megabytes(max_total_bytes) +
            " (--max-corpus-mb) is used up by the " + std::to_string(counted) +
            " files before it (" + megabytes(total) + ")";
        for (std::size_t j = i; j < files.size(); ++j)
            diagnostics.push_back({files[j].path.generic_string(), reason});
        return i;
    }
    return files.size();
}

} // namespace kg::ingestion
