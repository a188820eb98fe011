// Headless rendering: a hidden GLFW window for the GL context, ImGui's OpenGL3 backend for the
// frame text, and render_snapshot() (the figure of a UiState; used by tests). `kgviz snapshot`
// renders through export_figure.hpp with the same pieces.
#pragma once

#include "gl/image.hpp"
#include "platform/glfw_window.hpp"
#include "platform/imgui_layer.hpp"
#include "ui/ui_state.hpp"

#include <optional>
#include <span>
#include <string>

namespace kg::app {

// A current GL 3.3 context in a hidden window with an ImGui context and its OpenGL3 backend
// ready to draw (device objects made): what FigureRenderer needs outside the App.
class HeadlessGl {
public:
    HeadlessGl();
    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }

private:
    GlfwSession glfw_;
    std::optional<Window> window_;
    std::optional<ImGuiLayer> imgui_;
    std::string error_;
};

struct SnapshotStyle {
    int width = 1600;
    int height = 1000;
    std::string title;
    bool legend = true;
};

// `ui` gives theme, colour mode, labels, selection and focus; its camera is replaced by a fit
// into the figure's plot area unless `keep_camera`. `used_camera`, when given, receives the
// camera drawn with. The figure has the full frame (header, legend, sources). Returns nullopt
// with `error` set when no GL context could be made.
std::optional<Image> render_snapshot(const Corpus& corpus, std::span<const Vec2> positions,
                                     const UiState& ui, const SnapshotStyle& style,
                                     std::string& error, bool keep_camera = false,
                                     Camera* used_camera = nullptr);

} // namespace kg::app
