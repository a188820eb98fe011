// Snapshot: hidden window for the context, fit camera leaving room for legend and title, layer
// render, then title and legend through ImGui into the same framebuffer, then read-back.
#include "ui/snapshot_render.hpp"

#include "gl/scene_layer.hpp"
#include "platform/fonts.hpp"
#include "platform/glfw_window.hpp"
#include "platform/imgui_layer.hpp"
#include "ui/label_text.hpp"
#include "ui/legend.hpp"
#include "ui/scene_view.hpp"

#include <cstdio>
#include <string_view>
#include <vector>

namespace kg::app {

std::optional<Image> render_snapshot(const Corpus& corpus, std::span<const Vec2> positions,
                                     const UiState& ui_in, const SnapshotStyle& style,
                                     std::string& error, bool keep_camera,
                                     Camera* used_camera) {
    GlfwSession glfw;
    if (!glfw.ok()) {
        error = glfw.error();
        return std::nullopt;
    }
    Window window(64, 64, "kgviz snapshot", false);
    if (!window.ok()) {
        error = window.error();
        return std::nullopt;
    }
    ImGuiLayer imgui(nullptr);
    FontSet fonts;
    std::vector<std::string_view> texts{style.title};
    for (const Entity& e : corpus.entities) texts.push_back(e.name);
    fonts.build(*ImGui::GetIO().Fonts, texts);
    for (const std::string& w : fonts.warnings) std::fprintf(stderr, "%s\n", w.c_str());
    imgui.rebuild_font_texture();

    std::unique_ptr<SceneLayer> layer = SceneLayer::create(error);
    if (!layer) return std::nullopt;

    UiState ui = ui_in;
    SceneView view;
    view.rebuild(corpus, positions, ui);
    const Theme& theme = kg::theme(ui.style.theme);
    const Vec2 viewport{float(style.width), float(style.height)};
    const ImVec2 legend = legend_size(*fonts.ui, ui.style.color);
    if (!keep_camera) {
        // Leave the legend's column and the title's band free so nothing hides under them.
        const float left = style.legend ? legend.x + 40.0f : 40.0f;
        const float top = style.title.empty() ? 40.0f : 80.0f;
        ui.camera = fit_camera_in(view.scene().bounds, viewport, {left, top},
                                  {viewport.x - 40.0f, viewport.y - 40.0f});
    }
    ui.camera.viewport = viewport;
    if (used_camera) *used_camera = ui.camera;
    view.place(ui.camera, measure_labels(*fonts.label, corpus, 1.0f), ui.show_labels);
    layer->upload_scene(view.scene());
    layer->upload_labels(layout_label_glyphs(*fonts.label, 1.0f, corpus, view.scene().node_entity,
                                             view.labels()));
    layer->set_edge_mode(choose_edge_mode(view.scene(), ui.camera));
    const GLuint atlas = GLuint(reinterpret_cast<std::uintptr_t>(ImGui::GetIO().Fonts->TexID));
    if (error = layer->render(ui.camera, theme, atlas); !error.empty()) return std::nullopt;

    imgui.new_frame(viewport.x, viewport.y);
    ImDrawList& list = *ImGui::GetForegroundDrawList();
    if (!style.title.empty()) {
        const ImVec2 size = fonts.title->CalcTextSizeA(fonts.title->FontSize, 1e9f, 0, style.title.c_str());
        list.AddText(fonts.title, fonts.title->FontSize, {(viewport.x - size.x) * 0.5f, 24.0f},
                     IM_COL32(theme.text.r, theme.text.g, theme.text.b, 255), style.title.c_str());
    }
    if (style.legend) draw_legend(list, {20.0f, viewport.y - legend.y - 20.0f}, theme, ui.style.color, *fonts.ui);
    layer->target().bind();
    imgui.render();

    Image image;
    image.width = layer->target().width();
    image.height = layer->target().height();
    image.rgba = layer->target().read_rgba();
    return image;
}

} // namespace kg::app
