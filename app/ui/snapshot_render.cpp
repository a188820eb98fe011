// Headless GL for snapshots, and render_snapshot on top of the figure export path.
#include "ui/snapshot_render.hpp"

#include "ui/export_figure.hpp"
#include "ui/stage_clock.hpp"

#include <backends/imgui_impl_opengl3.h>

namespace kg::app {

HeadlessGl::HeadlessGl() {
    StageClock clock("  ");
    if (!glfw_.ok()) {
        error_ = glfw_.error();
        return;
    }
    window_.emplace(64, 64, "kgviz snapshot", false);
    clock.stage("GL window"); // loading Mesa's driver (and LLVM) is most of it
    if (!window_->ok()) {
        error_ = window_->error();
        return;
    }
    imgui_.emplace(nullptr);
    // The backend makes its shader on the first NewFrame; figures draw without one.
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    clock.stage("ImGui GL objects");
}

std::optional<Image> render_snapshot(const Corpus& corpus, std::span<const Vec2> positions,
                                     const UiState& ui, const SnapshotStyle& style,
                                     std::string& error, bool keep_camera, Camera* used_camera) {
    HeadlessGl gl;
    if (!gl.ok()) {
        error = gl.error();
        return std::nullopt;
    }
    std::unique_ptr<FigureRenderer> renderer = FigureRenderer::create(error);
    if (!renderer) return std::nullopt;
    FigureRequest request;
    request.width = style.width;
    request.height = style.height;
    request.style = ui.style;
    request.title = style.title;
    request.legend = style.legend;
    request.labels = ui.show_labels;
    request.marks = scene_marks(ui, corpus.entities.size());
    if (keep_camera) request.camera = ui.camera;
    const Figure figure = renderer->compose(corpus, positions, request);
    if (used_camera) *used_camera = figure.camera;
    return renderer->render(corpus, figure, request, error);
}

} // namespace kg::app
