// Headless rendering: a GL context without a window (EGL surfaceless; a hidden GLFW window when
// that is missing), ImGui's OpenGL3 backend for the frame text, and render_snapshot() (the
// figure of a UiState; used by tests). `kgviz snapshot` renders through ui/export_file.hpp with
// the same pieces.
#pragma once

#include "export/figure.hpp"
#include "gl/image.hpp"
#include "platform/glfw_window.hpp"
#include "platform/imgui_layer.hpp"
#include "platform/surfaceless_gl.hpp"
#include "session/ui_state.hpp"

#include <optional>
#include <span>
#include <string>

namespace kg::app {

// A current GL 3.3 core context with an ImGui context and its OpenGL3 backend ready to draw
// (device objects made): what FigureRenderer needs outside the App. The context comes from
// EGL (Mesa's surfaceless platform, else a GPU device), so no display server is needed; where
// EGL has neither, from a hidden GLFW window. KGVIZ_HEADLESS_GL=window skips EGL (to compare
// the two), =egl forbids the window, =egl-device takes the device platform only.
class HeadlessGl {
  public:
    // `with_imgui` false leaves the ImGui context for start_imgui(), so that another thread can
    // still use ImGui's allocator (font atlases) until then: ImGui counts allocations in
    // whichever context is current, process-wide.
    explicit HeadlessGl(bool with_imgui = true);
    void start_imgui();
    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }

  private:
    bool open_window();

    std::optional<SurfacelessGl> surfaceless_;
    std::optional<GlfwSession> glfw_;
    std::optional<Window> window_;
    std::optional<ImGuiLayer> imgui_;
    std::string error_;
};

// The figure of `ui` with the size, text and legend of `figure`: `ui` gives theme, colour mode,
// labels, selection, focus and pinned labels; its camera is replaced by a fit into the figure's
// plot area unless `keep_camera`. `used_camera`, when given, receives the camera drawn with. The
// figure has the full frame (header, legend, sources). Returns nullopt with `error` set when no
// GL context could be made.
std::optional<Image> render_snapshot(const Corpus& corpus, std::span<const Vec2> positions,
                                     const UiState& ui, FigureOptions figure, std::string& error,
                                     bool keep_camera = false, Camera* used_camera = nullptr);

} // namespace kg::app
