// Folding text for search: lower case, Latin accents removed (é -> e, ß -> ss), typographic
// quotes and dashes made ASCII, with a map back to the original byte offsets.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// Folds `text`. When `origin` is given it receives, for each byte of the result, the offset of
// the source character it came from, plus one final entry equal to text.size().
// Invalid UTF-8 bytes are copied unchanged (one byte each), so folding never fails.
std::string fold_for_search(std::string_view text, std::vector<std::uint32_t>* origin = nullptr);

} // namespace kg
