// The document reader, a pane at the right of the canvas (so it never covers the Inspector):
// metadata header, the cleaned article paragraph by paragraph with entity
// mentions tinted by type, captions set apart, the chosen passage marked and scrolled to.
// Clicking a mention selects its entity; "Open source" opens the article's http(s) URL. Its
// left edge drags; the title bar's cross and Esc close it.
#include "ui/panels/edge_splitter.hpp"
#include "ui/panels/panel_context.hpp"
#include "ui/panels/panel_registry.hpp"
#include "ui/panels/text_segments.hpp"

#include "common/open_url.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

namespace kg::app {
namespace {

ImU32 type_color(const Corpus& c, const TextSegment& s) {
    return s.entity >= 0 && std::size_t(s.entity) < c.entities.size()
               ? entity_type_text_color(c.entities[std::size_t(s.entity)].type)
               : 0;
}

} // namespace

void draw_reader_pane(const PanelContext& ctx, const UiState& ui, ActionQueue& actions, float top,
                      float height) {
    if (!ui.reader || !ctx.explore || !ctx.explore->built ||
        ui.reader->doc >= ctx.corpus.documents.size())
        return;
    const Corpus& c = ctx.corpus;
    const DocIndex di = ui.reader->doc;
    const Document& d = c.documents[di];
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float side = ui.show_side_panel ? side_panel_width(ui, display.x) : 0.0f;
    const float width = reader_pane_width(ui, display.x, side);
    const float left = display.x - width;
    ImGui::SetNextWindowPos(ImVec2(left, top));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoCollapse |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    bool open = true;
    const std::string title = (d.title.empty() ? d.path : d.title) + "###reader";
    if (ImGui::Begin(title.c_str(), &open, flags)) {
        ImGui::TextWrapped("%s", d.title.empty() ? d.path.c_str() : d.title.c_str());
        std::string meta = d.date.empty() ? "undated" : d.date;
        for (const std::string& a : d.authors) meta += ", " + a;
        if (!d.source.empty()) meta += "  -  " + d.source;
        ImGui::TextDisabled("%s", meta.c_str());
        ImGui::TextDisabled("%s", d.path.c_str());
        const bool web = !d.url.empty() && is_openable_url(d.url);
        ImGui::BeginDisabled(!web);
        if (ImGui::Button("Open source"))
            (void)open_url_in_browser(d.url); // failure: nothing opens
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("%s", web ? d.url.c_str() : "This article has no http(s) address");
        ImGui::Separator();
        ImGui::BeginChild("text");
        const std::optional<Span> mark = ui.reader->passage;
        std::int64_t clicked = -1;
        for (std::size_t pi = 0; pi < d.paragraphs.size(); ++pi) {
            const Paragraph& p = d.paragraphs[pi];
            const bool has_mark = mark && mark->start < p.span.end && mark->end > p.span.start;
            ImGui::PushID(int(pi));
            if (p.kind == ParagraphKind::Heading) ImGui::Separator();
            if (p.kind == ParagraphKind::Caption) ImGui::Indent(24.0f);
            if (p.kind == ParagraphKind::Caption)
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
            if (has_mark) {
                const ImVec2 at = ImGui::GetCursorScreenPos();
                ImGui::GetWindowDrawList()->AddRectFilled(
                    ImVec2(at.x - 6, at.y), ImVec2(at.x - 2, at.y + ImGui::GetTextLineHeight() * 3),
                    IM_COL32(240, 180, 30, 255));
                if (ui.reader->scroll_pending) {
                    ImGui::SetScrollHereY(0.3f);
                    actions.push(ReaderScrolled{});
                }
            }
            // The marked passage is drawn as its own highlighted run inside the paragraph.
            std::vector<TextSegment> segs;
            if (has_mark) {
                const Span before{p.span.start, std::max(p.span.start, mark->start)};
                const Span inside{std::max(p.span.start, mark->start),
                                  std::min(p.span.end, mark->end)};
                const Span after{std::min(p.span.end, mark->end), p.span.end};
                if (before.size()) {
                    segs = segment_sentence(*ctx.explore, di, before, -1, -1);
                    clicked = std::max(clicked, draw_segments(d, segs, &type_color, c));
                }
                ImGui::TextColored(ImVec4(0.95f, 0.7f, 0.1f, 1.0f), ">>");
                ImGui::SameLine();
                segs = segment_sentence(*ctx.explore, di, inside, -1, -1);
                clicked = std::max(clicked, draw_segments(d, segs, &type_color, c));
                ImGui::TextColored(ImVec4(0.95f, 0.7f, 0.1f, 1.0f), "<<");
                if (after.size()) {
                    segs = segment_sentence(*ctx.explore, di, after, -1, -1);
                    clicked = std::max(clicked, draw_segments(d, segs, &type_color, c));
                }
            } else {
                segs = segment_sentence(*ctx.explore, di, p.span, -1, -1);
                clicked = std::max(clicked, draw_segments(d, segs, &type_color, c));
            }
            if (p.kind == ParagraphKind::Caption) {
                ImGui::PopStyleColor();
                ImGui::Unindent(24.0f);
            }
            ImGui::Spacing();
            ImGui::PopID();
        }
        if (d.paragraphs.empty()) ImGui::TextWrapped("%s", d.text.c_str());
        ImGui::EndChild();
        if (clicked >= 0) actions.push(SelectNodes{{EntityIndex(clicked)}, false});
    }
    ImGui::End();
    if (const std::optional<float> x = draw_edge_splitter("##reader-edge", left, top, height))
        actions.push(ResizeReader{display.x - *x});
    if (!open) actions.push(CloseReader{});
}

} // namespace kg::app
