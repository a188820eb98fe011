// Damage frames: where the back buffer is kept, a frame repaints only what the hover
// overlay and ImGui changed; its pixels must equal a whole-window composite of the same frame,
// through hovers, a pointer leaving the canvas, a pan, a zoom, a selection and the side panel
// closing.
#include "gui/gui_test_support.hpp"

#include "gl/frame_damage.hpp"
#include "session/actions.hpp"
#include "ui/app.hpp"

#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

namespace kg::test {
namespace {

constexpr int kW = 1200, kH = 800;

std::size_t differing_pixels(const app::Image& a, const app::Image& b) {
    if (a.width != b.width || a.height != b.height) return std::size_t(-1);
    std::size_t n = 0;
    for (std::size_t i = 0; i < a.rgba.size(); i += 4)
        n += a.rgba[i] != b.rgba[i] || a.rgba[i + 1] != b.rgba[i + 1] ||
             a.rgba[i + 2] != b.rgba[i + 2];
    return n;
}

// Whether a node is under a screen point, picked as the canvas picks the hovered item.
bool node_under(app::App& a, Vec2 screen) {
    const kg::Camera& cam = a.ui().camera;
    return a.view().index().pick(cam.screen_to_world(screen), cam.zoom).kind ==
           HoverTarget::Kind::Node;
}

// Screen position of a node right of the side panel, away from the edges (fixture order).
std::vector<Vec2> hoverable_nodes(app::App& a) {
    std::vector<Vec2> out;
    for (const NodeInstance& n : a.view().scene().nodes) {
        const Vec2 p = a.ui().camera.world_to_screen(n.pos);
        if (p.x > 360 && p.x < kW - 60 && p.y > 60 && p.y < kH - 60 && node_under(a, p))
            out.push_back(p);
    }
    return out;
}

TEST(FrameDamage, RegionMergesNearbyRectanglesAndCapsTheirNumber) {
    app::DamageRegion d;
    d.reset(1000, 800);
    EXPECT_TRUE(d.empty());
    d.add({10, 10, 20, 20});
    d.add({30, 10, 40, 20}); // 10 px apart: merged
    ASSERT_EQ(d.rects().size(), 1u);
    EXPECT_EQ(d.rects()[0], (app::PixelRect{10, 10, 40, 20}));
    d.add({500, 500, 520, 520});
    EXPECT_EQ(d.rects().size(), 2u);
    d.add({-50, 790, 5, 900}); // clipped to the framebuffer
    EXPECT_EQ(d.rects().back(), (app::PixelRect{0, 790, 5, 800}));
    for (int i = 0; i < 10; ++i) d.add({100 * i, 300, 100 * i + 4, 304});
    EXPECT_LE(d.rects().size(), app::DamageRegion::kMaxRects);
    d.add_all();
    ASSERT_EQ(d.rects().size(), 1u);
    EXPECT_EQ(d.rects()[0], (app::PixelRect{0, 0, 1000, 800}));
}

TEST(FrameDamage, DamageFramesEqualWholeCompositesThroughHoverPanZoomAndPanels) {
    KGVIZ_REQUIRE_DISPLAY();
    app::App a(app::AppOptions{kW, kH, true, true}); // mapped: it has the focus and the pointer
    ASSERT_TRUE(a.ok()) << a.error();
    if (!a.stats().partial_present)
        GTEST_SKIP() << "no kept back buffer here (needs a software rasterizer with "
                        "GLX_MESA_copy_sub_buffer)";
    const Fixture f = make_fixture();
    a.show(f.corpus, f.positions);
    a.ui().show_labels = true;
    GLFWwindow* window = glfwGetCurrentContext();
    glfwSetCursorPos(window, kW - 5, kH - 5);
    for (int i = 0; i < 3; ++i) a.render_frame();
    const std::vector<Vec2> nodes = hoverable_nodes(a);
    ASSERT_GE(nodes.size(), 3u);
    const long long whole = (long long)kW * kH;

    app::Image before = a.capture_frame();
    int damage_frames = 0, changed_frames = 0;
    auto step = [&](const char* what, auto&& change) {
        SCOPED_TRACE(what);
        change();
        a.render_frame();
        const app::Image damaged = a.capture_frame();
        if (a.stats().composited_px < whole) ++damage_frames;
        if (differing_pixels(damaged, before) > 0) ++changed_frames;
        a.repaint_frame();
        const app::Image full = a.capture_frame();
        EXPECT_EQ(differing_pixels(damaged, full), 0u) << "damage rects " << a.stats().damage_rects
                                                       << ", " << a.stats().composited_px << " px";
        before = full;
    };
    auto point = [&](Vec2 p) { return [&, p] { glfwSetCursorPos(window, p.x, p.y); }; };
    step("hover a node", point(nodes[0]));
    step("hover another node", point(nodes[1]));
    step("hover a third", point(nodes[2]));
    step("the same node, pointer moved", point(nodes[2] + Vec2{1, 1}));
    step("empty canvas corner", point({kW - 5, kH - 5}));
    step("back on a node", point(nodes[0]));
    step("pan", [&] { a.actions().push(app::PanView{{7, 3}}); });
    step("hover after the pan", point(nodes[1] + Vec2{7, 3}));
    step("zoom", [&] { a.actions().push(app::ZoomView{{700, 400}, 1.2f}); });
    step("hover after the zoom", point({kW - 5, kH - 5}));
    step("select", [&] {
        a.actions().push(app::SelectNodes{{a.view().scene().node_entity[0]}, false});
    });
    step("hover after the selection", point(nodes[2]));
    step("side panel closes", [&] { a.ui().show_side_panel = false; });
    step("hover with the panel closed", point(nodes[0]));
    // Most frames were damage frames, and they changed pixels (the test compares something).
    EXPECT_GE(damage_frames, 8);
    EXPECT_GE(changed_frames, 10);
}

// The overview's frame-time readout changes at most twice a second: redrawn every frame, it
// damaged the side panel in every hover frame. Frames in which only the pointer moves over empty
// canvas repaint nothing, but for that refresh.
TEST(FrameDamage, PointerMovesOverEmptyCanvasRepaintNothing) {
    KGVIZ_REQUIRE_DISPLAY();
    app::App a(app::AppOptions{kW, kH, true, true});
    ASSERT_TRUE(a.ok()) << a.error();
    if (!a.stats().partial_present)
        GTEST_SKIP() << "no kept back buffer here (needs a software rasterizer with "
                        "GLX_MESA_copy_sub_buffer)";
    const Fixture f = make_fixture();
    a.show(f.corpus, f.positions);
    GLFWwindow* window = glfwGetCurrentContext();
    glfwSetCursorPos(window, kW - 5, kH - 5);
    for (int i = 0; i < 3; ++i) a.render_frame();
    ASSERT_FALSE(node_under(a, {kW - 5, kH - 5})) << "the corner must be empty";
    constexpr int kFrames = 8;
    int repainted = 0;
    const double start = glfwGetTime();
    for (int i = 0; i < kFrames; ++i) {
        glfwSetCursorPos(window, kW - 5 - (i % 2), kH - 5);
        a.render_frame();
        if (a.stats().composited_px > 0) ++repainted;
    }
    const double seconds = glfwGetTime() - start;
    if (seconds > 1.5)
        GTEST_SKIP() << "frames too slow here to tell a refresh from a repaint: " << seconds
                     << " s";
    EXPECT_LE(repainted, 4) << kFrames << " frames in " << seconds << " s";
}

} // namespace
} // namespace kg::test
