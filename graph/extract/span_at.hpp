// The item (sentence, paragraph) of a document that holds a byte: what the per-sentence scans
// look up for every match.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace kg {

// Index of the item of `items` (sorted by span.start, not overlapping) whose span contains byte
// `pos`, or -1.
template <typename T> std::int64_t span_at(const std::vector<T>& items, std::uint32_t pos) {
    auto it = std::upper_bound(items.begin(), items.end(), pos,
                               [](std::uint32_t p, const T& s) { return p < s.span.start; });
    if (it == items.begin()) return -1;
    --it;
    return pos < it->span.end ? std::int64_t(it - items.begin()) : -1;
}

} // namespace kg
