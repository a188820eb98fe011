// Briefing callouts: a few lines of text in a small box, a set distance from their anchor (a
// node or a point), tied to it by a leader line. One layout for the canvas and the figures, so
// the callout the analyst placed is the one the PNG and the SVG draw.
#pragma once

#include "export/figure_frame.hpp"
#include "view/box_grid.hpp"
#include "view/theme.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kg {

// A callout's text size in canvas pixels (figures scale it with their frame).
inline constexpr float kNoteFontPx = 13.0f;

// The longest line a callout keeps before it wraps (characters; words are not split).
inline constexpr std::size_t kNoteWrapChars = 40;

struct NoteLayout {
    ScreenBox box{0, 0, 0, 0};
    std::vector<std::string> lines; // wrapped text, one entry per drawn line
    Vec2 text_pos;                  // top-left of the first line's text
    float line_px = 0.0f;           // top of one line to the next
    bool leader = false;            // false when the box covers its anchor
    Vec2 lead_from, lead_to;        // anchor's edge to the box's nearest point
};

// The callout with `text` at `font_px` whose box's top-left is `offset` pixels from `anchor`
// (screen pixels, the anchor drawn `anchor_radius` round). `measure` empty: estimated widths.
NoteLayout layout_note(Vec2 anchor, float anchor_radius, Vec2 offset, std::string_view text,
                       float font_px, const TextMeasure& measure = {});

// A callout in a figure: its layout and the entity it is pinned to ("" for a point).
struct FigureNote {
    NoteLayout layout;
    std::string entity;
    float font_px = 13.0f;
};

// A callout's paint in `theme`: the box's fill and outline (also the leader's) and the text.
struct NoteColors {
    Rgba fill, line, text;
};
NoteColors note_colors(const Theme& theme);

} // namespace kg
