// Entity table: the visible entities with mentions, degree, distinct documents and betweenness
// (the core's centrality over the filtered graph), sortable by any column; click selects.
#include "ui/panels/cut_text.hpp"
#include "ui/panels/panel_context.hpp"

#include "explore/centrality.hpp"

#include <imgui.h>

#include <vector>

namespace kg::app {

void draw_entity_table_panel(const PanelContext& ctx, const UiState&, ActionQueue& actions) {
    if (!ctx.explore || !ctx.explore->built) return;
    if (ctx.explore->stats.empty() && ctx.explore->filter.visible_nodes > 0) {
        ImGui::TextDisabled("Too many visible entities for the table; filter first (max %zu).",
                            kMaxStatsEntities);
        return;
    }
    std::vector<EntityStats> rows = ctx.explore->stats;
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("entities", 5, flags, ImVec2(0, 260))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 0, 0);
    ImGui::TableSetupColumn(
        "Ment.", ImGuiTableColumnFlags_PreferSortDescending | ImGuiTableColumnFlags_DefaultSort, 0,
        2);
    ImGui::TableSetupColumn("Deg.", ImGuiTableColumnFlags_PreferSortDescending, 0, 3);
    ImGui::TableSetupColumn("Docs", ImGuiTableColumnFlags_PreferSortDescending, 0, 4);
    ImGui::TableSetupColumn("Betw.", ImGuiTableColumnFlags_PreferSortDescending, 0, 5);
    ImGui::TableHeadersRow();
    StatsColumn column = StatsColumn::Mentions;
    bool descending = true;
    if (const ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs();
        sort && sort->SpecsCount > 0) {
        column = StatsColumn(sort->Specs[0].ColumnUserID);
        descending = sort->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    }
    sort_entity_stats(rows, ctx.corpus, column, descending);
    ImGuiListClipper clip;
    clip.Begin(int(rows.size()));
    while (clip.Step())
        for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
            const EntityStats& r = rows[std::size_t(i)];
            ImGui::PushID(int(r.entity));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ImGui::Selectable(ctx.corpus.entities[r.entity].name.c_str(), false,
                                  ImGuiSelectableFlags_SpanAllColumns))
                actions.push(CenterOn{r.entity});
            tooltip_if_cut(ctx.corpus.entities[r.entity].name);
            ImGui::TableNextColumn();
            ImGui::Text("%u", r.mentions);
            ImGui::TableNextColumn();
            ImGui::Text("%u", r.degree);
            ImGui::TableNextColumn();
            ImGui::Text("%u", r.documents);
            ImGui::TableNextColumn();
            ImGui::Text("%.2f", r.betweenness);
            ImGui::PopID();
        }
    ImGui::EndTable();
}

} // namespace kg::app
