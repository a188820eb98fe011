// Reading a small user file whole, with a size cap, reporting failures as a diagnostic.
#pragma once

#include "common/diagnostics.hpp"

#include <cstdint>

#include <filesystem>
#include <optional>
#include <string>

namespace kg {

// Views, settings and curation files are small; anything larger is refused, not read.
inline constexpr std::uintmax_t kMaxSmallFileBytes = 64u << 20;

// The file's bytes, or nullopt plus a diagnostic (missing, unreadable, too large).
std::optional<std::string> read_small_file(const std::filesystem::path& file,
                                           Diagnostics& diagnostics);

} // namespace kg
