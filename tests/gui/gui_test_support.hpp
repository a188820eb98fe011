// Helpers shared by the GUI tests: the display guard, fixture rendering, pixel probes.
#pragma once

#include "gl/image.hpp"
#include "gl/scene_layer.hpp"
#include "gl/snapshot_render.hpp"
#include "view/fixture_corpus.hpp"
#include "view/render_scene.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>

// GUI tests run under `xvfb-run -a ctest`; without a display they skip, saying why.
#define KGVIZ_REQUIRE_DISPLAY()                                                                    \
    do {                                                                                           \
        if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY"))                            \
            GTEST_SKIP() << "no X display: run the GUI tests under `xvfb-run -a ctest -L gui`";    \
    } while (0)

namespace kg::test {

// A hidden GL context with a scene layer in it, for tests that drive the renderer directly.
struct LayerRig {
    app::HeadlessGl gl;
    std::string error;
    std::unique_ptr<app::SceneLayer> layer = gl.ok() ? app::SceneLayer::create(error) : nullptr;
    std::string why() const { return gl.ok() ? error : gl.error(); }
};

struct Rendered {
    std::optional<app::Image> image;
    std::string error;
    Camera camera;
    RenderScene scene; // the scene as built for this UiState (same builder the renderer used)
};

// Renders the fixture at 1200x800 without legend; labels off unless the UiState asks for them
// through `labels`, so pixel probes see only nodes and links.
inline Rendered render_fixture(const Fixture& f, app::UiState ui, bool labels = false,
                               int width = 1200, int height = 800) {
    Rendered r;
    ui.show_labels = labels;
    FigureOptions figure;
    figure.viewport = {float(width), float(height)};
    figure.legend = false;
    r.image = app::render_snapshot(f.corpus, f.positions, ui, figure, r.error, false, &r.camera);
    r.scene = build_render_scene(f.corpus, f.positions, ui.style,
                                 app::scene_marks(ui, nullptr, f.corpus.entities.size()));
    return r;
}

inline Rgba pixel(const app::Image& img, Vec2 p) {
    const int x = std::clamp(int(std::lround(p.x)), 0, img.width - 1);
    const int y = std::clamp(int(std::lround(p.y)), 0, img.height - 1);
    const std::uint8_t* v = img.at(x, y);
    return {v[0], v[1], v[2], v[3]};
}

inline bool near(Rgba a, Rgba b, int tolerance) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance &&
           std::abs(a.b - b.b) <= tolerance;
}

} // namespace kg::test
