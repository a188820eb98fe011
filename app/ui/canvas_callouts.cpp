// Canvas callouts: layout, drawing, the canvas menu and the note editor.
#include "ui/canvas_callouts.hpp"

#include "explore/saved_view.hpp"
#include "gl/export_frame_draw.hpp"
#include "view/node_shape.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <unordered_map>
#include <utility>

namespace kg::app {
namespace {

// Where a new callout goes: up and to the right of what it is pinned to.
constexpr Vec2 kNewNoteOffset{32.0f, -64.0f};

} // namespace

std::vector<CanvasCallout> layout_canvas_callouts(const UiState& ui, const RenderScene& scene,
                                                  float pixel_ratio) {
    std::vector<CanvasCallout> out;
    if (ui.callouts.empty()) return out;
    std::unordered_map<EntityIndex, std::uint32_t> node_of;
    for (std::uint32_t i = 0; i < scene.node_entity.size(); ++i)
        node_of.emplace(scene.node_entity[i], i);
    const float to_window = 1.0f / pixel_ratio;
    const ImFont* font = ImGui::GetFont();
    const TextMeasure measure = [font](std::string_view text, float px) {
        return font->CalcTextSizeA(px, 1e9f, 0.0f, text.data(), text.data() + text.size()).x;
    };
    for (std::size_t i = 0; i < ui.callouts.size(); ++i) {
        const Callout& c = ui.callouts[i];
        Vec2 anchor = ui.camera.world_to_screen(c.at);
        float radius = 0.0f;
        if (c.entity) {
            const auto it = node_of.find(*c.entity);
            if (it == node_of.end()) continue; // filtered out: so is its callout
            const NodeInstance& n = scene.nodes[it->second];
            anchor = ui.camera.world_to_screen(n.pos);
            radius = drawn_radius(n.radius, ui.camera.zoom) * ui.camera.zoom;
        }
        out.push_back({i, layout_note(anchor * to_window, radius * to_window, c.offset, c.text,
                                      kNoteFontPx, measure)});
    }
    return out;
}

std::vector<CalloutHit> callout_hits(const std::vector<CanvasCallout>& callouts) {
    std::vector<CalloutHit> out;
    for (const CanvasCallout& c : callouts) out.push_back({c.index, c.layout.box});
    return out;
}

void draw_canvas_callouts(const std::vector<CanvasCallout>& callouts, const Theme& theme) {
    if (callouts.empty()) return;
    ImDrawList& list = *ImGui::GetBackgroundDrawList();
    const NoteColors colors = note_colors(theme);
    for (const CanvasCallout& c : callouts)
        draw_note(list, c.layout, colors, *ImGui::GetFont(), kNoteFontPx);
}

void draw_canvas_menu(CanvasInput& input, const UiState& ui, ActionQueue& actions) {
    constexpr const char* kMenu = "##canvas-menu";
    // One frame's right click opens the menu; what it was over stays with it while it is open.
    if (input.menu) {
        ImGui::OpenPopup(kMenu);
        input.menu_for = std::exchange(input.menu, std::nullopt);
    }
    if (!input.menu_for || !ImGui::BeginPopup(kMenu)) return;
    const CanvasMenuTarget t = *input.menu_for;
    if (t.callout && *t.callout < ui.callouts.size()) {
        if (ImGui::MenuItem("Edit note...")) actions.push(EditCallout{*t.callout});
        if (ImGui::MenuItem("Delete note")) actions.push(DeleteCallout{*t.callout});
        ImGui::Separator();
    }
    if (ImGui::MenuItem(t.entity ? "Add note..." : "Add note here..."))
        actions.push(
            AddCallout{Callout{t.entity, t.entity ? Vec2{} : t.world, kNewNoteOffset, ""}});
    if (t.entity && ui.label_offsets.count(*t.entity) && ImGui::MenuItem("Reset label place"))
        actions.push(ResetLabel{*t.entity});
    if (const bool pinned = t.entity && ui.labels_pinned.count(*t.entity);
        t.entity && ImGui::MenuItem("Always label", nullptr, pinned))
        actions.push(PinLabel{*t.entity, !pinned});
    ImGui::EndPopup();
}

void draw_note_editor(const UiState& ui, ActionQueue& actions) {
    if (!ui.editing_callout || *ui.editing_callout >= ui.callouts.size()) return;
    // Esc closes the editor (escape_key.cpp) and keeps the text: ImGui 1.86's text box would
    // take the same Esc as "cancel" and put back the text it started with, so it is not drawn.
    if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) return;
    const std::size_t index = *ui.editing_callout;
    ImGui::SetNextWindowSize(ImVec2(360, 0), ImGuiCond_Appearing);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.3f), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.0f));
    bool open = true;
    if (ImGui::Begin("Note###note-editor", &open,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextDisabled("A callout for the briefing: saved in the view, drawn in exports.");
        // ImGui edits its own copy while the box is active; every change goes back as an action.
        std::string buffer = ui.callouts[index].text;
        buffer.resize(kMaxNoteText + 1, '\0');
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        if (ImGui::InputTextMultiline("##note", buffer.data(), buffer.size(), ImVec2(340, 90)))
            actions.push(SetCalloutText{index, std::string(buffer.c_str())});
        if (ImGui::Button("Done")) actions.push(EditCallout{std::nullopt});
        ImGui::SameLine();
        if (ImGui::Button("Delete note")) actions.push(DeleteCallout{index});
    }
    ImGui::End();
    if (!open) actions.push(EditCallout{std::nullopt});
}

} // namespace kg::app
