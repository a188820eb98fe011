// Guards applied to every user JSON file before it is parsed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg {

inline constexpr std::size_t kMaxJsonDepth = 64;

// Returns an empty string when `json` nests no deeper than `max_depth` arrays/objects,
// otherwise a message for the user. Hostile files (1,000-deep nesting) are refused here
// so no parser or destructor ever recurses on them.
std::string check_json_depth(std::string_view json, std::size_t max_depth = kMaxJsonDepth);

} // namespace kg
