// Filters: entity types, discovered, region, topic, link kind, weight, documents, dates, ego
// network, each facet with "visible / total" counts from the core. Edits a copy of the spec and
// pushes SetFilter; the App recomputes the masks and hides nodes without re-laying out.
#include "filter/prominence.hpp"
#include "ui/panels/panel_context.hpp"
#include "ui/panels/prominence_controls.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace kg::app {
namespace {

// What a facet counts: entities (types, regions) or links (topics, kinds), as the header does.
enum class Counts { Entities, Links };

const char* unit(Counts what, std::uint32_t total) {
    if (what == Counts::Entities) return total == 1 ? "entity" : "entities";
    return total == 1 ? "link" : "links";
}

// A checkbox over one bit of a mask, labelled "Label  (visible / total entities)".
template <class Mask>
bool bit_box(std::string_view name, Mask& mask, Mask bit, std::uint32_t vis, std::uint32_t total,
             Counts what) {
    char text[128];
    std::snprintf(text, sizeof text, "%.*s  (%u / %u %s)", int(name.size()), name.data(), vis,
                  total, unit(what, total));
    bool on = (mask & bit) != 0;
    if (!ImGui::Checkbox(text, &on)) return false;
    mask = on ? Mask(mask | bit) : Mask(mask & ~bit);
    return true;
}

bool text_field(const char* label, std::string& value) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "%s", value.c_str());
    if (!ImGui::InputText(label, buf, sizeof buf)) return false;
    value = buf;
    return true;
}

} // namespace

void draw_filter_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions) {
    if (!ctx.explore || !ctx.explore->built) return;
    const Corpus& c = ctx.corpus;
    const FacetCounts& f = ctx.explore->facets;
    FilterSpec s = ui.filter;
    bool changed = false;
    draw_prominence_controls(ctx, ui, actions);
    if (ImGui::SmallButton("Reset filters"))
        actions.push(SetFilter{default_filter(c, ctx.explore->graph)});

    if (ImGui::TreeNode("Entity types")) {
        for (std::size_t t = 0; t < kEntityTypeCount; ++t)
            changed |= bit_box(label(EntityType(t)), s.entity_types, type_bit(EntityType(t)),
                               f.type_visible[t], f.type_total[t], Counts::Entities);
        char text[96];
        std::snprintf(text, sizeof text, "Discovered  (%u / %u %s)", f.discovered_visible,
                      f.discovered_total, unit(Counts::Entities, f.discovered_total));
        changed |= ImGui::Checkbox(text, &s.show_discovered);
        changed |= ImGui::Checkbox("Keep entities without links", &s.keep_isolated);
        ImGui::TreePop();
    }
    if (ImGui::TreeNode("Regions")) {
        ImGui::TextDisabled("None checked = all regions");
        for (std::size_t r = 0; r < kRegionCount; ++r)
            changed |= bit_box(label(Region(r)), s.regions, region_bit(Region(r)),
                               f.region_visible[r], f.region_total[r], Counts::Entities);
        changed |=
            ImGui::Checkbox("Keep partners (entities linked to the region)", &s.keep_partners);
        ImGui::TreePop();
    }
    if (ImGui::TreeNode("Topics")) {
        ImGui::TextDisabled("None checked = all topics");
        for (std::size_t t = 0; t < kTopicCount; ++t)
            changed |= bit_box(label(Topic(t)), s.topics, topic_bit(Topic(t)), f.topic_visible[t],
                               f.topic_total[t], Counts::Links);
        ImGui::TreePop();
    }
    if (ImGui::TreeNode("Link kinds")) {
        for (std::size_t k = 0; k < kLinkKindCount; ++k)
            changed |= bit_box(label(LinkKind(k)), s.link_kinds, kind_bit(LinkKind(k)),
                               f.kind_visible[k], f.kind_total[k], Counts::Links);
        float w = float(s.min_weight);
        if (ImGui::SliderFloat("Min. weight", &w, 0.0f, 20.0f, "%.0f")) {
            s.min_weight = w;
            changed = true;
        }
        int d = int(s.min_documents);
        if (ImGui::SliderInt("Min. documents", &d, 0, 10)) {
            s.min_documents = std::uint32_t(std::max(d, 0));
            changed = true;
        }
        char text[96];
        std::snprintf(text, sizeof text, "Only unreviewed  (%u / %u %s)", f.unreviewed_visible,
                      f.unreviewed_total, unit(Counts::Links, f.unreviewed_total));
        changed |= ImGui::Checkbox(text, &s.only_unreviewed);
        ImGui::TreePop();
    }
    if (ImGui::TreeNode("Documents")) {
        changed |= text_field("From (YYYY-MM-DD)", s.date_from);
        changed |= text_field("To (YYYY-MM-DD)", s.date_to);
        ImGui::TextDisabled("None checked = all documents");
        ImGui::BeginChild("docs", ImVec2(0, 160), true);
        ImGuiListClipper clip;
        clip.Begin(int(c.documents.size()));
        while (clip.Step())
            for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
                const Document& d = c.documents[std::size_t(i)];
                auto it = std::find(s.documents.begin(), s.documents.end(), d.path);
                bool on = it != s.documents.end();
                ImGui::PushID(i);
                if (ImGui::Checkbox("##doc", &on)) {
                    if (on)
                        s.documents.push_back(d.path);
                    else
                        s.documents.erase(it);
                    changed = true;
                }
                ImGui::SameLine();
                ImGui::TextWrapped("%s", d.title.empty() ? d.path.c_str() : d.title.c_str());
                if (!d.date.empty()) {
                    ImGui::SameLine();
                    ImGui::TextDisabled("%s", d.date.c_str());
                }
                ImGui::PopID();
            }
        ImGui::EndChild();
        ImGui::TreePop();
    }
    if (ImGui::TreeNode("Ego network")) {
        if (!s.focus.empty()) {
            const std::int64_t e = c.find_entity(s.focus);
            ImGui::Text("Around: %s",
                        e >= 0 ? c.entities[std::size_t(e)].name.c_str() : s.focus.c_str());
            int hops = int(s.hops);
            if (ImGui::SliderInt("Hops", &hops, 1, 4)) {
                s.hops = std::uint32_t(hops);
                changed = true;
            }
            if (ImGui::SmallButton("Whole graph")) {
                s.focus.clear();
                changed = true;
            }
        } else if (ui.selection.nodes.size() == 1) {
            if (ImGui::SmallButton("Focus on the selected entity")) {
                s.focus = c.entities[ui.selection.nodes.front()].id;
                changed = true;
            }
        } else {
            ImGui::TextDisabled("Select one entity to focus on it.");
        }
        ImGui::TreePop();
    }
    for (const Diagnostic& d : ctx.explore->filter.diagnostics)
        ImGui::TextDisabled("%s", d.message.c_str());
    if (changed) actions.push(SetFilter{std::move(s)});
}

} // namespace kg::app
