// The interactive App on the fixture: idle means no frames, picking agrees with pixels, labels
// in the rendered layer do not overlap, and every panel builds for many frames.
#include "gui/gui_test_support.hpp"

#include "gl/scene_layer.hpp"
#include "ui/app.hpp"
#include "ui/link_budget_hint.hpp"
#include "ui/panels/panel_registry.hpp"
#include "view/node_shape.hpp"
#include "view/scene_cull.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace kg::test {
namespace {

std::unique_ptr<app::App> make_app(bool labels) {
    auto a = std::make_unique<app::App>(app::AppOptions{1200, 800, false});
    if (!a->ok()) return nullptr;
    const Fixture f = make_fixture();
    a->show(f.corpus, f.positions);
    a->ui().show_labels = labels;
    a->render_frame();
    a->render_frame();
    return a;
}

TEST(App, IdleAppRendersNoNewFrames) {
    KGVIZ_REQUIRE_DISPLAY();
    auto a = make_app(true);
    ASSERT_TRUE(a);
    a->run(1.2); // settles: the frames after the last event, then the overview readout's one
    const std::uint64_t settled = a->stats().frames;
    a->run(1.0); // nothing happens: glfwWaitEvents must block
    EXPECT_EQ(a->stats().frames, settled);
    EXPECT_GT(settled, 0u);
}

// The overview's frame readout refreshes at most twice a second; once the user pauses, one more
// frame shows the last working frame's numbers, and then the app sleeps.
TEST(App, ReadoutCatchesUpWithOneFrameWhenIdle) {
    KGVIZ_REQUIRE_DISPLAY();
    auto a = make_app(true);
    ASSERT_TRUE(a);
    a->run(1.2);
    for (int i = 0; i < 3; ++i) a->render_frame(); // work, faster than the readout's period
    const std::uint64_t worked = a->stats().frames;
    const double last_ms = a->stats().frame_ms;
    ASSERT_LT(a->stats().readout.frames, worked);
    a->run(1.5);
    EXPECT_EQ(a->stats().frames, worked + 1);
    EXPECT_EQ(a->stats().readout.frames, worked);
    EXPECT_EQ(a->stats().readout.frame_ms, last_ms);
}

// Every 9th pixel of the cached layer away from node outlines: a picked node shows its fill,
// nothing picked shows the background.
void expect_picking_matches_pixels(app::App& a, int& node_checks, int& empty_checks) {
    const app::Image img = a.capture_layer();
    const RenderScene& s = a.view().scene();
    const Camera& cam = a.ui().camera;
    const Theme& t = theme(ThemeId::Light);
    for (int y = 4; y < img.height - 4; y += 9)
        for (int x = 4; x < img.width - 4; x += 9) {
            const Vec2 p{float(x), float(y)};
            const Vec2 w = cam.screen_to_world(p);
            const HoverTarget hit = a.view().index().pick(w, cam.zoom, 4.0f);
            // Distance in pixels to the nearest node outline, to stay clear of anti-aliased edges.
            float nearest = 1e9f;
            for (const NodeInstance& n : s.nodes)
                nearest =
                    std::min(nearest, std::abs(shape_distance(NodeShape(n.shape), w - n.pos,
                                                              drawn_radius(n.radius, cam.zoom))) *
                                          cam.zoom);
            if (nearest < 4.0f) continue;
            if (hit.kind == HoverTarget::Kind::Node) {
                const NodeInstance& n = s.nodes[hit.index];
                if (NodeShape(n.shape) == NodeShape::Ring) continue; // band and tinted hole differ
                EXPECT_TRUE(near(pixel(img, p), Rgba::unpack(n.fill), 6)) << x << "," << y;
                ++node_checks;
            } else if (hit.kind == HoverTarget::Kind::None) {
                EXPECT_TRUE(near(pixel(img, p), t.background, 2)) << x << "," << y;
                ++empty_checks;
            }
        }
}

// 400 entities on a ring and 3,000 chords between them: zoomed out, far more line pixels than
// the screen has, so the link pixel budget applies and the app must say so.
TEST(App, ThinnedLinksAreAnnouncedAndZoomingInShowsThemAll) {
    KGVIZ_REQUIRE_DISPLAY();
    app::App a(app::AppOptions{1200, 800, false});
    ASSERT_TRUE(a.ok()) << a.error();
    Corpus corpus;
    std::vector<Vec2> positions;
    constexpr std::uint32_t kNodes = 400;
    for (std::uint32_t i = 0; i < kNodes; ++i) {
        Entity e;
        e.id = "e";
        e.id += std::to_string(i); // not "e" + ...: GCC 12 warns -Wrestrict inside libstdc++
        e.name = e.id;
        corpus.entities.push_back(e);
        const float angle = 6.2831853f * float(i) / float(kNodes);
        positions.push_back({500.0f * std::cos(angle), 500.0f * std::sin(angle)});
    }
    std::uint32_t seed = 7;
    for (int k = 0; k < 3000; ++k) {
        seed = seed * 1664525u + 1013904223u;
        Link l;
        l.source = (seed >> 8) % kNodes;
        l.target = (l.source + 1 + (seed >> 20) % (kNodes - 1)) % kNodes;
        l.from_knowledge_base = true;
        corpus.links.push_back(l);
    }
    a.show(std::move(corpus), std::move(positions));
    a.ui().show_side_panel = false;
    // 400 entities open on the prominence budget; the pixel budget is about every link drawn.
    a.actions().push(app::SetFilter{FilterSpec{}});
    for (int i = 0; i < 3; ++i) a.render_frame();
    ASSERT_GT(a.stats().links_in_view, 1000u);
    EXPECT_LT(a.stats().links_drawn, a.stats().links_in_view);
    const std::string hint = app::link_budget_hint(a.stats());
    EXPECT_NE(hint.find("heaviest of"), std::string::npos) << hint;
    EXPECT_NE(hint.find("Zoom in"), std::string::npos) << hint;

    // Near the ring's edge at 40x only a few chords cross the screen: all of them are drawn.
    const Vec2 edge = a.ui().camera.world_to_screen({500.0f, 0.0f});
    a.ui().camera.zoom_at(edge, 40.0f);
    a.invalidate_layer();
    a.render_frame();
    EXPECT_GT(a.stats().links_in_view, 0u);
    EXPECT_EQ(a.stats().links_drawn, a.stats().links_in_view);
    EXPECT_EQ(app::link_budget_hint(a.stats()), "");
}

TEST(App, PickingAgreesWithThePixels) {
    KGVIZ_REQUIRE_DISPLAY();
    auto a = make_app(false);
    ASSERT_TRUE(a);
    int node_checks = 0, empty_checks = 0;
    expect_picking_matches_pixels(*a, node_checks, empty_checks);
    EXPECT_GT(node_checks, 100);
    EXPECT_GT(empty_checks, 1000);
}

// Zoomed in, most instances are culled before drawing: picking must still agree with the pixels.
TEST(App, PickingAgreesWithThePixelsInACulledZoomedView) {
    KGVIZ_REQUIRE_DISPLAY();
    auto a = make_app(false);
    ASSERT_TRUE(a);
    const Vec2 russia = a->ui().camera.world_to_screen(make_fixture().positions[kRussia]);
    a->ui().camera.zoom_at(russia, 4.0f);
    a->invalidate_layer();
    a->render_frame();
    VisibleInstances v;
    cull_scene(a->view().scene(), a->ui().camera, 1.0f, v);
    EXPECT_FALSE(v.all_nodes); // the view really is culled
    EXPECT_FALSE(v.all_edges);
    int node_checks = 0, empty_checks = 0;
    expect_picking_matches_pixels(*a, node_checks, empty_checks);
    EXPECT_GT(node_checks, 100);
    EXPECT_GT(empty_checks, 300);
}

// Culling draws only the instances that reach the viewport (when most are off screen), and
// leaves the picture unchanged.
TEST(SceneLayer, CulledViewsDrawOnlyVisibleInstancesAndTheSamePixels) {
    LayerRig rig;
    ASSERT_TRUE(rig.layer) << rig.why();
    auto& layer = rig.layer;
    const Fixture f = make_fixture();
    SceneMarks marks;
    marks.selected_link = kXiPutinMeeting; // a highlighted tail in the culled list too
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, marks);
    layer->upload_scene(s);
    const Theme& t = theme(ThemeId::Light);
    const Camera fitted = fit_camera(s.bounds, {640, 400}, 20);
    int culled_views = 0, subset_views = 0;
    for (const EntityIndex e : {kChina, kRussia, kXi, kEnergy, kJapan}) {
        for (const float zoom : {1.0f, 3.0f, 8.0f}) {
            for (const bool thin : {false, true}) {
                Camera cam = fitted;
                cam.zoom_at(cam.world_to_screen(f.positions[e]), zoom);
                cam.pan_pixels({37.0f, -21.0f});
                app::EdgeDrawMode mode;
                mode.thin_lines = thin;
                mode.min_length_px = thin ? 2.0f : 1.0f;
                layer->set_edge_mode(mode);
                layer->set_culling(true);
                ASSERT_EQ(layer->render(cam, t, 0), "");
                const std::vector<std::uint8_t> culled = layer->target().read_rgba();
                VisibleInstances expected;
                cull_scene(s, cam, mode.min_length_px, expected);
                // The visible subset is drawn when culling pays; else everything (same pixels).
                const float below = app::SceneBuffers::kSubsetBelow;
                const bool node_subset =
                    float(expected.nodes.size()) < below * float(s.nodes.size());
                const bool edge_subset =
                    float(expected.edges.size()) < below * float(s.edges.size());
                EXPECT_EQ(layer->scene_buffers().drawn_nodes(),
                          node_subset ? expected.nodes.size() : s.nodes.size());
                EXPECT_EQ(layer->scene_buffers().drawn_edges(),
                          edge_subset ? expected.edges.size() : s.edges.size());
                culled_views += expected.nodes.size() < s.nodes.size();
                subset_views += node_subset && edge_subset;
                layer->set_culling(false);
                ASSERT_EQ(layer->render(cam, t, 0), "");
                EXPECT_EQ(layer->scene_buffers().drawn_edges(), s.edges.size());
                EXPECT_TRUE(culled == layer->target().read_rgba())
                    << "entity " << e << " zoom " << zoom << " thin " << thin;
            }
        }
    }
    EXPECT_GE(culled_views, 10);
    EXPECT_GE(subset_views, 6);
}

