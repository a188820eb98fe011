// The figure frame (title, subtitle, "as of" line, legend, sources footnote) drawn with ImGui
// primitives from the core's FigureFrame: the same boxes the SVG writer draws, so PNG and SVG
// carry the same frame.
#pragma once

#include "export/figure_frame.hpp"
#include "export/figure_labels.hpp"
#include "export/figure_notes.hpp"
#include "view/theme.hpp"

#include <imgui.h>

#include <cmath>
#include <span>

namespace kg::app {

// The fonts of one figure, made at its scale (FigureRenderer owns the atlas).
struct FigureFonts {
    ImFont* label = nullptr;    // node labels
    ImFont* title = nullptr;    // 30 px at scale 1
    ImFont* subtitle = nullptr; // 19 px
    ImFont* small = nullptr;    // 13 px: "as of", legend, footnote

    // The font whose baked size is closest to `px` (text drawn at px scales it slightly).
    const ImFont& nearest(float px) const {
        const ImFont* best = small;
        for (const ImFont* f : {label, title, subtitle, small})
            if (f && std::abs(f->FontSize - px) < std::abs(best->FontSize - px)) best = f;
        return *best;
    }
};

// Draws `frame` into `list` (figure pixels). The list's texture must be the fonts' atlas.
void draw_figure_frame(ImDrawList& list, const FigureFrame& frame, const Theme& theme,
                       const FigureFonts& fonts);

// Draws the lines that tie labels set apart to their nodes, as the SVG writer does.
void draw_label_leaders(ImDrawList& list, std::span<const LabelLeader> leaders, const Theme& theme,
                        float label_font_px);

// Draws one callout (leader, card, text) in `font` at `font_px`, as the SVG writer does.
void draw_note(ImDrawList& list, const NoteLayout& note, const NoteColors& colors,
               const ImFont& font, float font_px);

// Draws the figure's callouts.
void draw_figure_notes(ImDrawList& list, std::span<const FigureNote> notes, const Theme& theme,
                       const FigureFonts& fonts);

} // namespace kg::app
