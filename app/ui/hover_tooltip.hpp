// The tooltip for what the pointer is over: an entity (name, type, mentions) or a link
// (ends, kind, sentences and documents: the evidence strength).
#pragma once

#include "model/corpus.hpp"
#include "view/render_scene.hpp"

namespace kg::app {

void draw_hover_tooltip(const Corpus& corpus, const RenderScene& scene, const HoverTarget& hover);

} // namespace kg::app
