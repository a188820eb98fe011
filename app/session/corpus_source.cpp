// The app's list of inputs.
#include "session/corpus_source.hpp"

#include <algorithm>
#include <system_error>

namespace kg::app {

std::size_t add_inputs(CorpusSource& source, const std::vector<std::filesystem::path>& paths) {
    auto key = [](const std::filesystem::path& p) {
        std::error_code ec;
        const std::filesystem::path c = std::filesystem::weakly_canonical(p, ec);
        return ec ? p.lexically_normal() : c;
    };
    std::size_t added = 0;
    for (const std::filesystem::path& p : paths) {
        const std::filesystem::path k = key(p);
        const bool known = std::any_of(source.inputs.begin(), source.inputs.end(),
                                       [&](const std::filesystem::path& q) { return key(q) == k; });
        if (known) continue;
        source.inputs.push_back(p);
        ++added;
    }
    return added;
}

} // namespace kg::app
