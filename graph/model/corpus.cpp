// Small queries over the extracted corpus.
#include "model/corpus.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace kg {

std::size_t Link::document_count() const {
    std::size_t count = 0;
    // Evidence is sorted by document, so distinct documents are runs.
    for (std::size_t i = 0; i < evidence.size(); ++i)
        if (i == 0 || evidence[i].doc != evidence[i - 1].doc) ++count;
    return count;
}

LinkKind best_supported_kind(const std::vector<Evidence>& evidence) {
    std::array<std::size_t, 3> votes{0, 0, 0};
    for (const Evidence& e : evidence)
        if (e.kind < LinkKind::CoMention) ++votes[std::size_t(e.kind)];
    auto best = std::max_element(votes.begin(), votes.end()); // ties: cooperation, tension, meeting
    const std::size_t stated = votes[0] + votes[1] + votes[2];
    // Co-mentions say nothing against a stated kind, but a kind stated by fewer than one passage
    // in kCoMentionShare is not what the link is about.
    if (*best == 0 || stated * kCoMentionShare < evidence.size()) return LinkKind::CoMention;
    return LinkKind(best - votes.begin());
}

void reverse_link(Link& link) {
    std::swap(link.source, link.target);
    for (Evidence& e : link.evidence)
        if (e.direction != Direction::None)
            e.direction =
                e.direction == Direction::Forward ? Direction::Backward : Direction::Forward;
}

std::int64_t Corpus::find_entity(std::string_view id) const {
    auto it =
        std::find_if(entities.begin(), entities.end(), [&](const Entity& e) { return e.id == id; });
    return it == entities.end() ? -1 : std::int64_t(it - entities.begin());
}

} // namespace kg
