// Panning reuses the cached layer (shift by whole pixels, draw only the exposed strips): the
// pixels must equal a complete render, and the app must restore a full-quality layer (labels
// re-placed) once the pan stops.
#include "gui/gui_test_support.hpp"

#include "gl/scene_layer.hpp"
#include "ui/app.hpp"

#include <gtest/gtest.h>

namespace kg::test {
namespace {

// Pixels where some channel differs by more than `tolerance` between two same-sized RGBA images.
std::size_t differing_pixels(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b,
                             int tolerance = 0) {
    if (a.size() != b.size()) return ~std::size_t(0);
    std::size_t n = 0;
    for (std::size_t i = 0; i < a.size(); i += 4) {
        bool differs = false;
        for (std::size_t c = 0; c < 4; ++c)
            differs = differs || std::abs(int(a[i + c]) - int(b[i + c])) > tolerance;
        n += differs;
    }
    return n;
}

TEST(SceneLayer, PannedLayerEqualsACompleteRender) {
    KGVIZ_REQUIRE_DISPLAY();
    LayerRig rig;
    auto& panned = rig.layer;
    auto full = app::SceneLayer::create(rig.error);
    ASSERT_TRUE(panned && full) << rig.why();
    const Fixture f = make_fixture();
    SceneMarks marks;
    marks.selected_link = kXiPutinMeeting; // a highlighted, always-wide link in the strips too
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, marks);
    panned->upload_scene(s);
    full->upload_scene(s);
    const Theme& t = theme(ThemeId::Light);
    const Camera fitted = fit_camera(s.bounds, {640, 400}, 20);
    for (const float zoom : {1.0f, 3.0f}) {
        for (const bool thin : {false, true}) {
            app::EdgeDrawMode mode;
            mode.thin_lines = thin;
            mode.min_length_px = thin ? 2.0f : 1.0f;
            panned->set_edge_mode(mode);
            full->set_edge_mode(mode);
            Camera cam = fitted;
            cam.zoom_at(cam.world_to_screen(f.positions[kRussia]), zoom);
            ASSERT_EQ(panned->render(cam, t, 0), "");
            int step = 0;
            for (const Vec2 pan :
                 {Vec2{1, 0}, Vec2{-3, 0}, Vec2{0, 2}, Vec2{5, -4}, Vec2{-40, 25}, Vec2{120, 90}}) {
                cam.pan_pixels(pan);
                ASSERT_TRUE(panned->can_pan_to(cam, t)) << "step " << step;
                ASSERT_EQ(panned->render_panned(cam, t, 0), "");
                EXPECT_TRUE(panned->panned());
                ASSERT_EQ(full->render(cam, t, 0), "");
                // The strips are drawn through a viewport translated by whole pixels (the layer
                // wraps around); float rounding in that transform can move a few edge pixels
                // across a sub-pixel snap. Nothing else may differ.
                const auto a = panned->read_rgba(), b = full->read_rgba();
                EXPECT_LE(differing_pixels(a, b), 20u)
                    << "zoom " << zoom << " thin " << thin << " step " << step;
                EXPECT_EQ(differing_pixels(a, b, 24), 0u)
                    << "zoom " << zoom << " thin " << thin << " step " << step;
                ++step;
            }
            // Not a whole-pixel pan, a zoom, or a new upload: no reuse.
            Camera half = cam;
            half.pan_pixels({0.5f, 0.0f});
            EXPECT_FALSE(panned->can_pan_to(half, t));
            Camera zoomed = cam;
            zoomed.zoom_at({100, 100}, 1.5f);
            EXPECT_FALSE(panned->can_pan_to(zoomed, t));
            EXPECT_FALSE(panned->can_pan_to(cam, theme(ThemeId::Dark)));
            panned->upload_scene(s);
            cam.pan_pixels({1, 0});
            EXPECT_FALSE(panned->can_pan_to(cam, t));
        }
    }
}

// Drag-panning the App shifts the layer; when the pan stops, the layer is what a complete
// render (labels placed for the new view) gives.
TEST(App, AfterAPanTheLayerIsACompleteRender) {
    KGVIZ_REQUIRE_DISPLAY();
    app::App a(app::AppOptions{1200, 800, false});
    ASSERT_TRUE(a.ok()) << a.error();
    const Fixture f = make_fixture();
    a.show(f.corpus, f.positions);
    a.ui().show_labels = true;
    a.render_frame();
    a.render_frame();
    const std::uint64_t renders = a.stats().scene_renders;
    for (int i = 0; i < 6; ++i) {
        a.actions().push(app::PanView{{-30.0f, 17.0f}});
        a.render_frame();
    }
    EXPECT_EQ(a.stats().scene_renders, renders + 6);
    a.render_frame(); // no pan, no drag: the pan has stopped
    EXPECT_EQ(a.stats().scene_renders, renders + 7);
    const app::Image rested = a.capture_layer();
    a.render_frame(); // nothing changed since: the cached layer is only composited
    EXPECT_EQ(a.stats().scene_renders, renders + 7);
    a.invalidate_layer();
    a.render_frame();
    const app::Image complete = a.capture_layer();
    EXPECT_EQ(differing_pixels(rested.rgba, complete.rgba), 0u);
    EXPECT_GE(a.view().labels().size(), 5u);
}

} // namespace
} // namespace kg::test
