// Frame layout: text width estimates, sources behind the visible links, legend rows, boxes.
#include "export/figure_frame.hpp"

#include "common/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <set>

namespace kg {
namespace {

float measure_text(const TextMeasure& measure, std::string_view text, float font_px) {
    return measure ? measure(text, font_px) : estimate_text_width(text, font_px);
}

// Greedy word wrap of `text` into lines no wider than `width`.
std::vector<std::string> wrap(std::string_view text, float font_px, float width,
                              const TextMeasure& measure) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t j = text.find(' ', i);
        if (j == std::string_view::npos) j = text.size();
        const std::string_view word = text.substr(i, j - i);
        std::string trial = line.empty() ? std::string(word) : line + " " + std::string(word);
        if (!line.empty() && measure_text(measure, trial, font_px) > width) {
            lines.push_back(std::move(line));
            line = std::string(word);
        } else {
            line = std::move(trial);
        }
        i = j + 1;
    }
    if (!line.empty()) lines.push_back(std::move(line));
    return lines;
}

} // namespace

float figure_scale(Vec2 vp) {
    return std::clamp(std::min(vp.y / kDefaultFigureViewport.y, vp.x / kDefaultFigureViewport.x),
                      0.5f, 8.0f);
}

float estimate_text_width(std::string_view text, float font_px) {
    float em = 0.0f;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        i += decode_utf8(text, i, cp);
        em += is_wide_cp(cp) ? 1.0f : 0.56f;
    }
    return em * font_px;
}

std::vector<LabelBoxes> estimate_label_sizes(const Corpus& corpus, float font_px) {
    return label_boxes(corpus, [font_px](std::string_view line) {
        return Vec2{estimate_text_width(line, font_px), font_px * 1.2f};
    });
}

std::vector<DocIndex> sources_behind(const Corpus& corpus, const RenderScene& scene) {
    std::vector<std::uint8_t> used(corpus.documents.size(), 0);
    for (std::size_t i = 0; i < scene.edges.size() && i < scene.edge_link.size(); ++i) {
        if (scene.edges[i].flags & kEdgeDimmed) continue;
        const std::uint32_t li = scene.edge_link[i];
        if (li >= corpus.links.size()) continue;
        for (const Evidence& ev : corpus.links[li].evidence)
            if (ev.doc < used.size()) used[ev.doc] = 1;
    }
    std::vector<DocIndex> docs;
    for (DocIndex d = 0; d < used.size(); ++d)
        if (used[d]) docs.push_back(d);
    std::stable_sort(docs.begin(), docs.end(), [&](DocIndex a, DocIndex b) {
        const Document& x = corpus.documents[a];
        const Document& y = corpus.documents[b];
        if (x.date != y.date) return x.date > y.date;
        return x.title < y.title;
    });
    return docs;
}

std::string newest_date(const Corpus& corpus, const std::vector<DocIndex>& docs) {
    std::string best;
    for (DocIndex d : docs)
        if (d < corpus.documents.size()) best = std::max(best, corpus.documents[d].date);
    return best;
}

std::string format_date(std::string_view iso) {
    static constexpr std::array<const char*, 12> kMonths = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    auto num = [&](std::size_t at, std::size_t n) {
        int v = 0;
        for (std::size_t k = at; k < at + n; ++k) {
            if (k >= iso.size() || iso[k] < '0' || iso[k] > '9') return -1;
            v = v * 10 + (iso[k] - '0');
        }
        return v;
    };
    const int year = num(0, 4);
    if (year < 0) return std::string(iso);
    const int month = iso.size() >= 7 ? num(5, 2) : -1;
    if (month < 1 || month > 12) return std::string(iso.substr(0, 4));
    const int day = iso.size() >= 10 ? num(8, 2) : -1;
    char buf[64];
    if (day >= 1 && day <= 31)
        std::snprintf(buf, sizeof buf, "%d %s %d", day, kMonths[std::size_t(month - 1)], year);
    else
        std::snprintf(buf, sizeof buf, "%s %d", kMonths[std::size_t(month - 1)], year);
    return buf;
}

