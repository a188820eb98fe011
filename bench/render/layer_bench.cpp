// layer_bench --nodes N --links M --mode redraw|pan|zoomed-redraw|zoomed-pan [--labels]
//             [--frames K] [--width W] [--height H] [--dump out.png]
// The canvas's scene layer alone (links, nodes and labels drawn into its offscreen target by the
// app's SceneLayer, with the app's label placement and glyph layout), in a context from EGL with
// no window and no display server. It exists for machines where render_bench's X window cannot
// reach the GPU: on an NVIDIA server EGL's device platform can, while an Xvfb window gets no
// GPU-backed GLX. Prints one line ending in `median_ms=X p95_ms=Y`:
//   redraw:  every frame pans one pixel and re-renders the whole layer, labels re-placed (what a
//            zoom step costs the app, and every frame of a pan before layer reuse)
//   pan:     every frame pans one pixel and draws only the exposed strip (the app's pan)
//   zoomed-*: the same, zoomed 12x into the middle
// What the app adds per frame on top (ImGui panels, the composite's copy to the window) is not
// here; render_bench measures it where a window can be had.
#include "gl/image.hpp"
#include "gl/image_texture.hpp"
#include "gl/label_text.hpp"
#include "gl/scene_layer.hpp"
#include "platform/fonts.hpp"
#include "platform/surfaceless_gl.hpp"
#include "session/scene_view.hpp"
#include "session/ui_state.hpp"
#include "synthetic_scene.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

int usage() {
    std::fprintf(
        stderr, "usage: layer_bench --nodes N --links M --mode redraw|pan|zoomed-redraw|zoomed-pan "
                "[--labels] [--frames K] [--width W] [--height H] [--dump out.png]\n");
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    std::uint32_t nodes = 1000, links = 5000;
    std::string mode = "redraw", dump;
    bool labels = false;
    int frames = 40, width = 1600, height = 1000;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&] { return i + 1 < argc ? argv[++i] : ""; };
        if (a == "--nodes")
            nodes = std::uint32_t(std::atol(next()));
        else if (a == "--links")
            links = std::uint32_t(std::atol(next()));
        else if (a == "--mode")
            mode = next();
        else if (a == "--labels")
            labels = true;
        else if (a == "--frames")
            frames = std::max(1, std::atoi(next()));
        else if (a == "--width")
            width = std::atoi(next());
        else if (a == "--height")
            height = std::atoi(next());
        else if (a == "--dump")
            dump = next();
        else
            return usage();
    }
    const bool zoomed = mode.starts_with("zoomed-");
    const bool pan = mode == "pan" || mode == "zoomed-pan";
    if (!pan && mode != "redraw" && mode != "zoomed-redraw") return usage();
    if (width < 16 || height < 16) return usage();

    kg::app::SurfacelessGl gl;
    if (!gl.ok()) {
        std::fprintf(stderr, "layer_bench: no headless GL: %s\n", gl.error().c_str());
        return 1;
    }
    std::string error;
    auto layer = kg::app::SceneLayer::create(error);
    if (!layer) {
        std::fprintf(stderr, "layer_bench: %s\n", error.c_str());
        return 1;
    }

    auto graph = kg::bench::make_synthetic_graph(nodes, links);
    kg::app::UiState ui;
    ui.show_labels = labels;
    ui.camera.viewport = {float(width), float(height)};
    kg::app::SceneView view;
    view.rebuild(graph.corpus, graph.positions, ui, nullptr); // no filter: every node
    ui.camera = kg::fit_camera_in(view.scene().bounds, ui.camera.viewport, {40, 40},
                                  {float(width) - 40, float(height) - 40});
    if (zoomed) ui.camera.zoom_at(ui.camera.viewport * 0.5f, 12.0f);
    layer->upload_scene(view.scene());

    // The app's fonts, baked into an atlas texture as the ImGui OpenGL backend would upload it.
    std::vector<std::string_view> names;
    for (const auto& e : graph.corpus.entities) names.push_back(e.name);
    kg::app::FontSet fonts;
    ImFontAtlas atlas;
    fonts.build(atlas, names);
    for (const auto& w : fonts.warnings) std::fprintf(stderr, "%s\n", w.c_str());
    unsigned char* pixels = nullptr;
    int atlas_w = 0, atlas_h = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &atlas_w, &atlas_h);
    const kg::app::Texture atlas_texture = kg::app::upload_rgba_texture(atlas_w, atlas_h, pixels);
    const auto label_sizes = kg::app::measure_labels(*fonts.label, graph.corpus, 1.0f);
    const kg::Theme& theme = kg::theme(ui.style.theme);

    // One complete render as the app does it after any change but a pan.
    auto render_all = [&] {
        view.place(ui.camera, label_sizes, ui.show_labels);
        layer->upload_labels(kg::app::layout_label_glyphs(*fonts.label, 1.0f, graph.corpus,
                                                          view.scene().node_entity, view.labels()));
        layer->set_edge_mode(kg::app::choose_edge_mode(view.scene(), ui.camera));
        return layer->render(ui.camera, theme, atlas_texture.get());
    };
    for (int i = 0; i < 3; ++i) error = render_all(); // shader variants, first uploads
    glFinish();
    if (!error.empty()) {
        std::fprintf(stderr, "layer_bench: %s\n", error.c_str());
        return 1;
    }

    std::vector<double> ms;
    for (int f = 0; f < frames; ++f) {
        ui.camera.pan_pixels({f % 2 ? 1.0f : -1.0f, 0.0f});
        const auto t0 = std::chrono::steady_clock::now();
        error = pan && layer->can_pan_to(ui.camera, theme)
                    ? layer->render_panned(ui.camera, theme, atlas_texture.get())
                    : render_all();
        glFinish(); // the GPU (or llvmpipe) works asynchronously: wait for the pixels
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count());
        if (!error.empty()) {
            std::fprintf(stderr, "layer_bench: %s\n", error.c_str());
            return 1;
        }
    }
    if (!dump.empty())
        if (std::string err = kg::app::write_png(dump, {width, height, layer->read_rgba()});
            !err.empty())
            std::fprintf(stderr, "layer_bench: %s\n", err.c_str());

    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    const double p95 = ms[std::min(ms.size() - 1, std::size_t(double(ms.size()) * 0.95))];
    std::printf(
        "layer_bench renderer=\"%s\" egl=%s nodes=%u links=%u mode=%s labels=%d placed_labels=%zu "
        "thin_lines=%d drawn_links=%zu size=%dx%d frames=%d median_ms=%.2f p95_ms=%.2f\n",
        reinterpret_cast<const char*>(glGetString(GL_RENDERER)), gl.platform(), nodes, links,
        mode.c_str(), int(labels), view.labels().size(), int(layer->edge_mode().thin_lines),
        layer->scene_buffers().drawn_edges(), width, height, frames, median, p95);
    return 0;
}
