// Whole-file reads for small user files.
#include "common/small_file.hpp"

#include <fstream>

namespace kg {

std::optional<std::string> read_small_file(const std::filesystem::path& file,
                                           Diagnostics& diagnostics) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
        diagnostics.push_back({file.string(), "not found or not a regular file"});
        return std::nullopt;
    }
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    if (ec || size > kMaxSmallFileBytes) {
        diagnostics.push_back({file.string(), ec ? "cannot read its size" : "file too large"});
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    std::string bytes(std::size_t(size), '\0');
    in.read(bytes.data(), std::streamsize(bytes.size()));
    // A file that shrank since file_size() keeps what was read.
    bytes.resize(std::size_t(in.gcount()));
    if (in.bad()) {
        diagnostics.push_back({file.string(), "cannot be read"});
        return std::nullopt;
    }
    return bytes;
}

} // namespace kg
