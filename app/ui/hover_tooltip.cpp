// Tooltip text for nodes and links.
#include "ui/hover_tooltip.hpp"

#include <imgui.h>

namespace kg::app {

void draw_hover_tooltip(const Corpus& corpus, const FilterResult* filter, const RenderScene& scene,
                        const HoverTarget& hover) {
    if (hover.kind == HoverTarget::Kind::Node && hover.index < scene.node_entity.size()) {
        const Entity& e = corpus.entities[scene.node_entity[hover.index]];
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(e.name.c_str());
        ImGui::TextDisabled("%.*s%s%s", int(label(e.type).size()), label(e.type).data(),
                            e.role.empty() ? "" : " - ", e.role.c_str());
        ImGui::Text("%zu mentions", e.mentions.size());
        ImGui::EndTooltip();
    } else if (hover.kind == HoverTarget::Kind::Edge && hover.index < scene.edge_link.size()) {
        const std::uint32_t li = scene.edge_link[hover.index];
        const Link& l = corpus.links[li];
        ImGui::BeginTooltip();
        ImGui::Text("%s - %s", corpus.entities[l.source].name.c_str(),
                    corpus.entities[l.target].name.c_str());
        ImGui::TextDisabled("%.*s", int(label(l.kind).size()), label(l.kind).data());
        if (l.evidence.empty())
            ImGui::TextUnformatted("Stated by the knowledge base");
        else {
            const bool filtered = filter && li < filter->link_weight.size();
            const std::size_t sentences =
                filtered ? std::size_t(filter->link_weight[li]) : l.evidence.size();
            const std::size_t documents =
                filtered ? filter->link_documents[li] : l.document_count();
            ImGui::Text("%zu sentence%s in %zu document%s", sentences, sentences == 1 ? "" : "s",
                        documents, documents == 1 ? "" : "s");
        }
        ImGui::EndTooltip();
    }
}

} // namespace kg::app
