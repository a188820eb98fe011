// Culling: a zoomed view keeps exactly the instances whose drawn quads reach the viewport, in
// draw order; a fitted view keeps everything; short links drop only below the LOD length.
#include "view/fixture_corpus.hpp"
#include "view/scene_cull.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace kg::test {
namespace {

// Brute force: does any pixel centre of the viewport lie inside the instance's drawn quad?
bool node_quad_hits_viewport(const NodeInstance& n, const Camera& cam) {
    const Vec2 s = cam.world_to_screen(n.pos);
    const float e = node_extent_px(n, cam.zoom);
    return s.x + e >= 0 && s.x - e <= cam.viewport.x && s.y + e >= 0 && s.y - e <= cam.viewport.y;
}

bool edge_quad_hits_viewport(const EdgeInstance& e, const Camera& cam) {
    // Sample the centre line densely; the quad is within half width + 1 px of it.
    const Vec2 a = cam.world_to_screen(e.a), b = cam.world_to_screen(e.b);
    const float hw = 0.5f * e.width_px + 1.0f;
    for (int i = 0; i <= 4000; ++i) {
        const Vec2 p = a + (b - a) * (float(i) / 4000.0f);
        if (p.x >= -hw && p.x <= cam.viewport.x + hw && p.y >= -hw && p.y <= cam.viewport.y + hw)
            return true;
    }
    return false;
}

TEST(SceneCull, FittedViewKeepsEverythingInOrder) {
    const Fixture f = make_fixture();
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, {});
    const Camera cam = fit_camera(s.bounds, {1200, 800}, 40);
    VisibleInstances v;
    cull_scene(s, cam, 1.0f, v);
    EXPECT_TRUE(v.all_nodes);
    EXPECT_TRUE(v.all_edges);
    EXPECT_EQ(v.nodes.size(), s.nodes.size());
    EXPECT_TRUE(std::is_sorted(v.edges.begin(), v.edges.end()));
}

TEST(SceneCull, ZoomedViewKeepsExactlyTheInstancesThatReachIt) {
    const Fixture f = make_fixture();
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, {});
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    int culled_nodes = 0, culled_edges = 0, kept = 0;
    for (int trial = 0; trial < 200; ++trial) {
        Camera cam = fit_camera(s.bounds, {400, 300}, 0);
        cam.zoom *= 1.0f + 8.0f * u(rng);
        cam.center = s.bounds.min + Vec2{s.bounds.size().x * u(rng), s.bounds.size().y * u(rng)};
        VisibleInstances v;
        cull_scene(s, cam, 0.0f, v);
        ASSERT_TRUE(std::is_sorted(v.nodes.begin(), v.nodes.end()));
        ASSERT_TRUE(std::is_sorted(v.edges.begin(), v.edges.end()));
        for (std::uint32_t i = 0; i < s.nodes.size(); ++i) {
            const bool listed = std::binary_search(v.nodes.begin(), v.nodes.end(), i);
            EXPECT_EQ(listed, node_quad_hits_viewport(s.nodes[i], cam)) << "node " << i;
            culled_nodes += !listed;
        }
        for (std::uint32_t i = 0; i < s.edges.size(); ++i) {
            const bool listed = std::binary_search(v.edges.begin(), v.edges.end(), i);
            EXPECT_EQ(listed, edge_quad_hits_viewport(s.edges[i], cam)) << "edge " << i;
            culled_edges += !listed;
            kept += listed;
        }
    }
    // The trials really exercise both outcomes.
    EXPECT_GT(culled_nodes, 100);
    EXPECT_GT(culled_edges, 100);
    EXPECT_GT(kept, 100);
}

TEST(SceneCull, LinksShorterThanTheLodLengthAreDroppedUnlessHighlighted) {
    const Fixture f = make_fixture();
    SceneMarks marks;
    marks.selected_link = kChinaRussiaCoop;
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, marks);
    Camera cam = fit_camera(s.bounds, {1200, 800}, 40);
    // Zoomed out so far that every link is under a pixel long.
    cam.zoom *= 1e-4f;
    VisibleInstances v;
    cull_scene(s, cam, 2.0f, v);
    ASSERT_EQ(v.edges.size(), 1u);
    EXPECT_TRUE(s.edges[v.edges[0]].flags & kEdgeHighlighted);
    EXPECT_EQ(v.nodes.size(), s.nodes.size()); // nodes keep their minimum size
}

TEST(SceneCull, SegmentClipHandlesDiagonalsThatMissTheCorner) {
    const Vec2 vp{100, 100};
    // A diagonal whose bounding box covers the viewport corner but whose line misses it.
    EXPECT_FALSE(segment_touches_viewport({-50, 20}, {20, -50}, 1.0f, vp));
    EXPECT_TRUE(segment_touches_viewport({-50, 60}, {60, -50}, 1.0f, vp));
    EXPECT_TRUE(segment_touches_viewport({-10, 50}, {110, 50}, 1.0f, vp)); // crosses, no end inside
    EXPECT_TRUE(segment_touches_viewport({50, 50}, {50, 50}, 1.0f, vp));   // a point inside
    EXPECT_FALSE(segment_touches_viewport({-5, -5}, {-5, 200}, 1.0f, vp)); // vertical, left of it
}

// The budget keeps links heaviest first while their on-screen pixels fit, stops at the first that
// does not (lighter ones are not drawn either), always keeps a highlighted link and ignores what
// is off screen.
TEST(LinkBudget, KeepsTheHeaviestThatFitAndAlwaysTheHighlighted) {
    const Camera cam{{50, 50}, 1.0f, {100, 100}};
    auto across = [](float y, float width, std::uint32_t flags = 0) {
        EdgeInstance e;
        e.a = {-20, y};
        e.b = {120, y}; // 100 px of it inside the viewport
        e.width_px = width;
        e.flags = flags;
        return e;
    };
    std::vector<EdgeInstance> edges{across(10, 1), across(20, 4), across(30, 2),
                                    across(40, 0.5f, kEdgeHighlighted), across(-50, 8)};
    EXPECT_FLOAT_EQ(link_pixels_in_view(edges[1], cam, 2.0f, false), 500.0f); // 100 px x (4 + 1)
    EXPECT_FLOAT_EQ(link_pixels_in_view(edges[1], cam, 2.0f, true), 100.0f);  // thin lines: 1 px
    EXPECT_FLOAT_EQ(link_pixels_in_view(edges[4], cam, 2.0f, false), 0.0f);   // above the viewport

    LinkBudget b;
    budget_links(edges, link_importance_order(edges), cam, 2.0f, false, 1000.0, b);
    EXPECT_EQ(b.in_view, 4u);
    EXPECT_EQ(b.kept, 3u);
    EXPECT_TRUE(b.limited());
    EXPECT_EQ(b.keep, (std::vector<std::uint8_t>{0, 1, 1, 1, 0})); // 150 (highlighted) + 500 + 300

    budget_links(edges, link_importance_order(edges), cam, 2.0f, false, 1e9, b);
    EXPECT_FALSE(b.limited());
    EXPECT_EQ(b.kept, 4u);
}

} // namespace
} // namespace kg::test
