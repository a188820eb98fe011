// SVG text generation. Shapes use the legend's proportions (node.frag's shapes at any size).
#include "export/svg_writer.hpp"

#include "view/node_shape.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kg {
namespace {

// ImGui, which draws the PNG, sizes a font by its line height (ascent + descent); SVG by its em.
// DejaVu Sans's line is 2384/2048 em, so the SVG's font-size is the figure's pixel size times
// this: the text then has the width the PNG measured (before, SVG text came out 16 % larger and
// overran the label and legend boxes made for it).
constexpr float kEmPerLineHeight = 2048.0f / 2384.0f;

// Appends printf-formatted text (numbers with one decimal keep files small and exact enough).
template <typename... Args> void put(std::string& out, const char* fmt, Args... args) {
    char buf[512];
    // Every caller passes a literal; the template only forwards it.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    const int n = std::snprintf(buf, sizeof buf, fmt, args...);
#pragma GCC diagnostic pop
    if (n > 0) out.append(buf, std::size_t(std::min(n, int(sizeof buf) - 1)));
}

std::string color(Rgba c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
    return buf;
}

// `inside` is a ring's opaque hole colour (node.frag mixes the fill into the background there).
void shape(std::string& out, NodeShape s, Vec2 c, float r, const std::string& fill,
           const std::string& inside, const std::string& stroke, float stroke_w,
           const std::string& attrs) {
    switch (s) {
    case NodeShape::Circle:
        put(out,
            "<circle%s cx=\"%.1f\" cy=\"%.1f\" r=\"%.2f\" fill=\"%s\" stroke=\"%s\" "
            "stroke-width=\"%.2f\"/>\n",
            attrs.c_str(), c.x, c.y, r, fill.c_str(), stroke.c_str(), stroke_w);
        break;
    case NodeShape::RoundedSquare: {
        const float h = r * 0.86f;
        put(out,
            "<rect%s x=\"%.1f\" y=\"%.1f\" width=\"%.2f\" height=\"%.2f\" rx=\"%.2f\" fill=\"%s\" "
            "stroke=\"%s\" stroke-width=\"%.2f\"/>\n",
            attrs.c_str(), c.x - h, c.y - h, 2 * h, 2 * h, r * 0.3f, fill.c_str(), stroke.c_str(),
            stroke_w);
        break;
    }
    case NodeShape::Diamond: {
        const float d = r * 1.1f;
        put(out,
            "<path%s d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fZ\" fill=\"%s\" stroke=\"%s\" "
            "stroke-width=\"%.2f\"/>\n",
            attrs.c_str(), c.x, c.y - d, c.x + d, c.y, c.x, c.y + d, c.x - d, c.y, fill.c_str(),
            stroke.c_str(), stroke_w);
        break;
    }
    case NodeShape::Hexagon: {
        const float h = r * 1.03f;
        out += "<path" + attrs + " d=\"";
        for (int k = 0; k < 6; ++k) {
            const float a = float(k) * 3.14159265f / 3.0f;
            put(out, "%c%.1f %.1f", k ? 'L' : 'M', c.x + h * std::cos(a), c.y + h * std::sin(a));
        }
        put(out, "Z\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%.2f\"/>\n", fill.c_str(),
            stroke.c_str(), stroke_w);
        break;
    }
    case NodeShape::Ring: {
        // node.frag's ring: a coloured band from 0.66 r out to where the node's outline starts,
        // round an opaque tinted hole. A translucent hole let the links show through the
        // person, and a band reaching r drew it thicker than the PNG.
        const float outline =
            stroke_w > 0.0f ? std::min(std::clamp(r * 0.16f, 0.0f, 1.6f), r * 0.45f) : 0.0f;
        const float inner = r * 0.66f, outer = std::max(inner, r - outline);
        put(out,
            "<circle%s cx=\"%.1f\" cy=\"%.1f\" r=\"%.2f\" fill=\"%s\" stroke=\"%s\" "
            "stroke-width=\"%.2f\"/>\n",
            attrs.c_str(), c.x, c.y, (inner + outer) / 2, inside.c_str(), fill.c_str(),
            outer - inner);
        break;
    }
    }
}

void text(std::string& out, const FrameText& t, const std::string& fill) {
    put(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\"%s fill=\"%s\">", t.pos.x,
        t.pos.y + t.font_px * 0.8f, t.font_px * kEmPerLineHeight,
        t.bold ? " font-weight=\"bold\"" : "", fill.c_str());
    out += xml_escape(t.text);
    out += "</text>\n";
}

void legend(std::string& out, const FigureFrame& f, const Theme& t) {
    if (f.legend_box.empty()) return;
    const Vec2 a = f.legend_box.min, b = f.legend_box.max;
    out += "<g class=\"legend\">\n";
    put(out,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\" fill=\"%s\" "
        "fill-opacity=\"0.92\" stroke=\"%s\"/>\n",
        a.x, a.y, b.x - a.x, b.y - a.y, 6.0f * f.scale, color(t.background).c_str(),
        color(mix(t.background, t.text, 0.25f)).c_str());
    const float sw = f.legend_swatch_px, row = f.legend_row_px;
    const std::string muted = color(mix(t.text, t.background, 0.35f));
    for (std::size_t i = 0; i < f.legend.size(); ++i) {
        const LegendRow& r = f.legend[i];
        const Vec2 p = f.legend_row_pos[i];
        const float yc = p.y + row * 0.5f;
        const std::string c = color(r.color);
        switch (r.kind) {
        case LegendRow::Kind::Heading:
        case LegendRow::Kind::Note:
            break;
        case LegendRow::Kind::Shape:
            shape(out, r.shape, {p.x + sw * 0.5f, yc}, 6.5f * f.scale, c, color(t.background),
                  "none", 0.0f, "");
            break;
        case LegendRow::Kind::Line:
            put(out,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                "stroke-width=\"%.1f\"/>\n",
                p.x, yc, p.x + sw, yc, c.c_str(), 3.0f * f.scale);
            break;
        case LegendRow::Kind::Dashed:
            put(out,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                "stroke-width=\"%.1f\" stroke-dasharray=\"%.1f %.1f\"/>\n",
                p.x, yc, p.x + sw, yc, c.c_str(), 2.0f * f.scale, 6.0f * f.scale, 4.0f * f.scale);
            break;
        }
        const bool plain = r.kind == LegendRow::Kind::Heading || r.kind == LegendRow::Kind::Note;
        const float x = r.kind == LegendRow::Kind::Heading ? p.x
                        : plain                            ? p.x + 6.0f * f.scale
                                                           : p.x + sw + 6.0f * f.scale;
        put(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" fill=\"%s\"%s>", x,
            yc + f.legend_font_px * 0.35f, f.legend_font_px * kEmPerLineHeight,
            r.kind == LegendRow::Kind::Heading ? muted.c_str() : color(t.text).c_str(),
            r.kind == LegendRow::Kind::Heading ? " font-weight=\"bold\"" : "");
        out += xml_escape(r.label);
        out += "</text>\n";
    }
    out += "</g>\n";
}

// Callouts: leader, card, lines of text (class "note", data-entity where pinned to one).
void notes(std::string& out, std::span<const FigureNote> notes, const Theme& t) {
    if (notes.empty()) return;
    const NoteColors c = note_colors(t);
    out += "<g class=\"notes\">\n";
    for (const FigureNote& n : notes) {
        const NoteLayout& l = n.layout;
        const std::string id =
            n.entity.empty() ? "" : " data-entity=\"" + xml_escape(n.entity) + "\"";
        put(out, "<g class=\"note\"%s>\n", id.c_str());
        const float stroke = std::max(1.0f, n.font_px * 0.08f);
        if (l.leader)
            put(out,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                "stroke-width=\"%.2f\"/>\n",
                l.lead_from.x, l.lead_from.y, l.lead_to.x, l.lead_to.y, color(c.line).c_str(),
                stroke);
        put(out,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\" fill=\"%s\" "
            "stroke=\"%s\" stroke-width=\"%.2f\"/>\n",
            l.box.x0, l.box.y0, l.box.x1 - l.box.x0, l.box.y1 - l.box.y0, n.font_px * 0.3f,
            color(c.fill).c_str(), color(c.line).c_str(), stroke);
        for (std::size_t i = 0; i < l.lines.size(); ++i) {
            const float top = l.text_pos.y + l.line_px * float(i);
            put(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" fill=\"%s\">", l.text_pos.x,
                top + n.font_px * 0.8f, n.font_px * kEmPerLineHeight, color(c.text).c_str());
            out += xml_escape(l.lines[i]);
            out += "</text>\n";
        }
        out += "</g>\n";
    }
    out += "</g>\n";
}

} // namespace

