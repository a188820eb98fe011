// The frame around an exported figure, as plain data: title, subtitle, "as of" line, legend rows,
// sources footnote and the free plot area the camera is fitted into. The SVG writer draws it
// directly; the app draws the same boxes with ImGui into the PNG.
#pragma once

#include "common/vec2.hpp"
#include "model/corpus.hpp"
#include "view/camera.hpp"
#include "view/figure_size.hpp"
#include "view/label_placement.hpp"
#include "view/node_shape.hpp"
#include "view/render_scene.hpp"
#include "view/theme.hpp"

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// Font stack every exported text declares, so CJK and Cyrillic names render.
inline constexpr std::string_view kFigureFontFamily =
    "DejaVu Sans, WenQuanYi Micro Hei, sans-serif";

// Estimated advance width of `text` in pixels at `font_px` (no font file in the core): wide
// (CJK, Hangul, full-width) code points count one em, others 0.56 em (DejaVu Sans's average).
float estimate_text_width(std::string_view text, float font_px);

// Width in pixels of `text` at `font_px`: the app passes its font's metrics so the PNG frame fits
// the glyphs it draws; empty = estimate_text_width (the SVG, which has no font).
using TextMeasure = std::function<float(std::string_view text, float font_px)>;

// The frame's size factor for a figure of `viewport` pixels: 1 at the default figure's height
// (or width, whichever is smaller), clamped to 0.5..8. Fonts for a figure are made at this scale.
float figure_scale(Vec2 viewport);

// Label boxes per entity (every form) for label placement, from estimate_text_width.
std::vector<LabelBoxes> estimate_label_sizes(const Corpus& corpus, float font_px);

// The documents whose evidence supports the links drawn (not dimmed) in `scene`, newest first,
// then by title. KB-only links have no documents.
std::vector<DocIndex> sources_behind(const Corpus& corpus, const RenderScene& scene);

// The newest ISO date among `docs` ("" when none has a date).
std::string newest_date(const Corpus& corpus, const std::vector<DocIndex>& docs);

// "12 March 2021" from "2021-03-12"; a partial date ("2021-03", "2021") stays readable.
std::string format_date(std::string_view iso);

// 12345 -> "12,345": counts of articles, entities and links run to six digits.
std::string with_thousands(std::size_t n);

// One footnote entry: "Title — Outlet or Author, 2021-03-12".
std::string source_entry(const Document& doc);

// Above this many articles the footnote summarises them (sources_summary) instead of listing
// them: at that size a list of titles is cut to "and 1,950 more" and says nothing.
inline constexpr std::size_t kListedSourcesMax = 20;

// "2,000 articles from 12 outlets, 2014–2025": the count, the distinct outlets (Document::source)
// and the span of years of `docs`; the outlets and years are left out when no document has them.
std::string sources_summary(const Corpus& corpus, const std::vector<DocIndex>& docs);

// A legend row: a heading, a node shape swatch, a link line swatch, or the dashed-line cue.
struct LegendRow {
    enum class Kind : std::uint8_t { Heading, Shape, Line, Dashed, Note } kind = Kind::Heading;
    std::string label;
    Rgba color;
    NodeShape shape = NodeShape::Circle;
};

// What a figure draws, so that its legend explains that and nothing else: a briefing's reader
// looks for every row of a legend in the picture.
struct LegendContent {
    std::array<bool, kEntityTypeCount> types{};
    std::array<bool, kRegionCount> regions{};
    std::array<bool, kLinkKindCount> kinds{};
    bool dashed = false;
};

// Legend rows for this style: entity types (or regions), link kinds, the dashed cue, and one
// "Filter: ..." note per active filter description in `filters`. With `drawn`, only the types,
// regions and kinds it holds; without, all of them.
std::vector<LegendRow> legend_rows(const Theme& theme, ColorMode mode,
                                   const std::vector<std::string>& filters,
                                   const LegendContent* drawn = nullptr);

// Text placed in the frame: top-left corner in pixels, font size in pixels.
struct FrameText {
    std::string text;
    Vec2 pos;
    float font_px = 14.0f;
    bool bold = false;
};

struct FigureInput {
    Vec2 viewport = kDefaultFigureViewport;
    std::string title;
    std::string subtitle;
    std::string as_of;                  // already formatted, e.g. "As of 12 March 2021"
    std::vector<LegendRow> legend;      // empty = no legend
    std::vector<std::string> sources;   // footnote entries, in order
    std::size_t max_footnote_lines = 6; // the rest is summarised as "and N more"
    TextMeasure measure;                // empty = estimate_text_width
};

struct FigureFrame {
    float scale = 1.0f; // 1 at 1000 px of height; every size below is already scaled
    float margin = 24.0f;
    std::vector<FrameText> header; // title, subtitle, as-of
    Bounds legend_box;             // empty when no legend
    float legend_row_px = 20.0f;
    float legend_font_px = 13.0f;
    float legend_swatch_px = 26.0f;
    std::vector<LegendRow> legend;
    std::vector<Vec2> legend_row_pos; // top-left of each row
    std::vector<FrameText> footnote;  // "Sources: ..." lines, bottom of the figure
    Bounds plot;                      // the free area: fit the camera here, nothing else draws here
};

// Lays the frame out. Header on top, footnote at the bottom, legend in a right-hand column, so
// no frame element covers the plot area. Deterministic.
FigureFrame layout_figure_frame(const FigureInput& input);

// The camera that shows the scene inside the frame's plot area.
Camera fit_camera_to_frame(const RenderScene& scene, const FigureFrame& frame, Vec2 viewport);

} // namespace kg
