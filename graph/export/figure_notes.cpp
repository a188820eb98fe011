// Callout layout: wrap at word boundaries, measure, box, leader.
#include "export/figure_notes.hpp"

#include <algorithm>
#include <cmath>

namespace kg {
namespace {

// Splits at newlines, then wraps each paragraph at spaces so no line passes kNoteWrapChars
// (a longer word stays whole on its own line).
std::vector<std::string> wrap(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t nl = std::min(text.find('\n', start), text.size());
        std::string_view para = text.substr(start, nl - start);
        std::string line;
        while (!para.empty()) {
            const std::size_t sp = para.find(' ');
            const std::string_view word = para.substr(0, sp);
            if (!line.empty() && line.size() + 1 + word.size() > kNoteWrapChars) {
                lines.push_back(std::move(line));
                line.clear();
            }
            if (!line.empty()) line += ' ';
            line += word;
            para = sp == std::string_view::npos ? std::string_view() : para.substr(sp + 1);
        }
        lines.push_back(std::move(line));
        start = nl + 1;
    }
    while (lines.size() > 1 && lines.back().empty()) lines.pop_back();
    return lines;
}

} // namespace

NoteLayout layout_note(Vec2 anchor, float anchor_radius, Vec2 offset, std::string_view text,
                       float font_px, const TextMeasure& measure) {
    NoteLayout n;
    n.lines = wrap(text);
    n.line_px = font_px * 1.25f;
    const float pad = font_px * 0.5f;
    float width = 0.0f;
    for (const std::string& l : n.lines)
        width = std::max(width, measure ? measure(l, font_px) : estimate_text_width(l, font_px));
    const Vec2 at{anchor.x + offset.x, anchor.y + offset.y};
    n.box = {at.x, at.y, at.x + width + 2 * pad,
             at.y + n.line_px * float(n.lines.size()) + 2 * pad};
    n.text_pos = {at.x + pad, at.y + pad + (n.line_px - font_px) * 0.5f};
    const Vec2 near{std::clamp(anchor.x, n.box.x0, n.box.x1),
                    std::clamp(anchor.y, n.box.y0, n.box.y1)};
    const Vec2 d{near.x - anchor.x, near.y - anchor.y};
    const float len = std::hypot(d.x, d.y);
    const float start = anchor_radius + 2.0f;
    n.leader = len > start;
    if (n.leader) {
        n.lead_from = {anchor.x + d.x * start / len, anchor.y + d.y * start / len};
        n.lead_to = near;
    }
    return n;
}

NoteColors note_colors(const Theme& t) {
    // A pale card on the canvas colour, so a callout reads as the analyst's, not as data.
    return {mix(t.background, Rgba{255, 236, 160, 255}, 0.55f), mix(t.text, t.background, 0.35f),
            t.text};
}

} // namespace kg
