// Reading one input file within a size limit (the size is checked before any byte is read).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace kg::ingestion {

// The file's bytes, or nullopt with `error` set ("file is 200.0 MB, over the 50.0 MB limit").
std::optional<std::string> read_file_limited(const std::filesystem::path& path,
                                             std::uint64_t max_bytes, std::string& error);

} // namespace kg::ingestion
