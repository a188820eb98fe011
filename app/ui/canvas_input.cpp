// Canvas interaction state machine.
#include "ui/canvas_input.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cmath>

namespace kg::app {
namespace {

constexpr float kClickSlopPx = 4.0f;

Vec2 mouse_px(float pixel_ratio) {
    const ImVec2 m = ImGui::GetIO().MousePos;
    return {m.x * pixel_ratio, m.y * pixel_ratio};
}

void on_press(CanvasInput& in, const SceneView& view, const Camera& cam, Vec2 p, bool shift) {
    CanvasDrag& d = in.drag;
    d = {};
    d.press_px = d.last_px = p;
    d.pressed = view.index().pick(cam.screen_to_world(p), cam.zoom);
    if (d.pressed.kind == HoverTarget::Kind::Node) {
        d.kind = CanvasDrag::Kind::Node;
        d.entity = view.scene().node_entity[d.pressed.index];
        d.grab_offset = view.scene().nodes[d.pressed.index].pos - cam.screen_to_world(p);
    } else {
        d.kind = shift ? CanvasDrag::Kind::Box : CanvasDrag::Kind::Pan;
    }
}

void on_release(CanvasInput& in, const SceneView& view, const Camera& cam, bool shift, ActionQueue& out) {
    CanvasDrag& d = in.drag;
    if (d.kind == CanvasDrag::Kind::Box && d.moved) {
        Bounds box;
        box.add(cam.screen_to_world(d.press_px));
        box.add(cam.screen_to_world(d.last_px));
        SelectNodes select{{}, true};
        for (std::uint32_t i : view.index().nodes_in(box)) select.nodes.push_back(view.scene().node_entity[i]);
        out.push(std::move(select));
    } else if (!d.moved) {
        // A click: select what was under the pointer at press (shift adds nodes).
        if (d.pressed.kind == HoverTarget::Kind::Node)
            out.push(SelectNodes{{view.scene().node_entity[d.pressed.index]}, shift});
        else if (d.pressed.kind == HoverTarget::Kind::Edge)
            out.push(SelectLink{view.scene().edge_link[d.pressed.index]});
        else if (!shift)
            out.push(ClearSelection{});
    }
    d = {};
}

} // namespace

void handle_canvas_input(CanvasInput& in, const SceneView& view, const UiState& ui,
                         float pixel_ratio, ActionQueue& out) {
    const ImGuiIO& io = ImGui::GetIO();
    const Camera& cam = ui.camera;
    const Vec2 p = mouse_px(pixel_ratio);
    const bool mouse_ok = !io.WantCaptureMouse && ImGui::IsMousePosValid();

    if (mouse_ok && in.drag.kind == CanvasDrag::Kind::None) {
        in.hover = view.index().pick(cam.screen_to_world(p), cam.zoom);
        if (io.MouseWheel != 0.0f) out.push(ZoomView{p, std::pow(1.2f, io.MouseWheel)});
        if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
            if (in.hover.kind == HoverTarget::Kind::Node)
                out.push(FocusNeighbourhood{view.scene().node_entity[in.hover.index]});
            else
                out.push(ClearFocus{});
        } else if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
            on_press(in, view, cam, p, io.KeyShift);
        } else if (ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
            in.drag = {};
            in.drag.kind = CanvasDrag::Kind::Pan;
            in.drag.press_px = in.drag.last_px = p;
        }
    } else if (!mouse_ok && in.drag.kind == CanvasDrag::Kind::None) {
        in.hover = {};
    }

    CanvasDrag& d = in.drag;
    if (d.kind != CanvasDrag::Kind::None) {
        if ((p - d.press_px).length() > kClickSlopPx) d.moved = true;
        const Vec2 delta = p - d.last_px;
        if (d.moved && (delta.x != 0 || delta.y != 0)) {
            if (d.kind == CanvasDrag::Kind::Pan) out.push(PanView{delta});
            if (d.kind == CanvasDrag::Kind::Node) out.push(MoveNode{d.entity, cam.screen_to_world(p) + d.grab_offset});
        }
        d.last_px = p;
        if (!ImGui::IsMouseDown(ImGuiMouseButton_Left) && !ImGui::IsMouseDown(ImGuiMouseButton_Right))
            on_release(in, view, cam, io.KeyShift, out);
    }

    // Plain keys only: Ctrl+F is search and Ctrl+... the App's.
    if (!io.WantCaptureKeyboard && !io.KeyCtrl && !io.KeyAlt && !io.KeySuper) {
        if (ImGui::IsKeyPressed(GLFW_KEY_F, false)) out.push(FitView{true});
        if (ImGui::IsKeyPressed(GLFW_KEY_L, false)) out.push(SetShowLabels{!ui.show_labels});
        // Review: accept or reject the selected link, then move on to the next unreviewed one.
        if (ui.selection.link && ImGui::IsKeyPressed(GLFW_KEY_A, false)) out.push(ReviewSelectedLink{true});
        if (ui.selection.link && ImGui::IsKeyPressed(GLFW_KEY_R, false)) out.push(ReviewSelectedLink{false});
        if (!in.escape_taken && ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) {
            out.push(ClearSelection{});
            out.push(ClearFocus{});
        }
    }
}

std::optional<std::pair<Vec2, Vec2>> box_select_rect(const CanvasInput& in, float pixel_ratio) {
    if (in.drag.kind != CanvasDrag::Kind::Box || !in.drag.moved) return std::nullopt;
    const float s = 1.0f / pixel_ratio;
    return std::pair{in.drag.press_px * s, in.drag.last_px * s};
}

} // namespace kg::app
