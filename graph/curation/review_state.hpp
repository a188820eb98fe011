// The review state of a link, as the curation overlay leaves it (shown in the inspector,
// filterable).
#pragma once

#include <cstdint>
#include <string_view>

namespace kg {

// Rejected links leave the curated corpus, so a visible link is Unreviewed or Accepted;
// Rejected is reported for links listed in CurationReport::rejected_links.
enum class ReviewState : std::uint8_t { Unreviewed, Accepted, Rejected };

// Stable id of a review state ("unreviewed", "accepted", "rejected").
constexpr std::string_view to_id(ReviewState s) {
    switch (s) {
    case ReviewState::Accepted:
        return "accepted";
    case ReviewState::Rejected:
        return "rejected";
    default:
        return "unreviewed";
    }
}

} // namespace kg
