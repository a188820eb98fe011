// Eight bytes at a time: whether any of them may need JSON escaping. Bit tricks from "Bit
// Twiddling Hacks" (hasless and haszero); false positives only send the bytes to a byte-by-byte
// look, there are no false negatives.
#pragma once

#include <cstdint>
#include <cstring>

namespace kg::json_detail {

inline std::uint64_t load8(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

// A control character, '"' or '\\' among the eight bytes.
inline bool may_escape(std::uint64_t w) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    auto has_zero = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
    const std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kHigh;
    return (below_space | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\'))) != 0;
}

// The same, or a byte that is not ASCII (which the writer checks is valid UTF-8).
inline bool may_escape_or_non_ascii(std::uint64_t w) {
    return (w & 0x8080808080808080ull) != 0 || may_escape(w);
}

} // namespace kg::json_detail
