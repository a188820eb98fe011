// Search (Ctrl+F): autocomplete over entity names and aliases with the core's fuzzy search;
// Enter selects and centres the best match. The second mode lists passages containing the text.
#include "ui/panels/panel_context.hpp"
#include "ui/panels/text_segments.hpp"

#include <imgui.h>

#include <cstdio>
#include <string>

namespace kg::app {
namespace {

void draw_passage_results(const PanelContext& ctx, const std::string& query, ActionQueue& actions) {
    const auto matches = ctx.explore->passage_search->find(query, 200);
    ImGui::TextDisabled("%zu passages%s", matches.size(), matches.size() == 200 ? " (first 200)" : "");
    ImGui::BeginChild("passages", ImVec2(0, 220), true);
    ImGuiListClipper clip;
    clip.Begin(int(matches.size()));
    while (clip.Step())
        for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
            const PassageMatch& m = matches[std::size_t(i)];
            const Document& d = ctx.corpus.documents[m.doc];
            const std::string_view s = d.slice(m.sentence);
            ImGui::PushID(i);
            char text[160];
            std::snprintf(text, sizeof text, "%.*s", int(std::min<std::size_t>(s.size(), 120)), s.data());
            if (ImGui::Selectable(text)) actions.push(OpenPassage{m.doc, m.sentence});
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", (d.title.empty() ? d.path : d.title).c_str());
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
