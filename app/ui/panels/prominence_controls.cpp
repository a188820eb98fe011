#include "ui/panels/prominence_controls.hpp"

#include "export/figure_frame.hpp"
#include "filter/prominence.hpp"

#include <imgui.h>

#include <algorithm>

namespace kg::app {
namespace {

constexpr std::uint32_t kFewestTopEntities = 10;

} // namespace

std::string showing_text(const Corpus& corpus, const FilterResult& filter) {
    return "Showing " + with_thousands(filter.visible_nodes) + " of " +
           with_thousands(corpus.entities.size()) + " entities, " +
           with_thousands(filter.visible_links) + " of " + with_thousands(corpus.links.size()) +
           " links";
}

FilterSpec show_more(const Corpus& corpus, const KnowledgeGraph& graph, const FilterSpec& spec) {
    const std::uint64_t more =
        std::uint64_t(std::max(spec.top_entities, kFewestTopEntities / 2)) * 2;
    if (more >= corpus.entities.size()) return with_prominence_budget(corpus, graph, spec, 0);
    return with_prominence_budget(corpus, graph, spec, std::uint32_t(more));
}

FilterSpec show_fewer(const Corpus& corpus, const KnowledgeGraph& graph, const FilterSpec& spec) {
    const std::uint32_t from =
        spec.top_entities > 0 ? spec.top_entities : std::uint32_t(corpus.entities.size());
    return with_prominence_budget(corpus, graph, spec, std::max(from / 2, kFewestTopEntities));
}

void draw_prominence_controls(const PanelContext& ctx, const UiState& ui, ActionQueue& actions) {
    if (!ctx.explore || !ctx.explore->built) return;
    const Corpus& c = ctx.corpus;
    const KnowledgeGraph& graph = ctx.explore->graph;
    ImGui::TextUnformatted(showing_text(c, ctx.explore->filter).c_str());
    if (!is_big_corpus(c)) return;
    const FilterSpec& s = ui.filter;
    if (s.top_entities > 0) {
        if (ImGui::SmallButton("Show more")) actions.push(SetFilter{show_more(c, graph, s)});
        ImGui::SameLine();
        if (s.top_entities > kFewestTopEntities && ImGui::SmallButton("Show fewer"))
            actions.push(SetFilter{show_fewer(c, graph, s)});
        ImGui::SameLine();
        if (ImGui::SmallButton("Show all")) {
            if (c.links.size() > kShowAllAsksLinks)
                ImGui::OpenPopup("show-all");
            else
                actions.push(SetFilter{with_prominence_budget(c, graph, s, 0)});
        }
        if (ImGui::BeginPopup("show-all")) {
            ImGui::Text("Draw all %s entities and %s links?",
                        with_thousands(c.entities.size()).c_str(),
                        with_thousands(c.links.size()).c_str());
            ImGui::TextDisabled("At this size the picture is a hairball and every change is slow.");
            if (ImGui::Button("Show all")) {
                actions.push(SetFilter{with_prominence_budget(c, graph, s, 0)});
                ImGui::CloseCurrentPopup();
            }
            ImGui::SameLine();
            if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
    } else if (ImGui::SmallButton("Show the most mentioned")) {
        actions.push(SetFilter{with_prominence_budget(c, graph, s, kDefaultTopEntities)});
    }
}

} // namespace kg::app
