// How much of a big corpus is shown: "Showing N of M entities, K of L links" and the prominence
// budget's controls (show more, show fewer, show all, back to the most prominent).
#pragma once

#include "ui/panels/panel_context.hpp"

#include <string>

namespace kg::app {

// Above this many links "Show all" asks first: drawing them is slow and reads as a hairball.
inline constexpr std::size_t kShowAllAsksLinks = 20000;

// "Showing 150 of 1,018 entities, 612 of 76,667 links".
std::string showing_text(const Corpus& corpus, const FilterResult& filter);

// The filter "Show more" asks for: twice the budget, its weight floor found again; no budget
// once it would cover every entity.
FilterSpec show_more(const Corpus& corpus, const KnowledgeGraph& graph, const FilterSpec& spec);
// Half the budget (at least 10 entities), its weight floor found again.
FilterSpec show_fewer(const Corpus& corpus, const KnowledgeGraph& graph, const FilterSpec& spec);

// The counts line, and on a big corpus the budget's buttons; pushes SetFilter.
void draw_prominence_controls(const PanelContext& ctx, const UiState& ui, ActionQueue& actions);

} // namespace kg::app
