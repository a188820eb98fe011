// The link pixel budget: a dense graph zoomed out draws only its heaviest links (fewer than in
// view, the heaviest among them), and zooming into a small region draws every link in view again.
#include "gui/gui_test_support.hpp"

#include "gl/scene_layer.hpp"
#include "view/scene_cull.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace kg::test {
namespace {

constexpr std::uint32_t kRingNodes = 400;
constexpr std::uint32_t kLinks = 3000;

// Nodes on a ring of radius 500, links as chords between them (seeded), widths from a weight
// that grows with the index; the heaviest link is the last one (drawn on top), red, and runs
// through the centre between nodes 0 and kRingNodes / 2.
RenderScene dense_ring() {
    RenderScene s;
    const float kPi = 3.14159265f;
    for (std::uint32_t i = 0; i < kRingNodes; ++i) {
        NodeInstance n;
        const float a = 2.0f * kPi * float(i) / float(kRingNodes);
        n.pos = {500.0f * std::cos(a), 500.0f * std::sin(a)};
        n.radius = 3.0f;
        n.fill = Rgba{40, 40, 40, 255}.packed();
        n.outline = n.fill;
        s.nodes.push_back(n);
    }
    std::uint32_t seed = 12345;
    auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
    for (std::uint32_t k = 0; k < kLinks; ++k) {
        const bool heaviest = k + 1 == kLinks;
        std::uint32_t a = heaviest ? 0 : next() % kRingNodes;
        std::uint32_t b = heaviest ? kRingNodes / 2 : next() % kRingNodes;
        if (a == b) b = (b + 1) % kRingNodes;
        EdgeInstance e;
        e.a = s.nodes[a].pos;
        e.b = s.nodes[b].pos;
        const float weight = heaviest ? 1.0f : 0.9f * float(k) / float(kLinks);
        e.width_px = 0.9f + 3.1f * std::sqrt(weight);
        e.color = heaviest ? Rgba{220, 0, 0, 255}.packed() : Rgba{120, 120, 160, 90}.packed();
        s.edges.push_back(e);
        s.edge_ends.push_back({a, b});
    }
    s.bounds = {{-503.0f, -503.0f}, {503.0f, 503.0f}};
    return s;
}

TEST(LinkBudget, ZoomedOutDrawsTheHeaviestLinksAndZoomedInDrawsAll) {
    LayerRig rig;
    ASSERT_TRUE(rig.layer) << rig.why();
    auto& layer = rig.layer;
    const RenderScene s = dense_ring();
    layer->upload_scene(s);
    app::EdgeDrawMode mode; // anti-aliased quads: the heaviest link is 4 px wide
    layer->set_edge_mode(mode);
    const Theme& t = theme(ThemeId::Light);
    const Vec2 viewport{640, 400};
    const Camera fitted = fit_camera(s.bounds, viewport, 20);

    ASSERT_EQ(layer->render(fitted, t, 0), "");
    const app::SceneBuffers& b = layer->scene_buffers();
    EXPECT_EQ(b.links_in_view(), kLinks);
    EXPECT_GT(b.links_drawn(), 0u);
    EXPECT_LT(b.links_drawn(), b.links_in_view()) << "the dense ring must exceed the budget";
    EXPECT_TRUE(b.link_budget_active());
    // The heaviest link is drawn: the centre (its midpoint, on top of everything) is red.
    const std::vector<std::uint8_t> rgba = layer->read_rgba();
    const Vec2 mid = fitted.world_to_screen({0.0f, 0.0f});
    const std::size_t at = (std::size_t(mid.y) * std::size_t(viewport.x) + std::size_t(mid.x)) * 4;
    EXPECT_GT(int(rgba[at]), 150) << "centre pixel " << int(rgba[at]) << "," << int(rgba[at + 1])
                                  << "," << int(rgba[at + 2]);
    EXPECT_LT(int(rgba[at + 1]), 100);
    // The budget (a multiple of the viewport's pixels): the kept links' pixels stay within it.
    LinkBudget budget;
    budget_links(s.edges, link_importance_order(s.edges), fitted, mode.min_length_px, false,
                 double(kLinkPixelBudgetPerViewportPixel) * viewport.x * viewport.y, budget);
    EXPECT_EQ(budget.kept, b.links_drawn());
    EXPECT_TRUE(budget.keep[kLinks - 1]);
    EXPECT_GT(budget.pixels_in_view,
              double(kLinkPixelBudgetPerViewportPixel) * viewport.x * viewport.y);

    // Zoomed into a small region at the ring's edge: every link in view is drawn.
    Camera zoomed = fitted;
    zoomed.zoom_at(fitted.world_to_screen({502.0f, 0.0f}), 40.0f);
    ASSERT_EQ(layer->render(zoomed, t, 0), "");
    EXPECT_GT(b.links_in_view(), 0u);
    EXPECT_EQ(b.links_drawn(), b.links_in_view());
    EXPECT_FALSE(b.link_budget_active());

    // Back out: the budget holds again, the same set (deterministic).
    ASSERT_EQ(layer->render(fitted, t, 0), "");
    EXPECT_EQ(b.links_drawn(), budget.kept);
}

} // namespace
} // namespace kg::test
