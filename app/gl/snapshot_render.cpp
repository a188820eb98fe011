// Headless GL for snapshots, and render_snapshot on top of the figure export path.
#include "gl/snapshot_render.hpp"

#include "gl/figure_renderer.hpp"
#include "session/stage_clock.hpp"

#include <backends/imgui_impl_opengl3.h>

#include <cstdlib>
#include <string_view>

namespace kg::app {

HeadlessGl::HeadlessGl(bool with_imgui) {
    StageClock clock("  ");
    const char* env = std::getenv("KGVIZ_HEADLESS_GL");
    const std::string_view choice = env ? env : "";
    if (choice != "window") {
        surfaceless_.emplace(choice == "egl-device" ? SurfacelessGl::Platforms::DeviceOnly
                                                    : SurfacelessGl::Platforms::Any);
        if (!surfaceless_->ok()) {
            error_ = surfaceless_->error();
            surfaceless_.reset();
        }
    }
    if (!surfaceless_) {
        if (choice == "egl" || choice == "egl-device") return;
        const std::string egl_reason = error_;
        if (!open_window()) {
            if (!egl_reason.empty()) error_ = egl_reason + "; and " + error_;
            return;
        }
        error_.clear();
    }
    clock.stage(!surfaceless_ ? "GL context (window)"
                : std::string_view(surfaceless_->platform()) == "device"
                    ? "GL context (EGL device)"
                    : "GL context (EGL)"); // mostly Mesa and LLVM loading
    if (with_imgui) start_imgui();
}

void HeadlessGl::start_imgui() {
    if (!ok() || imgui_) return;
    StageClock clock("  ");
    imgui_.emplace(nullptr);
    // The backend makes its shader on the first NewFrame; figures draw without one. The first
    // GLSL compile of the process is most of this (Mesa sets up its compiler).
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    clock.stage("ImGui GL objects");
}

bool HeadlessGl::open_window() {
    glfw_.emplace();
    if (!glfw_->ok()) {
        error_ = glfw_->error();
        return false;
    }
    window_.emplace(64, 64, "kgviz snapshot", false);
    if (!window_->ok()) {
        error_ = window_->error();
        return false;
    }
    return true;
}

std::optional<Image> render_snapshot(const Corpus& corpus, std::span<const Vec2> positions,
                                     const UiState& ui, FigureOptions figure, std::string& error,
                                     bool keep_camera, Camera* used_camera) {
    HeadlessGl gl;
    if (!gl.ok()) {
        error = gl.error();
        return std::nullopt;
    }
    std::unique_ptr<FigureRenderer> renderer = FigureRenderer::create(error);
    if (!renderer) return std::nullopt;
    figure.style = ui.style;
    figure.labels = ui.show_labels;
    // The corpus is the filtered subset.
    figure.marks = scene_marks(ui, nullptr, corpus.entities.size());
    if (keep_camera) figure.camera = ui.camera;
    const Figure composed = renderer->compose(corpus, positions, figure);
    if (used_camera) *used_camera = composed.camera;
    return renderer->render(corpus, composed, figure, error);
}

} // namespace kg::app
