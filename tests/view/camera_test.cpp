// Camera maths: round trips, zoom about the cursor, fit, animation end points.
#include "view/camera.hpp"

#include <gtest/gtest.h>

namespace kg {
namespace {

void expect_near(Vec2 a, Vec2 b, float eps = 1e-3f) {
    EXPECT_NEAR(a.x, b.x, eps);
    EXPECT_NEAR(a.y, b.y, eps);
}

TEST(Camera, ScreenWorldRoundTrip) {
    Camera c{{10, -5}, 2.5f, {800, 600}};
    expect_near(c.screen_to_world(c.world_to_screen({3, 7})), {3, 7});
    expect_near(c.world_to_screen(c.center), {400, 300});
}

TEST(Camera, ZoomKeepsThePointUnderTheCursor) {
    Camera c{{0, 0}, 1.0f, {800, 600}};
    const Vec2 cursor{650, 120};
    const Vec2 before = c.screen_to_world(cursor);
    c.zoom_at(cursor, 3.0f);
    EXPECT_FLOAT_EQ(c.zoom, 3.0f);
    expect_near(c.screen_to_world(cursor), before);
}

TEST(Camera, PanMovesTheWorldWithTheDrag) {
    Camera c{{0, 0}, 2.0f, {800, 600}};
    const Vec2 grabbed = c.screen_to_world({100, 100});
    c.pan_pixels({30, -20});
    expect_near(c.world_to_screen(grabbed), {130, 80});
}

TEST(Camera, FitShowsTheBoundsWithMargin) {
    Bounds b;
    b.add({-100, -50});
    b.add({300, 150});
    const Camera c = fit_camera(b, {1000, 500}, 50);
    // Width 400 into 900 px, height 200 into 400 px: height binds, zoom 2.
    EXPECT_FLOAT_EQ(c.zoom, 2.0f);
    expect_near(c.center, {100, 50});
    const Vec2 top = c.world_to_screen({100, -50});
    EXPECT_NEAR(top.y, 50.0f, 1e-3f);
}

TEST(Camera, FitInSubRectangleCentresThere) {
    Bounds b;
    b.add({0, 0});
    b.add({100, 100});
    const Camera c = fit_camera_in(b, {1000, 600}, {400, 0}, {1000, 600});
    expect_near(c.world_to_screen({50, 50}), {700, 300});
    EXPECT_FLOAT_EQ(c.zoom, 6.0f);
}

// Fit (F, the button, View > Fit) frames the graph right of the side panel, with the margin.
TEST(Camera, FitOfTheVisibleCanvasKeepsTheGraphRightOfThePanel) {
    Bounds b;
    b.add({-50, -20});
    b.add({150, 80});
    const Camera c = fit_visible_canvas(b, {1200, 800}, 300, 40);
    EXPECT_NEAR(c.world_to_screen({-50, 0}).x, 340.0f, 0.01f);
    EXPECT_NEAR(c.world_to_screen({150, 0}).x, 1160.0f, 0.01f);
    // A panel as wide as the window: the whole window rather than an empty strip.
    const Camera wide = fit_visible_canvas(b, {300, 800}, 300, 40);
    EXPECT_NEAR(wide.world_to_screen({-50, 0}).x, 40.0f, 0.01f);
}

// With the reader open at the right, Fit frames the graph between the panel and the reader.
TEST(Camera, FitOfTheVisibleCanvasKeepsTheGraphLeftOfTheReader) {
    Bounds b;
    b.add({-50, -20});
    b.add({150, 80});
    const Camera c = fit_visible_canvas(b, {1200, 800}, 300, 40, 400);
    EXPECT_NEAR(c.world_to_screen({-50, 0}).x, 340.0f, 0.01f);
    EXPECT_NEAR(c.world_to_screen({150, 0}).x, 760.0f, 0.01f);
    // Panel and reader wider than the window together: the whole window.
    const Camera wide = fit_visible_canvas(b, {600, 800}, 300, 40, 300);
    EXPECT_NEAR(wide.world_to_screen({-50, 0}).x, 40.0f, 0.01f);
}

TEST(Camera, FitOfEmptyOrSinglePointIsSane) {
    const Camera e = fit_camera(Bounds{}, {800, 600}, 10);
    EXPECT_FLOAT_EQ(e.zoom, 1.0f);
    Bounds one;
    one.add({5, 5});
    const Camera p = fit_camera(one, {800, 600}, 10);
    expect_near(p.center, {5, 5});
    EXPECT_GT(p.zoom, 0.0f);
}

TEST(CameraAnimation, StartsAtFromEndsAtToAndZoomsInLogSpace) {
    Camera from{{0, 0}, 1.0f, {800, 600}}, to{{100, 0}, 4.0f, {800, 600}};
    const CameraAnimation a{from, to, 10.0, 1.0};
    expect_near(a.at(10.0).center, from.center);
    EXPECT_FLOAT_EQ(a.at(10.0).zoom, 1.0f);
    EXPECT_EQ(a.at(11.5), to);
    EXPECT_TRUE(a.finished(11.0));
    // Halfway in time is halfway in log zoom: sqrt(1 * 4) = 2.
    EXPECT_NEAR(a.at(10.5).zoom, 2.0f, 1e-3f);
}

} // namespace
} // namespace kg
