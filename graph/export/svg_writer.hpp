// SVG export of a render scene inside its figure frame: node shapes per type, links with kind
// colours and dashes, labels as real <text>, legend, title, "as of" line, sources footnote.
// Pure text generation: no GL, so the CLI, the app and the tests produce the same file.
#pragma once

#include "export/figure_frame.hpp"
#include "export/figure_labels.hpp"
#include "export/figure_notes.hpp"
#include "model/corpus.hpp"
#include "view/camera.hpp"
#include "view/label_placement.hpp"
#include "view/render_scene.hpp"
#include "view/theme.hpp"

#include <span>
#include <string>
#include <string_view>

namespace kg {

struct SvgInput {
    const Corpus* corpus = nullptr;
    const RenderScene* scene = nullptr;
    Camera camera;                        // viewport = the SVG's width and height
    std::span<const PlacedLabel> labels;  // node instance + box, from place_labels
    std::span<const LabelLeader> leaders; // lines from nodes to labels set apart
    std::span<const FigureNote> notes;    // briefing callouts, over the labels
    float label_font_px = 14.0f;
    const FigureFrame* frame = nullptr; // optional
    const Theme* theme = nullptr;
    bool transparent = false; // no background rectangle
};

// Escapes &, <, >, " and ' for XML text and attribute values, and drops the control
// characters XML 1.0 forbids (so any article title gives a valid file).
std::string xml_escape(std::string_view text);

// The whole SVG document. One <path>/<circle> per node (class "node", data-entity = id) and one
// <line> per link (class "link"), in the scene's draw order.
std::string write_svg(const SvgInput& input);

} // namespace kg
