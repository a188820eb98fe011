// What the empty canvas says when nothing usable loaded: why, and what to do next.
#pragma once

#include "common/diagnostics.hpp"
#include "model/corpus.hpp"

#include <filesystem>
#include <optional>
#include <span>
#include <string>

namespace kg::app {

struct CanvasNote {
    std::string why;   // "Nothing loaded: /data/news does not exist."
    std::string to_do; // "Check the path, or choose a folder with File > Open (Ctrl+O)."
};

// The note for a finished load of `inputs` into `corpus` with `problems`; nullopt when the
// graph has something to draw.
std::optional<CanvasNote> canvas_note(const Corpus& corpus,
                                      std::span<const std::filesystem::path> inputs,
                                      const Diagnostics& problems);

// Draws `note` centred on the canvas (the window right of `left`, window units), under every
// window, so the panels and menus stay usable.
void draw_canvas_note(const CanvasNote& note, float left);

} // namespace kg::app
