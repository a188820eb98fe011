// Overview: what was loaded (documents, entities, links), how much of a big corpus is shown,
// and how fast frames are.
#include "filter/prominence.hpp"
#include "ui/panels/panel_context.hpp"
#include "ui/panels/prominence_controls.hpp"

#include <imgui.h>

namespace kg::app {

void draw_overview_panel(const PanelContext& ctx, const UiState& ui, ActionQueue& actions) {
    if (!ctx.status.empty())
        ImGui::TextColored(ImVec4(0.8f, 0.45f, 0.1f, 1), "%.*s", int(ctx.status.size()),
                           ctx.status.data());
    ImGui::Text("Documents  %zu", ctx.corpus.documents.size());
    ImGui::Text("Entities   %zu", ctx.corpus.entities.size());
    ImGui::Text("Links      %zu", ctx.corpus.links.size());
    // Only a big corpus is cut by default: there the overview says how much is shown.
    if (is_big_corpus(ctx.corpus)) draw_prominence_controls(ctx, ui, actions);
    ImGui::Separator();
    const FrameStats::Readout& shown = ctx.stats.readout;
    ImGui::Text("Frame %.2f ms   scene %.2f ms", shown.frame_ms, shown.scene_ms);
    ImGui::Text("Frames %llu   labels %zu%s", static_cast<unsigned long long>(shown.frames),
                ctx.stats.labels, ctx.stats.thin_lines ? "   thin links" : "");
    if (ctx.stats.links_drawn < ctx.stats.links_in_view)
        ImGui::Text("Links drawn %zu of %zu in view", ctx.stats.links_drawn,
                    ctx.stats.links_in_view);
}

} // namespace kg::app
