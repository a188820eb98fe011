// Search (Ctrl+F): autocomplete over entity names and aliases with the core's fuzzy search;
// Enter selects and centres the best match. The second mode lists passages containing the text,
// each with its article and date and the match lit in its context.
#include "ui/panels/panel_context.hpp"
#include "ui/panels/text_segments.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace kg::app {
namespace {

ImU32 match_color(const Corpus&, const TextSegment& s) {
    return s.role == 1 ? IM_COL32(215, 70, 20, 255) : 0;
}

// Each hit: the article's title and date, then the words around the match with the match
// lit. A click opens the reader at the hit's sentence.
void draw_passage_results(const PanelContext& ctx, const std::string& query, ActionQueue& actions) {
    constexpr std::size_t kShown = 100; // wrapped hits have no fixed height: no list clipper
    const auto matches = ctx.explore->passage_search->find(query, kShown);
    ImGui::TextDisabled("%zu passage%s%s", matches.size(), matches.size() == 1 ? "" : "s",
                        matches.size() == kShown ? " (the first)" : "");
    ImGui::BeginChild("passages", ImVec2(0, 260), true);
    for (std::size_t i = 0; i < matches.size(); ++i) {
        const PassageMatch& m = matches[i];
        const Document& d = ctx.corpus.documents[m.doc];
        const Span shown = passage_context(d.text, m.sentence, m.match);
        // The match as drawn: inside what is shown, so no run can be reversed.
        const std::uint32_t lo = std::clamp(m.match.start, shown.start, shown.end);
        const Span match{lo, std::clamp(m.match.end, lo, shown.end)};
        ImGui::PushID(int(i));
        if (i > 0) ImGui::Separator();
        const std::string& title = d.title.empty() ? d.path : d.title;
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s%s%s", title.c_str(), d.date.empty() ? "" : " - ", d.date.c_str());
        ImGui::PopTextWrapPos();
        const TextSegment segments[] = {
            {{shown.start, match.start}, -1, 0}, {match, -1, 1}, {{match.end, shown.end}, -1, 0}};
        ImGui::BeginGroup();
        if (shown.start > m.sentence.start) ImGui::TextDisabled("...");
        if (shown.start > m.sentence.start) ImGui::SameLine();
        draw_segments(d, segments, &match_color, ctx.corpus);
        if (shown.end < m.sentence.end) {
            ImGui::SameLine(0.0f, 0.0f);
            ImGui::TextDisabled("...");
        }
        ImGui::EndGroup();
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        // The reader marks the whole sentence: a mark on the match alone splits words ("Russia|n").
        if (ImGui::IsItemClicked()) actions.push(OpenPassage{m.doc, m.sentence});
        ImGui::PopID();
    }
    ImGui::EndChild();
}

} // namespace

void draw_search_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions) {
    if (!ctx.explore || !ctx.explore->built) return;
    int mode = ui.search_passages ? 1 : 0;
    bool mode_changed = ImGui::RadioButton("Names", &mode, 0);
    ImGui::SameLine();
    mode_changed |= ImGui::RadioButton("Passages", &mode, 1);
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s", ui.search_text.c_str());
    if (ui.search_focus) {
        ImGui::SetKeyboardFocusHere();
        actions.push(FocusSearch{false});
    }
    ImGui::SetNextItemWidth(-1);
    const bool enter = ImGui::InputTextWithHint("##search", "Search (Ctrl+F)", buf, sizeof buf,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    const std::string query = buf;
    if (query != ui.search_text || mode_changed) actions.push(SetSearch{query, mode == 1});
    if (query.empty()) return;
    if (mode == 1) {
        draw_passage_results(ctx, query, actions);
        return;
    }
    const auto matches = ctx.explore->entity_search->find(query, 12);
    if (enter && !matches.empty()) actions.push(CenterOn{matches.front().entity});
    for (std::size_t i = 0; i < matches.size(); ++i) {
        const EntityMatch& m = matches[i];
        const Entity& e = ctx.corpus.entities[m.entity];
        ImGui::PushID(int(i));
        ImGui::PushStyleColor(ImGuiCol_Text, entity_type_text_color(e.type));
        if (ImGui::Selectable(e.name.c_str(), i == 0)) actions.push(CenterOn{m.entity});
        ImGui::PopStyleColor();
        if (m.matched != e.name) {
            ImGui::SameLine();
            ImGui::TextDisabled("(%s)", m.matched.c_str());
        }
        const auto& vis = ctx.explore->filter.node_visible;
        if (!vis.empty() && m.entity < vis.size() && !vis[m.entity]) {
            ImGui::SameLine();
            ImGui::TextDisabled("hidden by filters");
        }
        ImGui::PopID();
    }
    if (matches.empty()) ImGui::TextDisabled("No entity matches.");
}

} // namespace kg::app
