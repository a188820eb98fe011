// Small queries over the extracted corpus.
#include "model/corpus.hpp"

#include <algorithm>

namespace kg {

std::size_t Link::document_count() const {
    std::size_t count = 0;
    // Evidence is sorted by document, so distinct documents are runs.
    for (std::size_t i = 0; i < evidence.size(); ++i)
        if (i == 0 || evidence[i].doc != evidence[i - 1].doc) ++count;
    return count;
}

std::int64_t Corpus::find_entity(std::string_view id) const {
    auto it = std::find_if(entities.begin(), entities.end(),
                           [&](const Entity& e) { return e.id == id; });
    return it == entities.end() ? -1 : std::int64_t(it - entities.begin());
}

} // namespace kg