std::string with_thousands(std::size_t n) {
    std::string digits = std::to_string(n);
    for (std::size_t i = digits.size(); i > 3; i -= 3) digits.insert(i - 3, 1, ',');
    return digits;
}

std::string source_entry(const Document& doc) {
    std::string s = doc.title.empty() ? doc.path : doc.title;
    std::string by = doc.source;
    if (by.empty() && !doc.authors.empty()) {
        by = doc.authors.front();
        if (doc.authors.size() > 1) by += " et al.";
    }
    if (!by.empty()) s += " \xE2\x80\x94 " + by; // em dash
    if (!doc.date.empty()) s += ", " + doc.date;
    return s;
}

namespace {

std::optional<int> year_of(std::string_view iso) {
    if (iso.size() < 4 ||
        !std::all_of(iso.begin(), iso.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::stoi(std::string(iso.substr(0, 4)));
}

} // namespace

std::string sources_summary(const Corpus& corpus, const std::vector<DocIndex>& docs) {
    std::set<std::string_view> outlets;
    std::optional<int> first, last;
    for (DocIndex d : docs) {
        const Document& doc = corpus.documents[d];
        if (!doc.source.empty()) outlets.insert(doc.source);
        if (const auto year = year_of(doc.date)) {
            first = std::min(first.value_or(*year), *year);
            last = std::max(last.value_or(*year), *year);
        }
    }
    std::string s = with_thousands(docs.size()) + (docs.size() == 1 ? " article" : " articles");
    if (!outlets.empty())
        s += " from " + with_thousands(outlets.size()) +
             (outlets.size() == 1 ? " outlet" : " outlets");
    if (first) {
        s += ", " + std::to_string(*first);
        if (*last != *first) s += "\xE2\x80\x93" + std::to_string(*last); // en dash
    }
    return s;
}

std::vector<LegendRow> legend_rows(const Theme& t, ColorMode mode,
                                   const std::vector<std::string>& filters,
                                   const LegendContent* drawn) {
    std::vector<LegendRow> rows;
    rows.push_back({LegendRow::Kind::Heading, "Entities", t.text, NodeShape::Circle});
    const Rgba neutral = mix(t.text, t.background, 0.45f);
    for (std::size_t i = 0; i < kEntityTypeCount; ++i)
        if (!drawn || drawn->types[i])
            rows.push_back({LegendRow::Kind::Shape, std::string(label(EntityType(i))),
                            mode == ColorMode::ByType ? t.entity[i] : neutral,
                            shape_for(EntityType(i))});
    if (mode == ColorMode::ByRegion) {
        rows.push_back({LegendRow::Kind::Heading, "Regions", t.text, NodeShape::Circle});
        for (std::size_t i = 0; i < kRegionCount; ++i)
            if (!drawn || drawn->regions[i])
                rows.push_back({LegendRow::Kind::Shape, std::string(label(Region(i))), t.region[i],
                                NodeShape::Circle});
    }
    // The knowledge-base kinds share one row: it stays when any of them is drawn.
    auto kind_drawn = [&](LinkKind k) {
        if (!drawn) return true;
        for (std::size_t i = 0; i < kLinkKindCount; ++i)
            if (drawn->kinds[i] && legend_label(LinkKind(i)) == legend_label(k)) return true;
        return false;
    };
    rows.push_back({LegendRow::Kind::Heading, "Links", t.text, NodeShape::Circle});
    for (LinkKind k : kLegendLinkKinds)
        if (kind_drawn(k))
            rows.push_back({LegendRow::Kind::Line, std::string(legend_label(k)),
                            t.link[std::size_t(k)], NodeShape::Circle});
    if (!drawn || drawn->dashed)
        rows.push_back({LegendRow::Kind::Dashed, "Single source (dashed)",
                        mix(t.text, t.background, 0.35f), NodeShape::Circle});
    if (!filters.empty()) {
        rows.push_back({LegendRow::Kind::Heading, "Filters", t.text, NodeShape::Circle});
        for (const std::string& f : filters)
            rows.push_back({LegendRow::Kind::Note, f, t.text, NodeShape::Circle});
    }
    return rows;
}

FigureFrame layout_figure_frame(const FigureInput& in) {
    FigureFrame f;
    const Vec2 vp = in.viewport;
    f.scale = figure_scale(vp);
    const float s = f.scale;
    f.margin = 24.0f * s;
    const float m = f.margin;

    // Header: title, subtitle, as-of line, stacked from the top-left.
    float y = m;
    auto add_header = [&](const std::string& text, float px, bool bold) {
        if (text.empty()) return;
        f.header.push_back({text, {m, y}, px, bold});
        y += px * 1.3f;
    };
    add_header(in.title, 30.0f * s, true);
    add_header(in.subtitle, 19.0f * s, false);
    add_header(in.as_of, 14.0f * s, false);
    const float header_bottom = f.header.empty() ? m : y + 8.0f * s;

    // Footnote: "Sources: a; b; c" wrapped to the width, capped, from the bottom up.
    const float foot_px = 12.0f * s;
    std::vector<std::string> lines;
    if (!in.sources.empty()) {
        const std::size_t cap = std::max<std::size_t>(in.max_footnote_lines, 1);
        const float width = vp.x - 2 * m;
        auto text_of = [&](std::size_t kept) {
            std::string t = "Sources: ";
            for (std::size_t i = 0; i < kept; ++i) t += (i ? "; " : "") + in.sources[i];
            if (kept < in.sources.size())
                t += (kept ? "; and " : "") + std::to_string(in.sources.size() - kept) + " more";
            return t + ".";
        };
        // The most entries (and the "and N more" tail) that fit in `cap` lines.
        std::size_t kept = 0;
        // Start from what the total width allows, so long lists stay cheap.
        for (float used = 0.0f; kept < in.sources.size(); ++kept) {
            used += measure_text(in.measure, in.sources[kept], foot_px) + foot_px;
            if (used > width * float(cap)) break;
        }
        while (kept > 0 && wrap(text_of(kept), foot_px, width, in.measure).size() > cap) --kept;
        lines = wrap(text_of(kept), foot_px, width, in.measure);
    }
    const float line_h = foot_px * 1.35f;
    const float foot_top = vp.y - m - line_h * float(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
        f.footnote.push_back({lines[i], {m, foot_top + line_h * float(i)}, foot_px, false});
    const float plot_bottom = lines.empty() ? vp.y - m : foot_top - 10.0f * s;

    // Legend: a right-hand column under the header.
    float plot_right = vp.x - m;
    if (!in.legend.empty()) {
        f.legend = in.legend;
        f.legend_row_px = 20.0f * s;
        f.legend_font_px = 13.0f * s;
        f.legend_swatch_px = 26.0f * s;
        const float pad = 10.0f * s;
        float text_w = 0.0f;
        for (const LegendRow& r : f.legend)
            text_w = std::max(text_w, measure_text(in.measure, r.label, f.legend_font_px));
        const float w = pad * 2 + f.legend_swatch_px + 6.0f * s + text_w;
        const float h = pad * 2 + f.legend_row_px * float(f.legend.size());
        f.legend_box.min = {vp.x - m - w, header_bottom};
        f.legend_box.max = {vp.x - m, header_bottom + h};
        for (std::size_t i = 0; i < f.legend.size(); ++i)
            f.legend_row_pos.push_back(
                {f.legend_box.min.x + pad, f.legend_box.min.y + pad + f.legend_row_px * float(i)});
        plot_right = f.legend_box.min.x - 16.0f * s;
    }
    f.plot.min = {m, header_bottom};
    f.plot.max = {std::max(plot_right, m + 1.0f), std::max(plot_bottom, header_bottom + 1.0f)};
    return f;
}

Camera fit_camera_to_frame(const RenderScene& scene, const FigureFrame& frame, Vec2 viewport) {
    // Inset by the largest node so no shape pokes out of the plot area.
    const float inset = 12.0f * frame.scale;
    Camera c = fit_camera_in(scene.bounds, viewport, frame.plot.min + Vec2{inset, inset},
                             frame.plot.max - Vec2{inset, inset});
    c.viewport = viewport;
    return c;
}

} // namespace kg
