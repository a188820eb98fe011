// Word-wrapped coloured runs for the inspector and the reader.
#include "ui/panels/text_segments.hpp"

namespace kg::app {

ImU32 entity_type_text_color(EntityType t) {
    switch (t) {
    case EntityType::Country:
        return IM_COL32(70, 130, 230, 255);
    case EntityType::Leader:
        return IM_COL32(220, 90, 60, 255);
    case EntityType::Organization:
        return IM_COL32(40, 160, 90, 255);
    case EntityType::Issue:
        return IM_COL32(190, 120, 20, 255);
    case EntityType::Person:
        return IM_COL32(160, 80, 200, 255);
    }
    return 0;
}

std::int64_t draw_segments(const Document& doc, std::span<const TextSegment> segments,
                           ImU32 (*color_of)(const Corpus&, const TextSegment&),
                           const Corpus& corpus) {
    std::int64_t clicked = -1;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const float space = ImGui::CalcTextSize(" ").x;
    bool first = true;
    for (const TextSegment& seg : segments) {
        const std::string_view text = doc.slice(seg.span);
        const ImU32 col = color_of ? color_of(corpus, seg) : 0;
        std::size_t at = 0;
        while (at < text.size()) {
            // One word plus its trailing spaces; mentions are never split across lines mid-word.
            std::size_t end = text.find(' ', at);
            end = end == std::string_view::npos ? text.size() : end + 1;
            const char* b = text.data() + at;
            const char* e = text.data() + end;
            const float w = ImGui::CalcTextSize(b, e).x;
            if (!first) {
                ImGui::SameLine(0.0f, 0.0f);
                if (ImGui::GetCursorScreenPos().x + w > right + space) ImGui::NewLine();
            }
            first = false;
            if (col) ImGui::PushStyleColor(ImGuiCol_Text, col);
            ImGui::TextUnformatted(b, e);
            if (col) ImGui::PopStyleColor();
            if (seg.entity >= 0 && ImGui::IsItemHovered()) {
                ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                if (ImGui::IsItemClicked()) clicked = seg.entity;
            }
            at = end;
        }
    }
    return clicked;
}

} // namespace kg::app
