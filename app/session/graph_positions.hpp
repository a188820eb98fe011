// Layout input built from the corpus, and the synchronous layout a snapshot uses.
#pragma once

#include "layout/layout.hpp"
#include "model/corpus.hpp"

#include <vector>

namespace kg::app {

// Nodes = entities, edges = links weighted by evidence, groups = entity types.
LayoutGraph layout_graph_of(const Corpus& corpus);

// Positions for every entity (deterministic: seed 1).
std::vector<Vec2> initial_layout(const Corpus& corpus);

} // namespace kg::app
