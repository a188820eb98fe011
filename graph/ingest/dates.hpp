// Finding and normalizing dates in text: ISO, "May 16, 2024", "16 May 2024", "2024年5月16日".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::ingestion {

struct FoundDate {
    std::string iso;       // YYYY-MM-DD; empty when none was found
    std::size_t begin = 0; // byte range of the date in the searched text
    std::size_t end = 0;
};

// The first valid calendar date in `text`. A time glued to the year ("May 16, 20242:18",
// copied from a video page) still yields the date.
FoundDate find_date(std::string_view text);

// `text` as an ISO date when the whole of it is one date (with an optional time), else empty.
std::string parse_date(std::string_view text);

} // namespace kg::ingestion
