// Inspector: the selected entity (type, region, affiliation, aliases, mentions per document,
// neighbours by weight) or link (kind, topics, weight, documents and every evidence passage with
// both entities highlighted). Clicking a passage opens the reader at it.
#include "ui/panels/cut_text.hpp"
#include "ui/panels/panel_context.hpp"
#include "ui/panels/text_segments.hpp"

#include "session/correction_builders.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace kg::app {
namespace {

ImU32 role_color(const Corpus&, const TextSegment& s) {
    return s.role == 1 ? IM_COL32(220, 80, 40, 255) : s.role == 2 ? IM_COL32(40, 120, 220, 255) : 0;
}

// The curation report, indexed like ctx.corpus (null for a bare corpus shown by tests).
const CurationReport* curation_report(const PanelContext& ctx) {
    if (!ctx.workspace || !ctx.workspace->curation) return nullptr;
    const CurationReport& r = ctx.workspace->curation->report();
    return r.link_review.size() == ctx.corpus.links.size() ? &r : nullptr;
}

std::string topic_list(TopicMask topics) {
    std::string out;
    for (std::size_t t = 0; t < kTopicCount; ++t)
        if (topics & topic_bit(Topic(t))) {
            if (!out.empty()) out += ", ";
            out += label(Topic(t));
        }
    return out.empty() ? "none" : out;
}

void draw_link(const PanelContext& ctx, std::uint32_t link, ActionQueue& actions) {
    const Corpus& c = ctx.corpus;
    const Link& l = c.links[link];
    const LinkInspection r = inspect_link(c, *ctx.explore, link);
    ImGui::PushStyleColor(ImGuiCol_Text, role_color(c, {{}, -1, 1}));
    ImGui::TextWrapped("%s", c.entities[l.source].name.c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextUnformatted("-");
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, role_color(c, {{}, -1, 2}));
    ImGui::TextWrapped("%s", c.entities[l.target].name.c_str());
    ImGui::PopStyleColor();
    ImGui::Text("Kind: %.*s%s", int(label(r.kind).size()), label(r.kind).data(),
                l.from_knowledge_base ? " (knowledge base)" : "");
    ImGui::TextWrapped("Topics: %s", topic_list(r.topics).c_str());
    ImGui::Text("Weight %.0f, %zu passage%s in %zu document%s", r.weight, r.passages.size(),
                r.passages.size() == 1 ? "" : "s", r.documents.size(),
                r.documents.size() == 1 ? "" : "s");
    if (!r.passages.empty()) {
        // What the link's kind summarises: the kind of this pair in each passage.
        std::string counts;
        for (std::size_t k = 0; k < r.kind_counts.size(); ++k)
            if (r.kind_counts[k] > 0)
                counts += (counts.empty() ? "" : ", ") + std::to_string(r.kind_counts[k]) + " " +
                          std::string(label(LinkKind(k)));
        ImGui::TextWrapped("Passages: %s", counts.c_str());
    }
    const CurationReport* report = curation_report(ctx);
    if (report && link < report->link_review.size()) {
        const bool accepted = report->link_review[link] == ReviewState::Accepted;
        ImGui::TextColored(
            accepted ? ImVec4(0.2f, 0.6f, 0.3f, 1) : ImVec4(0.6f, 0.6f, 0.6f, 1), "%s%s",
            accepted ? "Accepted" : "Not reviewed (A accepts, R rejects)",
            link < report->link_touched.size() && report->link_touched[link] ? ", curated" : "");
        if (link < report->link_notes.size())
            for (const std::string& note : report->link_notes[link])
                ImGui::TextWrapped("Note: %s", note.c_str());
    }
    for (std::size_t i = 0; i < r.passages.size(); ++i) {
        const PassageView& p = r.passages[i];
        ImGui::PushID(int(i));
        ImGui::Separator();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        ImGui::TextWrapped("%s%s%s%s%s", p.title.c_str(), p.date.empty() ? "" : ", ",
                           p.date.c_str(), p.author.empty() ? "" : ", ", p.author.c_str());
        ImGui::PopStyleColor();
        // This passage's kind for the pair, and who acts on whom when it says.
        std::string kind_line(label(p.kind));
        if (p.actor >= 0 && p.recipient >= 0)
            kind_line += ": " + c.entities[std::size_t(p.actor)].name + " -> " +
                         c.entities[std::size_t(p.recipient)].name;
        ImGui::TextDisabled("%s", kind_line.c_str());
        if (report) {
            // Reviewing one passage: a rejected one stops counting toward the link.
            const auto ev =
                std::find_if(l.evidence.begin(), l.evidence.end(), [&](const Evidence& e) {
                    return e.doc == p.doc && e.span == p.sentence;
                });
            if (ev != l.evidence.end()) {
                const std::size_t index = std::size_t(ev - l.evidence.begin());
                if (ImGui::SmallButton("Accept passage"))
                    actions.push(ApplyCorrection{passage_review_correction(c, link, index, true)});
                ImGui::SameLine();
                if (ImGui::SmallButton("Reject passage"))
                    actions.push(ApplyCorrection{passage_review_correction(c, link, index, false)});
            }
        }
        ImGui::BeginGroup();
        draw_segments(c.documents[p.doc], p.segments, &role_color, c);
        ImGui::EndGroup();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Click to read the article at this passage");
        if (ImGui::IsItemClicked()) actions.push(OpenPassage{p.doc, p.sentence});
        ImGui::PopID();
    }
}

void draw_node(const PanelContext& ctx, const UiState& ui, EntityIndex e, ActionQueue& actions) {
    const Corpus& c = ctx.corpus;
    const Entity& en = c.entities[e];
    const NodeInspection r = inspect_node(c, *ctx.explore, e);
    ImGui::TextWrapped("%s", en.name.c_str());
    bool pinned = ui.labels_pinned.count(e) > 0;
    if (ImGui::Checkbox("Always label", &pinned)) actions.push(PinLabel{e, pinned});
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Draw this name on the canvas and in figures even where labels crowd");
    if (const CurationReport* report = curation_report(ctx)) {
        if (e < report->entity_touched.size() && report->entity_touched[e])
            ImGui::TextColored(ImVec4(0.2f, 0.5f, 0.8f, 1), "Curated (see the Curation panel)");
        if (e < report->entity_notes.size())
            for (const std::string& note : report->entity_notes[e])
                ImGui::TextWrapped("Note: %s", note.c_str());
    }
    ImGui::Text("Type: %.*s%s", int(label(en.type).size()), label(en.type).data(),
                en.discovered ? " (discovered)" : "");
    if (en.region)
        ImGui::Text("Region: %.*s", int(label(*en.region).size()), label(*en.region).data());
    if (!en.role.empty()) ImGui::TextWrapped("Role: %s", en.role.c_str());
    if (!en.affiliation.empty()) {
        const std::int64_t a = c.find_entity(en.affiliation);
        ImGui::Text("Affiliation:");
        ImGui::SameLine();
        if (a >= 0 && ImGui::SmallButton(c.entities[std::size_t(a)].name.c_str()))
            actions.push(CenterOn{EntityIndex(a)});
        else if (a < 0)
            ImGui::TextUnformatted(en.affiliation.c_str());
    }
    if (!en.aliases.empty()) {
        std::string aliases;
        for (const std::string& s : en.aliases) aliases += (aliases.empty() ? "" : ", ") + s;
        ImGui::TextWrapped("Aliases: %s", aliases.c_str());
    }
    if (ImGui::TreeNode("mentions", "Mentions in %zu document%s", r.mentions_per_doc.size(),
                        r.mentions_per_doc.size() == 1 ? "" : "s")) {
        for (const auto& [doc, n] : r.mentions_per_doc) {
            const Document& d = c.documents[doc];
            ImGui::PushID(int(doc));
            const std::string& title = d.title.empty() ? d.path : d.title;
            if (ImGui::Selectable(title.c_str())) {
                const Mention* first = nullptr;
                for (const Mention& m : en.mentions)
                    if (m.doc == doc) {
                        first = &m;
                        break;
                    }
                actions.push(
                    OpenPassage{doc, first ? std::optional<Span>(first->span) : std::nullopt});
            }
            tooltip_if_cut(title);
            ImGui::SameLine();
            ImGui::TextDisabled("%u", n);
            ImGui::PopID();
        }
        ImGui::TreePop();
    }
    if (ImGui::TreeNodeEx("neighbours", ImGuiTreeNodeFlags_DefaultOpen, "Neighbours (%zu)",
                          r.neighbours.size())) {
        for (std::size_t i = 0; i < r.neighbours.size() && i < 50; ++i) {
            const NeighbourRow& n = r.neighbours[i];
            ImGui::PushID(int(i));
            if (ImGui::Selectable(c.entities[n.entity].name.c_str()))
                actions.push(SelectLink{n.link});
            tooltip_if_cut(c.entities[n.entity].name);
            ImGui::SameLine();
            ImGui::TextDisabled("%.0f", n.weight);
            ImGui::PopID();
        }
        ImGui::TreePop();
    }
}

} // namespace

void draw_inspector_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions) {
    if (!ctx.explore || !ctx.explore->built) return;
    if (ui.selection.link && *ui.selection.link < ctx.corpus.links.size()) {
        draw_link(ctx, *ui.selection.link, actions);
    } else if (ui.selection.nodes.size() == 1 &&
               ui.selection.nodes.front() < ctx.corpus.entities.size()) {
        draw_node(ctx, ui, ui.selection.nodes.front(), actions);
    } else if (ui.selection.nodes.size() > 1) {
        ImGui::Text("%zu entities selected", ui.selection.nodes.size());
    } else {
        ImGui::TextDisabled("Click a node or a link to inspect it.");
    }
}

} // namespace kg::app
