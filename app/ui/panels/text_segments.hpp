// Draws wrapped text made of coloured runs (plain text and entity mentions) word by word, so
// the two entities of a link stand out inside the sentence. Returns the clicked entity, or -1.
#pragma once

#include "session/inspector_data.hpp"

#include <imgui.h>

#include <span>

namespace kg::app {

// `color_of(segment)` gives each run's colour (0 = default text colour).
std::int64_t draw_segments(const Document& doc, std::span<const TextSegment> segments,
                           ImU32 (*color_of)(const Corpus&, const TextSegment&),
                           const Corpus& corpus);

// Colour of an entity type (the legend's palette is the renderer's; this is the text tint).
ImU32 entity_type_text_color(EntityType t);

} // namespace kg::app