TEST(App, RenderedLabelsDoNotOverlapAndAreDrawnWherePlaced) {
    KGVIZ_REQUIRE_DISPLAY();
    auto a = make_app(true);
    ASSERT_TRUE(a);
    const auto& labels = a->view().labels();
    ASSERT_GE(labels.size(), 5u);
    const app::Image img = a->capture_layer();
    const Rgba text = theme(ThemeId::Light).text;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const PlacedLabel& l = labels[i];
        for (std::size_t j = i + 1; j < labels.size(); ++j) {
            const PlacedLabel& m = labels[j];
            EXPECT_FALSE(l.pos.x < m.pos.x + m.size.x && m.pos.x < l.pos.x + l.size.x &&
                         l.pos.y < m.pos.y + m.size.y && m.pos.y < l.pos.y + l.size.y);
        }
        int dark = 0;
        for (int y = int(l.pos.y); y < int(l.pos.y + l.size.y); ++y)
            for (int x = int(l.pos.x); x < int(l.pos.x + l.size.x); ++x)
                dark += near(pixel(img, {float(x), float(y)}), text, 40);
        EXPECT_GT(dark, 10) << "label " << i << " has no text pixels";
    }
}

TEST(App, EveryPanelBuildsForManyFramesWithActions) {
    KGVIZ_REQUIRE_DISPLAY();
    auto a = make_app(true);
    ASSERT_TRUE(a);
    a->actions().push(app::SelectLink{kChinaRussiaCoop});
    a->actions().push(app::SetTheme{ThemeId::Dark});
    a->actions().push(app::SetColorMode{ColorMode::ByRegion});
    a->actions().push(app::FocusNeighbourhood{kRussia});
    a->actions().push(app::MoveNode{kJapan, {-350, 300}});
    a->actions().push(app::FitView{true});
    for (int i = 0; i < 30; ++i) a->render_frame();
    std::size_t open_by_default = 0;
    for (const app::PanelEntry& p : app::panel_registry()) open_by_default += p.open_by_default;
    EXPECT_EQ(a->stats().panel_sections, open_by_default);
    // Every section open: each panel draws with the link selected, the dark theme and the focus.
    a->ui().expand_all_panels = true;
    for (int i = 0; i < 30; ++i) a->render_frame();
    EXPECT_EQ(a->stats().panel_sections, app::panel_registry().size());
    EXPECT_EQ(a->ui().style.theme, ThemeId::Dark);
    EXPECT_EQ(a->ui().focus, std::optional<EntityIndex>(kRussia));
    EXPECT_TRUE(a->ui().pinned.count(kJapan));
    EXPECT_GE(a->stats().scene_renders, 2u);
}

} // namespace
} // namespace kg::test
