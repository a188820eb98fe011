// The one way kgviz writes a file: temp file in the same folder, flush, rename.
// An interrupted write never leaves a half-written or truncated target behind.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace kg {

// Writes `bytes` to `target` atomically. Returns an empty string on success,
// otherwise a message saying what failed (the target is then untouched).
[[nodiscard]] std::string write_file_atomically(const std::filesystem::path& target,
                                                std::string_view bytes);

} // namespace kg
