// The tooltip for what the pointer is over: an entity (name, type, mentions) or a link
// (ends, kind, sentences and documents: the evidence strength).
#pragma once

#include "filter/filter.hpp"
#include "model/corpus.hpp"
#include "view/render_scene.hpp"

namespace kg::app {

// `filter` (may be null) gives a link's passages and documents as the filters leave them.
void draw_hover_tooltip(const Corpus& corpus, const FilterResult* filter, const RenderScene& scene,
                        const HoverTarget& hover);

} // namespace kg::app
