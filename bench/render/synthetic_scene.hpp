// A generated graph that looks like a laid-out corpus: communities placed on a plane, most
// links inside a community (short on screen), a few long ones between them. Seeded.
#pragma once

#include "common/vec2.hpp"
#include "model/corpus.hpp"

#include <cstdint>
#include <vector>

namespace kg::bench {

struct SyntheticGraph {
    Corpus corpus;
    std::vector<Vec2> positions;
};

SyntheticGraph make_synthetic_graph(std::uint32_t nodes, std::uint32_t links,
                                    std::uint64_t seed = 1);

} // namespace kg::bench
