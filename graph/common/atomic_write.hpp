// The one way kgviz writes a file: temp file in the same folder, flush, rename.
// An interrupted write never leaves a half-written or truncated target behind.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace kg {

// Writes `bytes` to `target` atomically. Returns an empty string on success,
// otherwise a message saying what failed (the target is then untouched).
[[nodiscard]] std::string write_file_atomically(const std::filesystem::path& target,
                                                std::string_view bytes);

// Takes each chunk of a streamed file; false when it could not be written (stop producing).
using ByteSink = std::function<bool(std::string_view chunk)>;

// The same protocol for a file too large to hold in memory: `produce` writes it chunk by chunk
// into the sink it is given and returns false when a write failed (its result is then ignored
// and the write reported as failed).
[[nodiscard]] std::string
write_file_atomically(const std::filesystem::path& target,
                      const std::function<bool(const ByteSink&)>& produce);

} // namespace kg
