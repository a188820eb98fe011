// render_bench --nodes N --links M --mode full|redraw|cached|zoomed|zoomed-redraw [--labels]
//              [--frames K] [--dump out.png] [--no-side-panel] [--still] [--no-partial] [--hidden]
// Renders a generated graph through the real App and renderer in a 1600x1000 window (run under
// xvfb-run; the window is mapped and has the focus, as the analyst's does) and prints one line
// ending in `median_ms=X p95_ms=Y`.
//   full:    the analyst pans one pixel per frame (a PanView action, as a drag makes): the app
//            shifts the cached layer and draws the exposed strip, then composites
//   redraw:  the same pan, but every frame re-renders the whole layer (what `full` cost before
//            layer reuse; also what a zoom step or a scene change costs)
//   cached:  a hover frame: the pointer moves (glfwSetCursorPos, read by ImGui as the analyst's
//            pointer is) between two nodes near the middle of the canvas, so every frame the
//            hover overlay, the tooltip and the panels' frame counters change over the cached
//            layer. --still keeps the pointer off the canvas (nothing but the counters change).
//   zoomed, zoomed-redraw: full and redraw, zoomed 12x into the middle (most of the graph off
//            screen)
// --dump writes the layer after the last frame, to check that the frames are not blank.
// --no-side-panel hides the side panel (what the composite costs without most of ImGui's pixels).
// --no-partial: every frame composites the whole window and swaps (the app before damage
// rectangles; also what it does where the back buffer is not kept). --hidden: an unmapped
// window, as this bench used before (no pointer, no focus).
#include "gl/image.hpp"
#include "synthetic_scene.hpp"
#include "ui/app.hpp"

#include <glad/gl.h>
#include <GLFW/glfw3.h>

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
    bool still = false, partial = true, visible = true;
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
            frames = std::atoi(next());
        else if (a == "--dump")
            dump = next();
        else if (a == "--no-side-panel")
            side_panel = false;
        else if (a == "--still")
            still = true;
        else if (a == "--no-partial")
            partial = false;
        else if (a == "--hidden")
            visible = false;
        else {
            std::fprintf(
                stderr,
                "usage: render_bench --nodes N --links M --mode "
                "full|redraw|cached|zoomed|zoomed-redraw [--labels] [--frames K] [--dump out.png] "
                "[--no-side-panel] [--still] [--no-partial] [--hidden]\n");
            return 2;
        }
    }
    const bool zoomed = mode == "zoomed" || mode == "zoomed-redraw";
    const bool redraw = mode == "redraw" || mode == "zoomed-redraw";
    if (mode != "full" && mode != "cached" && !zoomed && !redraw) {
        std::fprintf(stderr, "render_bench: unknown mode '%s'\n", mode.c_str());
        return 2;
    }
    kg::app::App app(kg::app::AppOptions{1600, 1000, visible, partial});
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

    // Two nodes for the pointer to hover in turn: the ones the picker finds nearest to two
    // points right of the side panel, 150 px apart.
    GLFWwindow* window = glfwGetCurrentContext();
    const kg::Camera& camera = app.ui().camera;
    std::vector<kg::Vec2> pointer;
    if (mode == "cached" && !still && visible) {
        for (const kg::Vec2 want : {kg::Vec2{900, 500}, kg::Vec2{1050, 500}}) {
            float best = 1e30f;
            kg::Vec2 at = want;
            for (const kg::NodeInstance& n : app.view().scene().nodes) {
                const kg::Vec2 p = camera.world_to_screen(n.pos);
                const float d = (p - want).length();
                if (d < best &&
                    app.view().index().pick(camera.screen_to_world(p), camera.zoom).kind ==
                        kg::HoverTarget::Kind::Node) {
                    best = d;
                    at = p;
                }
            }
            pointer.push_back(at);
        }
    } else if (visible) {
        glfwSetCursorPos(window, 1590, 990); // off the canvas's nodes, over no window
    }
    for (int i = 0; i < 3; ++i) app.render_frame(); // let the pointer's first frames settle
    glFinish();

    std::vector<double> ms;
    for (int f = 0; f < frames; ++f) {
        const kg::Vec2 pan{f % 2 ? 1.0f : -1.0f, 0.0f};
        if (redraw) {
            app.ui().camera.pan_pixels(pan);
            app.invalidate_layer();
        } else if (mode != "cached") {
            app.actions().push(kg::app::PanView{pan});
        } else if (!pointer.empty()) {
            const kg::Vec2 p = pointer[std::size_t(f) % pointer.size()];
            glfwSetCursorPos(window, double(p.x), double(p.y));
        }
        const auto t0 = std::chrono::steady_clock::now();
        app.render_frame();
        glFinish(); // llvmpipe renders lazily: wait for the pixels
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count());
    }
    if (!dump.empty()) {
        if (std::string err = kg::app::write_png(dump, app.capture_layer()); !err.empty())
            std::fprintf(stderr, "render_bench: %s\n", err.c_str());
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    const double p95 = ms[std::min(ms.size() - 1, std::size_t(double(ms.size()) * 0.95))];
    std::printf(
        "render_bench nodes=%u links=%u mode=%s labels=%d placed_labels=%zu thin_lines=%d "
        "frames=%d "
        "hovering=%d partial=%d last_damage_px=%lld last_damage_rects=%zu last_layer_cpu_ms=%.2f "
        "median_ms=%.2f p95_ms=%.2f\n",
        nodes, links, mode.c_str(), int(labels), app.stats().labels, int(app.stats().thin_lines),
        frames, int(!pointer.empty()), int(app.stats().partial_present), app.stats().composited_px,
        app.stats().damage_rects, app.stats().scene_ms, median, p95);
    return 0;
}
