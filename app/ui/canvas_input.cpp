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

// The label under `p` (framebuffer pixels), as placed this frame.
const PlacedLabel* label_at(const SceneView& view, Vec2 p) {
    for (const PlacedLabel& l : view.labels())
        if (p.x >= l.pos.x && p.x <= l.pos.x + l.size.x && p.y >= l.pos.y &&
            p.y <= l.pos.y + l.size.y)
            return &l;
    return nullptr;
}

void on_press(CanvasInput& in, const SceneView& view, const UiState& ui, Vec2 p, float pixel_ratio,
              bool shift, bool alt) {
    const Camera& cam = ui.camera;
    CanvasDrag& d = in.drag;
    d = {};
    d.press_px = d.last_px = p;
    const Vec2 pt = p * (1.0f / pixel_ratio);
    if (const std::optional<std::size_t> c = callout_at(in.callouts, pt);
        c && *c < ui.callouts.size()) {
        d.kind = CanvasDrag::Kind::Callout;
        d.callout = *c;
        d.start_offset = ui.callouts[*c].offset;
        return;
    }
    if (alt)
        if (const PlacedLabel* l = label_at(view, p); l && l->node < view.scene().nodes.size()) {
            // The label's offset from its node, in window units (it moves, the node stays).
            d.kind = CanvasDrag::Kind::Label;
            d.entity = view.scene().node_entity[l->node];
            const Vec2 anchor = cam.world_to_screen(view.scene().nodes[l->node].pos);
            d.start_offset = (l->pos - anchor) * (1.0f / pixel_ratio);
            return;
        }
    d.pressed = view.index().pick(cam.screen_to_world(p), cam.zoom);
    if (d.pressed.kind == HoverTarget::Kind::Node) {
        d.kind = CanvasDrag::Kind::Node;
        d.entity = view.scene().node_entity[d.pressed.index];
        d.grab_offset = view.scene().nodes[d.pressed.index].pos - cam.screen_to_world(p);
    } else {
        d.kind = shift ? CanvasDrag::Kind::Box : CanvasDrag::Kind::Pan;
    }
}

void on_release(CanvasInput& in, const SceneView& view, const Camera& cam, float pixel_ratio,
                bool shift, ActionQueue& out) {
    CanvasDrag& d = in.drag;
    if (d.kind == CanvasDrag::Kind::Label || d.kind == CanvasDrag::Kind::Callout) {
        // Nothing more: the drag moved it as it went; a click on a callout only selects nothing.
    } else if (d.right) {
        if (!d.moved) {
            CanvasMenuTarget t{cam.screen_to_world(d.press_px), std::nullopt,
                               callout_at(in.callouts, d.press_px * (1.0f / pixel_ratio))};
            const HoverTarget hit = view.index().pick(t.world, cam.zoom);
            if (hit.kind == HoverTarget::Kind::Node) t.entity = view.scene().node_entity[hit.index];
            in.menu = t;
        }
    } else if (d.kind == CanvasDrag::Kind::Box && d.moved) {
        Bounds box;
        box.add(cam.screen_to_world(d.press_px));
        box.add(cam.screen_to_world(d.last_px));
        SelectNodes select{{}, true};
        for (std::uint32_t i : view.index().nodes_in(box))
            select.nodes.push_back(view.scene().node_entity[i]);
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
        const std::optional<std::size_t> callout =
            callout_at(in.callouts, p * (1.0f / pixel_ratio));
        if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && callout) {
            out.push(EditCallout{*callout});
        } else if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
            if (in.hover.kind == HoverTarget::Kind::Node)
                out.push(FocusNeighbourhood{view.scene().node_entity[in.hover.index]});
            else
                out.push(ClearFocus{});
        } else if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
            on_press(in, view, ui, p, pixel_ratio, io.KeyShift, io.KeyAlt);
        } else if (ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
            in.drag = {};
            in.drag.kind = CanvasDrag::Kind::Pan;
            in.drag.right = true;
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
            if (d.kind == CanvasDrag::Kind::Node)
                out.push(MoveNode{d.entity, cam.screen_to_world(p) + d.grab_offset});
            const Vec2 offset = d.start_offset + (p - d.press_px) * (1.0f / pixel_ratio);
            if (d.kind == CanvasDrag::Kind::Label) out.push(MoveLabel{d.entity, offset});
            if (d.kind == CanvasDrag::Kind::Callout) out.push(MoveCallout{d.callout, offset});
        }
        d.last_px = p;
        if (!ImGui::IsMouseDown(ImGuiMouseButton_Left) &&
            !ImGui::IsMouseDown(ImGuiMouseButton_Right))
            on_release(in, view, cam, pixel_ratio, io.KeyShift, out);
    }

    // Plain keys only: Ctrl+F is search and Ctrl+... the App's.
    if (!io.WantCaptureKeyboard && !io.KeyCtrl && !io.KeyAlt && !io.KeySuper) {
        if (ImGui::IsKeyPressed(GLFW_KEY_F, false)) out.push(FitView{true});
        if (ImGui::IsKeyPressed(GLFW_KEY_L, false)) out.push(SetShowLabels{!ui.show_labels});
        // Review: accept or reject the selected link, then move on to the next unreviewed one.
        if (ui.selection.link && ImGui::IsKeyPressed(GLFW_KEY_A, false))
            out.push(ReviewSelectedLink{true});
        if (ui.selection.link && ImGui::IsKeyPressed(GLFW_KEY_R, false))
            out.push(ReviewSelectedLink{false});
        if (!in.escape_taken && ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) {
            out.push(ClearSelection{});
            out.push(ClearFocus{});
        }
    }
}

std::optional<std::size_t> callout_at(std::span<const CalloutHit> callouts, Vec2 pt) {
    for (auto it = callouts.rbegin(); it != callouts.rend(); ++it)
        if (pt.x >= it->box.x0 && pt.x <= it->box.x1 && pt.y >= it->box.y0 && pt.y <= it->box.y1)
            return it->index;
    return std::nullopt;
}

std::optional<std::pair<Vec2, Vec2>> box_select_rect(const CanvasInput& in, float pixel_ratio) {
    if (in.drag.kind != CanvasDrag::Kind::Box || !in.drag.moved) return std::nullopt;
    const float s = 1.0f / pixel_ratio;
    return std::pair{in.drag.press_px * s, in.drag.last_px * s};
}

} // namespace kg::app
