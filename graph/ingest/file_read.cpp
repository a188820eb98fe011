// Size-checked file reading.
#include "ingest/file_read.hpp"

#include <cstdio>
#include <fstream>

namespace kg::ingestion {
namespace {

std::string megabytes(std::uint64_t bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", double(bytes) / double(1 << 20));
    return buf;
}

} // namespace

std::optional<std::string> read_file_limited(const std::filesystem::path& path,
                                             std::uint64_t max_bytes, std::string& error) {
    std::error_code ec;
    const std::uint64_t size = std::filesystem::file_size(path, ec);
    if (ec) {
        error = "cannot read: " + ec.message();
        return std::nullopt;
    }
    if (size > max_bytes) {
        error = "file is " + megabytes(size) + ", over the " + megabytes(max_bytes) +
                " limit; skipped (raise IngestOptions::max_file_bytes to read it)";
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

} // namespace kg::ingestion
