// Curation: correct the selected entity or link (rename, alias, type, region, affiliation,
// hide, split, merge, accept or reject, note), review new links one by one, undo and redo, and
// the list of every correction with its reason. Corrections are saved after each step.
#include "ui/panels/cut_text.hpp"
#include "ui/panels/panel_context.hpp"

#include "session/correction_builders.hpp"

#include <imgui.h>

#include <array>
#include <cstring>
#include <sstream>

namespace kg::app {
namespace {

using Buffer = std::array<char, 256>;

// Text being typed for a correction; kept across frames, cleared once the correction is sent.
struct Drafts {
    Buffer reason{}, rename{}, alias{}, note{}, split_aliases{}, split_name{}, affiliation_filter{};
};

Drafts& drafts() {
    static Drafts d;
    return d;
}

void send(ActionQueue& actions, Correction c) {
    c.why = drafts().reason.data();
    drafts().reason[0] = '\0';
    actions.push(ApplyCorrection{std::move(c)});
}

// A text box with a button; true (and the box cleared) when the user submits non-empty text.
bool text_and_button(const char* id, const char* hint, Buffer& buffer, const char* button) {
    ImGui::PushID(id);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - 80.0f);
    const bool enter = ImGui::InputTextWithHint("##text", hint, buffer.data(), buffer.size(),
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    const bool clicked = ImGui::Button(button, ImVec2(72.0f, 0));
    ImGui::PopID();
    return (enter || clicked) && buffer[0] != '\0';
}

std::vector<std::string> split_commas(const char* text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string part; std::getline(in, part, ',');) {
        const auto b = part.find_first_not_of(' '), e = part.find_last_not_of(' ');
        if (b != std::string::npos) out.push_back(part.substr(b, e - b + 1));
    }
    return out;
}

void entity_tools(const Corpus& c, EntityIndex e, ActionQueue& actions) {
    Drafts& d = drafts();
    const Entity& en = c.entities[e];
    ImGui::TextWrapped("%s", en.name.c_str());
    if (text_and_button("rename", "new name", d.rename, "Rename")) {
        send(actions, rename_correction(c, e, d.rename.data()));
        d.rename[0] = '\0';
    }
    if (text_and_button("alias", "another name, for every article", d.alias, "Add alias")) {
        send(actions, alias_correction(c, e, d.alias.data()));
        d.alias[0] = '\0';
    }
    int type = int(en.type);
    ImGui::SetNextItemWidth(160);
    if (ImGui::BeginCombo("Type", std::string(label(en.type)).c_str())) {
        for (std::size_t t = 0; t < kEntityTypeCount; ++t)
            if (ImGui::Selectable(std::string(label(EntityType(t))).c_str(), type == int(t)) &&
                type != int(t))
                send(actions, type_correction(c, e, EntityType(t)));
        ImGui::EndCombo();
    }
    ImGui::SetNextItemWidth(160);
    if (ImGui::BeginCombo("Region", en.region ? std::string(label(*en.region)).c_str() : "none")) {
        for (std::size_t r = 0; r < kRegionCount; ++r)
            if (ImGui::Selectable(std::string(label(Region(r))).c_str(), en.region == Region(r)))
                send(actions, region_correction(c, e, Region(r)));
        ImGui::EndCombo();
    }
    const std::int64_t current = en.affiliation.empty() ? -1 : c.find_entity(en.affiliation);
    ImGui::SetNextItemWidth(160);
    if (ImGui::BeginCombo("Affiliation",
                          current >= 0 ? c.entities[std::size_t(current)].name.c_str() : "none")) {
        ImGui::InputTextWithHint("##filter", "filter", d.affiliation_filter.data(),
                                 d.affiliation_filter.size());
        if (ImGui::Selectable("none", current < 0) && current >= 0)
            send(actions, affiliation_correction(c, e, -1));
        const std::string filter = d.affiliation_filter.data();
        for (std::size_t i = 0; i < c.entities.size(); ++i) {
            const Entity& a = c.entities[i];
            if (i == e || (a.type != EntityType::Country && a.type != EntityType::Organization))
                continue;
            if (!filter.empty() && a.name.find(filter) == std::string::npos) continue;
            ImGui::PushID(int(i));
            if (ImGui::Selectable(a.name.c_str(), std::int64_t(i) == current) &&
                std::int64_t(i) != current)
                send(actions, affiliation_correction(c, e, std::int64_t(i)));
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    if (ImGui::TreeNode("Split a wrong merge")) {
        ImGui::InputTextWithHint("Aliases", "names that belong elsewhere, comma-separated",
                                 d.split_aliases.data(), d.split_aliases.size());
        ImGui::InputTextWithHint("New entity", "its name", d.split_name.data(),
                                 d.split_name.size());
        ImGui::BeginDisabled(d.split_aliases[0] == '\0' || d.split_name[0] == '\0');
        if (ImGui::Button("Split")) {
            send(actions,
                 split_correction(c, e, split_commas(d.split_aliases.data()), d.split_name.data()));
            d.split_aliases[0] = d.split_name[0] = '\0';
        }
        ImGui::EndDisabled();
        ImGui::TreePop();
    }
    if (text_and_button("note", "a note on this entity", d.note, "Add note")) {
        send(actions, entity_note_correction(c, e, d.note.data()));
        d.note[0] = '\0';
    }
    if (ImGui::Button("Hide this entity")) send(actions, hide_correction(c, e));
}

void link_tools(const Corpus& c, std::uint32_t link, ActionQueue& actions) {
    const Link& l = c.links[link];
    ImGui::TextWrapped("%s - %s", c.entities[l.source].name.c_str(),
                       c.entities[l.target].name.c_str());
    if (ImGui::Button("Accept link (A)")) send(actions, link_review_correction(c, link, true));
    ImGui::SameLine();
    if (ImGui::Button("Reject link (R)")) send(actions, link_review_correction(c, link, false));
    Drafts& d = drafts();
    if (text_and_button("link-note", "a note on this link", d.note, "Add note")) {
        send(actions, link_note_correction(c, link, d.note.data()));
        d.note[0] = '\0';
    }
}

void review_tools(const PanelContext& ctx, const UiState& ui, ActionQueue& actions,
                  const CurationReport& report) {
    std::size_t unreviewed = 0;
    for (ReviewState s : report.link_review) unreviewed += s == ReviewState::Unreviewed;
    ImGui::Text("%zu of %zu links not reviewed", unreviewed, ctx.corpus.links.size());
    bool only = ui.filter.only_unreviewed;
    if (ImGui::Checkbox("Show only unreviewed links", &only)) {
        FilterSpec spec = ui.filter;
        spec.only_unreviewed = only;
        actions.push(SetFilter{std::move(spec)});
    }
    if (ImGui::Button("Review next link")) {
        const auto visible = ctx.explore && ctx.explore->applied
                                 ? std::span<const std::uint8_t>(ctx.explore->filter.link_visible)
                                 : std::span<const std::uint8_t>();
        if (auto next =
                next_unreviewed_link(ctx.corpus, report.link_review, visible, ui.selection.link))
            actions.push(SelectLink{*next});
    }
    ImGui::SameLine();
    ImGui::TextDisabled("then A accepts, R rejects");
}

void corrections_list(const CurationSession& session, ActionQueue& actions) {
    const Curation active = session.active();
    const CurationReport& report = session.report();
    ImGui::BeginDisabled(!session.can_undo());
    if (ImGui::Button("Undo (Ctrl+Z)")) actions.push(UndoCorrection{});
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!session.can_redo());
    if (ImGui::Button("Redo (Ctrl+Y)")) actions.push(RedoCorrection{});
    ImGui::EndDisabled();
    if (!ImGui::TreeNodeEx("corrections", ImGuiTreeNodeFlags_DefaultOpen,
                           "Corrections (%zu, %zu not applying)", active.corrections.size(),
                           report.not_applied()))
        return;
    for (std::size_t i = active.corrections.size(); i-- > 0;) { // newest first
        const Correction& c = active.corrections[i];
        ImGui::PushID(int(i));
        ImGui::Bullet();
        ImGui::TextWrapped("%s", describe_correction(c).c_str());
        if (!c.why.empty()) ImGui::TextDisabled("   why: %s", c.why.c_str());
        if (i < report.outcomes.size() && !report.outcomes[i].applied)
            ImGui::TextColored(ImVec4(0.85f, 0.5f, 0.1f, 1), "   kept, does not apply: %s",
                               report.outcomes[i].reason.c_str());
        ImGui::PopID();
    }
    ImGui::TreePop();
}

} // namespace

void draw_curation_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions) {
    const CurationSession* session = ctx.workspace ? ctx.workspace->curation : nullptr;
    if (!session) {
        ImGui::TextDisabled("Corrections are available once articles are loaded.");
        return;
    }
    const Corpus& c = ctx.corpus;
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##why", "why (optional, saved with the next correction)",
                             drafts().reason.data(), drafts().reason.size());
    if (ui.selection.link && *ui.selection.link < c.links.size()) {
        link_tools(c, *ui.selection.link, actions);
    } else if (ui.selection.nodes.size() == 1 && ui.selection.nodes[0] < c.entities.size()) {
        entity_tools(c, ui.selection.nodes[0], actions);
    } else if (ui.selection.nodes.size() == 2) {
        const EntityIndex a = ui.selection.nodes[0], b = ui.selection.nodes[1];
        if (a < c.entities.size() && b < c.entities.size()) {
            const std::string into_a =
                "Merge '" + c.entities[b].name + "' into '" + c.entities[a].name + "'";
            const std::string into_b =
                "Merge '" + c.entities[a].name + "' into '" + c.entities[b].name + "'";
            if (ImGui::Button(into_a.c_str())) send(actions, merge_correction(c, a, b));
            tooltip_if_cut(into_a);
            if (ImGui::Button(into_b.c_str())) send(actions, merge_correction(c, b, a));
            tooltip_if_cut(into_b);
        }
    } else {
        ImGui::TextDisabled(
            "Select an entity or a link to correct it; shift-click two entities to merge them.");
    }
    ImGui::Separator();
    review_tools(ctx, ui, actions, session->report());
    ImGui::Separator();
    corrections_list(*session, actions);
    if (!session->file().empty())
        ImGui::TextDisabled("Saved to %s", session->file().string().c_str());
}

} // namespace kg::app
