// A seeded synthetic corpus for the filter and exploration benchmarks (no text, just structure).
#pragma once

#include "model/corpus.hpp"

#include <cstddef>

namespace kg::bench {

// `entities` entities of every type and region, `links` passage links with 1-4 evidence items
// each over `documents` dated documents, plus one knowledge-base link per leader. Same seed,
// same corpus.
Corpus synthetic_corpus(std::size_t entities, std::size_t links, std::size_t documents,
                        unsigned seed = 7);

} // namespace kg::bench
