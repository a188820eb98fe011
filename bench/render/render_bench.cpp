// render_bench --nodes N --links M --mode full|redraw|cached|zoomed|zoomed-redraw [--labels]
//              [--frames K] [--dump out.png] [--no-side-panel]
// Renders a generated graph through the real App and renderer in a hidden 1600x1000 window
// (run under xvfb-run) and prints one line ending in `median_ms=X p95_ms=Y`.
//   full:    the analyst pans one pixel per frame (a PanView action, as a drag makes): the app
//            shifts the cached layer and draws the exposed strip, then composites
//   redraw:  the same pan, but every frame re-renders the whole layer (what `full` cost before
//            layer reuse; also what a zoom step or a scene change costs)
//   cached:  nothing changed: the frame composites the cached layer, overlay and panels
//   zoomed, zoomed-redraw: full and redraw, zoomed 12x into the middle (most of the graph off
//            screen)
// --dump writes the layer after the last frame, to check that the frames are not blank.
// --no-side-panel hides the side panel (what the composite costs without most of ImGui's pixels).
#include "synthetic_scene.hpp"
#include "gl/image.hpp"
#include "ui/app.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::uint32_t nodes = 1000, links = 5000;
    std::string mode = "full";
    bool labels = false;
    int frames = 40;
    std::string dump;
    bool side_panel = true;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&] { return i + 1 < argc ? argv[++i] : ""; };
        if (a == "--nodes") nodes = std::uint32_t(std::atol(next()));
        else if (a == "--links") links = std::uint32_t(std::atol(next()));
        else if (a == "--mode") mode = next();
        else if (a == "--labels") labels = true;
        else if (a == "--frames") frames = std::atoi(next());
        else if (a == "--dump") dump = next();
        else if (a == "--no-side-panel") side_panel = false;
        else {
            std::fprintf(stderr, "usage: render_bench --nodes N --links M --mode "
                                 "full|redraw|cached|zoomed|zoomed-redraw [--labels] [--frames K] [--dump out.png] "
                                 "[--no-side-panel]\n");
            return 2;
        }
    }
    const bool zoomed = mode == "zoomed" || mode == "zoomed-redraw";
    const bool redraw = mode == "redraw" || mode == "zoomed-redraw";
    if (mode != "full" && mode != "cached" && !zoomed && !redraw) {
        std::fprintf(stderr, "render_bench: unknown mode '%s'\n", mode.c_str());
        return 2;
    }
    kg::app::App app(kg::app::AppOptions{1600, 1000, false});
    if (!app.ok()) {
        std::fprintf(stderr, "render_bench: %s\n", app.error().c_str());
        return 1;
    }
    auto graph = kg::bench::make_synthetic_graph(nodes, links);
    app.show(std::move(graph.corpus), std::move(graph.positions));
    app.ui().show_labels = labels;
    app.ui().show_side_panel = side_panel;
    for (int i = 0; i < 3; ++i) app.render_frame();
    if (zoomed) app.ui().camera.zoom_at(app.ui().camera.viewport * 0.5f, 12.0f);
    app.invalidate_layer();
    app.render_frame();
    glFinish();

    std::vector<double> ms;
    for (int f = 0; f < frames; ++f) {
        const kg::Vec2 pan{f % 2 ? 1.0f : -1.0f, 0.0f};
        if (redraw) {
            app.ui().camera.pan_pixels(pan);
            app.invalidate_layer();
        } else if (mode != "cached") {
            app.actions().push(kg::app::PanView{pan});
        }
        const auto t0 = std::chrono::steady_clock::now();
        app.render_frame();
        glFinish(); // llvmpipe renders lazily: wait for the pixels
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    if (!dump.empty()) {
        if (std::string err = kg::app::write_png(dump, app.capture_layer()); !err.empty())
            std::fprintf(stderr, "render_bench: %s\n", err.c_str());
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    const double p95 = ms[std::min(ms.size() - 1, std::size_t(double(ms.size()) * 0.95))];
    std::printf("render_bench nodes=%u links=%u mode=%s labels=%d placed_labels=%zu thin_lines=%d frames=%d "
                "last_layer_cpu_ms=%.2f median_ms=%.2f p95_ms=%.2f\n",
                nodes, links, mode.c_str(), int(labels), app.stats().labels, int(app.stats().thin_lines),
                frames, app.stats().scene_ms, median, p95);
    return 0;
}
