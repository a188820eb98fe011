// Frame drawing: header lines, legend box with swatches (legend.cpp's shapes), footnote lines.
#include "gl/export_frame_draw.hpp"

#include "gl/legend.hpp"

#include <algorithm>

namespace kg::app {
namespace {

ImU32 to_imgui(Rgba c, float alpha = 1.0f) {
    return IM_COL32(c.r, c.g, c.b, int(float(c.a) * alpha));
}

void text(ImDrawList& l, const FigureFonts& fonts, const FrameText& t, ImU32 colour) {
    const ImFont& f = fonts.nearest(t.font_px);
    l.AddText(&f, t.font_px, {t.pos.x, t.pos.y}, colour, t.text.data(),
              t.text.data() + t.text.size());
}

} // namespace

void draw_figure_frame(ImDrawList& l, const FigureFrame& f, const Theme& t,
                       const FigureFonts& fonts) {
    const ImU32 text_c = to_imgui(t.text), muted = to_imgui(mix(t.text, t.background, 0.3f));
    for (std::size_t i = 0; i < f.header.size(); ++i) {
        FrameText line = f.header[i];
        // The SVG puts the baseline at 0.8 em; ImGui draws from the line top (ascent ~0.76 em).
        line.pos.y += line.font_px * 0.04f;
        text(l, fonts, line, i == 0 ? text_c : muted);
        if (line.bold) // faux bold: DejaVu Sans Bold is not in the atlas
            l.AddText(&fonts.nearest(line.font_px), line.font_px,
                      {line.pos.x + std::max(1.0f, line.font_px / 28.0f), line.pos.y},
                      i == 0 ? text_c : muted, line.text.data(),
                      line.text.data() + line.text.size());
    }
    if (!f.legend_box.empty()) {
        const ImVec2 a{f.legend_box.min.x, f.legend_box.min.y},
            b{f.legend_box.max.x, f.legend_box.max.y};
        const float round = 6.0f * f.scale;
        l.AddRectFilled(a, b, to_imgui(t.background, 0.92f), round);
        l.AddRect(a, b, to_imgui(mix(t.background, t.text, 0.25f)), round, 0,
                  std::max(1.0f, f.scale));
        const float sw = f.legend_swatch_px, row = f.legend_row_px, fs = f.legend_font_px;
        const ImU32 heading_c = to_imgui(mix(t.text, t.background, 0.35f));
        const ImFont& font = fonts.nearest(fs);
        for (std::size_t i = 0; i < f.legend.size() && i < f.legend_row_pos.size(); ++i) {
            const LegendRow& r = f.legend[i];
            const Vec2 p = f.legend_row_pos[i];
            const float yc = p.y + row * 0.5f;
            const ImU32 c = to_imgui(r.color);
            switch (r.kind) {
            case LegendRow::Kind::Heading:
            case LegendRow::Kind::Note:
                break;
            case LegendRow::Kind::Shape:
                draw_legend_shape(l, r.shape, {p.x + sw * 0.5f, yc}, 6.5f * f.scale, c,
                                  to_imgui(t.background));
                break;
            case LegendRow::Kind::Line:
                l.AddLine({p.x, yc}, {p.x + sw, yc}, c, 3.0f * f.scale);
                break;
            case LegendRow::Kind::Dashed:
                for (float x = 0; x < sw; x += 10.0f * f.scale)
                    l.AddLine({p.x + x, yc}, {p.x + std::min(x + 6.0f * f.scale, sw), yc}, c,
                              2.0f * f.scale);
                break;
            }
            const bool plain =
                r.kind == LegendRow::Kind::Heading || r.kind == LegendRow::Kind::Note;
            const float x = r.kind == LegendRow::Kind::Heading ? p.x
                            : plain                            ? p.x + 6.0f * f.scale
                                                               : p.x + sw + 6.0f * f.scale;
            const ImU32 tc = r.kind == LegendRow::Kind::Heading ? heading_c : text_c;
            const float top = yc - fs * 0.5f;
            l.AddText(&font, fs, {x, top}, tc, r.label.data(), r.label.data() + r.label.size());
            if (r.kind == LegendRow::Kind::Heading)
                l.AddText(&font, fs, {x + std::max(1.0f, fs / 28.0f), top}, tc, r.label.data(),
                          r.label.data() + r.label.size());
        }
    }
    for (const FrameText& line : f.footnote) text(l, fonts, line, muted);
}

void draw_note(ImDrawList& l, const NoteLayout& nl, const NoteColors& c, const ImFont& font,
               float font_px) {
    const float stroke = std::max(1.0f, font_px * 0.08f);
    if (nl.leader)
        l.AddLine({nl.lead_from.x, nl.lead_from.y}, {nl.lead_to.x, nl.lead_to.y}, to_imgui(c.line),
                  stroke);
    const ImVec2 a{nl.box.x0, nl.box.y0}, b{nl.box.x1, nl.box.y1};
    l.AddRectFilled(a, b, to_imgui(c.fill), font_px * 0.3f);
    l.AddRect(a, b, to_imgui(c.line), font_px * 0.3f, 0, stroke);
    for (std::size_t i = 0; i < nl.lines.size(); ++i) {
        const std::string& s = nl.lines[i];
        l.AddText(&font, font_px, {nl.text_pos.x, nl.text_pos.y + nl.line_px * float(i)},
                  to_imgui(c.text), s.data(), s.data() + s.size());
    }
}

void draw_figure_notes(ImDrawList& l, std::span<const FigureNote> notes, const Theme& t,
                       const FigureFonts& fonts) {
    const NoteColors c = note_colors(t);
    for (const FigureNote& n : notes)
        draw_note(l, n.layout, c, fonts.nearest(n.font_px), n.font_px);
}

void draw_label_leaders(ImDrawList& l, std::span<const LabelLeader> leaders, const Theme& t,
                        float label_font_px) {
    const LeaderLook look = leader_look(t, label_font_px);
    for (const LabelLeader& leader : leaders) {
        // The casing's round caps, as the SVG's stroke-linecap.
        l.AddLine({leader.from.x, leader.from.y}, {leader.to.x, leader.to.y}, to_imgui(look.casing),
                  look.casing_width);
        l.AddCircleFilled({leader.from.x, leader.from.y}, look.casing_width / 2,
                          to_imgui(look.casing));
        l.AddCircleFilled({leader.to.x, leader.to.y}, look.casing_width / 2, to_imgui(look.casing));
    }
    for (const LabelLeader& leader : leaders)
        l.AddLine({leader.from.x, leader.from.y}, {leader.to.x, leader.to.y}, to_imgui(look.line),
                  look.width);
}

} // namespace kg::app
