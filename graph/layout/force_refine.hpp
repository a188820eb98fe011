// Spring-electrical force refinement (Hu 2005) with Barnes-Hut repulsion and adaptive steps.
#pragma once

#include "layout/components.hpp"
#include "layout/stage.hpp"

#include <vector>

namespace kg::layout_detail {

// Parameters of one refinement run (one multilevel level).
struct ForceParams {
    float natural_length = kDefaultEdgeLength; // K: the spring length at this level
    int max_iterations = 100;
    float initial_step = kDefaultEdgeLength; // world units per iteration at the start
    float tolerance = 0.01f;                 // stop when the mean move falls below tolerance * K
    float theta = 1.0f;                      // Barnes-Hut opening criterion (cell size / distance)
    const std::vector<bool>* pinned = nullptr; // local ids that must not move, or null
};

// Moves `pos` towards a spring-electrical equilibrium: attraction w*d^2/K along links,
// repulsion C*K^2/d between all pairs. Returns false when cancelled (positions stay valid).
bool force_refine(const CsrGraph& g, std::vector<Vec2>& pos, const ForceParams& params,
                  const Stage& stage);

} // namespace kg::layout_detail