std::string xml_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    for (char ch : s) {
        switch (ch) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        default:
            // XML 1.0 allows only tab, LF and CR below 0x20.
            if (static_cast<unsigned char>(ch) < 0x20 && ch != '\t' && ch != '\n' && ch != '\r')
                out += ' ';
            else
                out += ch;
        }
    }
    return out;
}

std::string write_svg(const SvgInput& in) {
    const Theme& t = in.theme ? *in.theme : theme(ThemeId::Light);
    const Camera& cam = in.camera;
    const Vec2 vp = cam.viewport;
    std::string out;
    const std::size_t n_nodes = in.scene ? in.scene->nodes.size() : 0;
    const std::size_t n_edges = in.scene ? in.scene->edges.size() : 0;
    out.reserve(4096 + n_nodes * 200 + n_edges * 140);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    put(out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%d\" height=\"%d\" "
        "viewBox=\"0 0 %d %d\"",
        int(vp.x), int(vp.y), int(vp.x), int(vp.y));
    out += " font-family=\"" + xml_escape(kFigureFontFamily) + "\">\n";
    if (in.frame && !in.frame->header.empty())
        out += "<title>" + xml_escape(in.frame->header.front().text) + "</title>\n";
    if (!in.transparent)
        put(out, "<rect class=\"background\" width=\"100%%\" height=\"100%%\" fill=\"%s\"/>\n",
            color(t.background).c_str());

    if (in.scene) {
        const RenderScene& sc = *in.scene;
        out += "<g class=\"links\" stroke-linecap=\"round\">\n";
        for (std::size_t i = 0; i < sc.edges.size(); ++i) {
            const EdgeInstance& e = sc.edges[i];
            const Vec2 a = cam.world_to_screen(e.a), b = cam.world_to_screen(e.b);
            put(out,
                "<line class=\"link\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                "stroke=\"%s\" stroke-width=\"%.2f\"",
                a.x, a.y, b.x, b.y, color(Rgba::unpack(e.color)).c_str(), e.width_px);
            if (e.flags & kEdgeDashed)
                put(out, " stroke-dasharray=\"%.1f %.1f\"", 4.0f + 2.0f * e.width_px,
                    3.0f + e.width_px);
            if (in.corpus && i < sc.edge_link.size() && sc.edge_link[i] < in.corpus->links.size()) {
                const Link& l = in.corpus->links[sc.edge_link[i]];
                out += " data-link=\"" + xml_escape(in.corpus->entities[l.source].id) + "--" +
                       xml_escape(in.corpus->entities[l.target].id) + "\" data-kind=\"";
                out += to_id(l.kind);
                out += "\"";
            }
            out += "/>\n";
        }
        out += "</g>\n<g class=\"nodes\">\n";
        std::string attrs;
        for (std::size_t i = 0; i < sc.nodes.size(); ++i) {
            const NodeInstance& nd = sc.nodes[i];
            const float r = drawn_radius(nd.radius, cam.zoom) * cam.zoom;
            attrs = " class=\"node\"";
            if (in.corpus && i < sc.node_entity.size() &&
                sc.node_entity[i] < in.corpus->entities.size())
                attrs += " data-entity=\"" + xml_escape(in.corpus->entities[sc.node_entity[i]].id) +
                         "\"";
            const float stroke_w = (nd.flags & kNodeSelected) ? 2.5f : 1.0f;
            const Rgba outline =
                (nd.flags & kNodeSelected) ? t.selection : Rgba::unpack(nd.outline);
            const Rgba fill = Rgba::unpack(nd.fill);
            shape(out, NodeShape(nd.shape), cam.world_to_screen(nd.pos), r, color(fill),
                  color(mix(fill, t.background, 0.72f)), color(outline), stroke_w, attrs);
        }
        out += "</g>\n";

        // Leader lines under the labels they point to, each on a casing of the background
        // colour: a thin grey line alone was lost among the links it crosses, and a label
        // set apart looked like the label of the nearest node.
        if (!in.leaders.empty()) {
            const LeaderLook look = leader_look(t, in.label_font_px);
            put(out,
                "<g class=\"label-leader-casing\" stroke=\"%s\" stroke-width=\"%.2f\" "
                "stroke-linecap=\"round\">\n",
                color(look.casing).c_str(), look.casing_width);
            for (const LabelLeader& l : in.leaders)
                put(out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", l.from.x,
                    l.from.y, l.to.x, l.to.y);
            out += "</g>\n";
            put(out, "<g class=\"label-leaders\" stroke=\"%s\" stroke-width=\"%.2f\">\n",
                color(look.line).c_str(), look.width);
            for (const LabelLeader& l : in.leaders) {
                put(out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"", l.from.x,
                    l.from.y, l.to.x, l.to.y);
                if (in.corpus && l.label < in.labels.size() &&
                    in.labels[l.label].node < sc.node_entity.size())
                    out += " data-entity=\"" +
                           xml_escape(
                               in.corpus->entities[sc.node_entity[in.labels[l.label].node]].id) +
                           "\"";
                out += "/>\n";
            }
            out += "</g>\n";
        }

        // Labels: each written twice, a stroked halo copy under the filled text, as the GL label
        // renderer draws them. Not paint-order="stroke" (SVG 2): renderers without it (CairoSVG)
        // paint the halo over the glyphs.
        std::string labels;
        for (const PlacedLabel& l : in.labels) {
            if (!in.corpus || l.node >= sc.node_entity.size()) continue;
            const EntityIndex e = sc.node_entity[l.node];
            if (e >= in.corpus->entities.size()) continue;
            const Entity& entity = in.corpus->entities[e];
            const LabelLines lines = drawn_label_lines(entity, l.form);
            const std::string id = " data-entity=\"" + xml_escape(entity.id) + "\"";
            if (lines.second.empty()) {
                put(labels, "<text%s x=\"%.1f\" y=\"%.1f\">", id.c_str(), l.pos.x,
                    l.pos.y + l.size.y * 0.5f + in.label_font_px * 0.35f);
                labels += xml_escape(lines.first);
            } else {
                // Two lines, each centred in the box as the GL labels draw them; the space
                // between the tspans keeps the text "Henry Kissinger" for search and copy.
                const float cx = l.pos.x + l.size.x * 0.5f, line_h = l.size.y * 0.5f;
                put(labels, "<text%s text-anchor=\"middle\"><tspan x=\"%.1f\" y=\"%.1f\">",
                    id.c_str(), cx, l.pos.y + line_h * 0.5f + in.label_font_px * 0.35f);
                labels += xml_escape(lines.first);
                put(labels, "</tspan> <tspan x=\"%.1f\" y=\"%.1f\">", cx,
                    l.pos.y + line_h * 1.5f + in.label_font_px * 0.35f);
                labels += xml_escape(lines.second);
                labels += "</tspan>";
            }
            labels += "</text>\n";
        }
        put(out,
            "<g class=\"label-halos\" font-size=\"%.1f\" fill=\"%s\" stroke=\"%s\" "
            "stroke-width=\"%.1f\" stroke-linejoin=\"round\">\n",
            in.label_font_px * kEmPerLineHeight, color(t.text_halo).c_str(),
            color(t.text_halo).c_str(), in.label_font_px * 0.22f);
        out += labels;
        put(out, "</g>\n<g class=\"labels\" font-size=\"%.1f\" fill=\"%s\">\n",
            in.label_font_px * kEmPerLineHeight, color(t.text).c_str());
        // The visible copy carries class="label" (one per label, as tests and scripts count them).
        for (std::size_t at = labels.find("<text "); at != std::string::npos;
             at = labels.find("<text ", at + 1))
            labels.insert(at + 5, " class=\"label\"");
        out += labels;
        out += "</g>\n";
    }
    notes(out, in.notes, t);

    if (in.frame) {
        const FigureFrame& f = *in.frame;
        out += "<g class=\"header\">\n";
        const std::string text_c = color(t.text), muted = color(mix(t.text, t.background, 0.3f));
        for (std::size_t i = 0; i < f.header.size(); ++i)
            text(out, f.header[i], i == 0 ? text_c : muted);
        out += "</g>\n";
        legend(out, f, t);
        out += "<g class=\"sources\">\n";
        for (const FrameText& line : f.footnote) text(out, line, muted);
        out += "</g>\n";
    }
    out += "</svg>\n";
    return out;
}

} // namespace kg
