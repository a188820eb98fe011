// Picking: exact shapes, minimum pixel size, thin links, topmost wins, box queries.
#include "view/fixture_corpus.hpp"
#include "view/hit_test.hpp"
#include "view/node_shape.hpp"

#include <gtest/gtest.h>

namespace kg::test {
namespace {

TEST(HitTest, NodeCentresPickTheirNode) {
    const Fixture f = make_fixture();
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, {});
    const SpatialIndex index(s);
    for (EntityIndex e = 0; e < f.corpus.entities.size(); ++e) {
        const HoverTarget h = index.pick(f.positions[e], 1.0f);
        ASSERT_EQ(h.kind, HoverTarget::Kind::Node) << e;
        EXPECT_EQ(s.node_entity[h.index], e);
    }
}

TEST(HitTest, DiamondCornerRegionIsNotTheNode) {
    const Fixture f = make_fixture();
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, {});
    const SpatialIndex index(s);
    const NodeInstance& n = s.nodes[std::size_t(s.entity_node[kEnergy])];
    const float r = n.radius;
    EXPECT_EQ(index.pick(n.pos + Vec2{r * 0.9f, 0}, 1.0f).kind, HoverTarget::Kind::Node);
    EXPECT_EQ(index.pick(n.pos + Vec2{r * 0.75f, r * 0.75f}, 1.0f).kind, HoverTarget::Kind::None);
}

TEST(HitTest, TinyNodesStayPickableAtTheirMinimumPixelSize) {
    const Fixture f = make_fixture();
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, {});
    const SpatialIndex index(s);
    const float zoom = 0.001f; // every node is far below kMinNodeRadiusPx
    const Vec2 p = f.positions[kJapan] + Vec2{(kMinNodeRadiusPx - 0.5f) / zoom, 0};
    const HoverTarget h = index.pick(p, zoom);
    ASSERT_EQ(h.kind, HoverTarget::Kind::Node);
}

TEST(HitTest, LinksArePickedWithinTheirWidthPlusTolerance) {
    const Fixture f = make_fixture();
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, {});
    const SpatialIndex index(s);
    // Midpoint of China-Russia (0,0)-(300,0); at zoom 1, one world unit is one pixel.
    const std::size_t inst = std::size_t(
        std::find(s.edge_link.begin(), s.edge_link.end(), kChinaRussiaCoop) - s.edge_link.begin());
    const float half = s.edges[inst].width_px * 0.5f;
    HoverTarget h = index.pick({150, half + 1.5f}, 1.0f);
    ASSERT_EQ(h.kind, HoverTarget::Kind::Edge);
    EXPECT_EQ(s.edge_link[h.index], kChinaRussiaCoop);
    EXPECT_EQ(index.pick({150, half + 3.0f}, 1.0f).kind, HoverTarget::Kind::None);
    // At zoom 10 the same world offset is 10x more pixels away: a miss.
    EXPECT_EQ(index.pick({150, half + 1.5f}, 10.0f).kind, HoverTarget::Kind::None);
}

TEST(HitTest, TopmostOfOverlappingNodesWins) {
    Corpus c;
    c.entities.resize(2);
    c.entities[0].mentions.resize(5);
    c.entities[1].mentions.resize(5);
    const std::vector<Vec2> pos{{0, 0}, {1, 0}};
    const RenderScene s = build_render_scene(c, pos, {}, {});
    const SpatialIndex index(s);
    // At zoom 1 both nodes are drawn at the minimum 2.5 px radius and cover the midpoint.
    const HoverTarget h = index.pick({0.5f, 0}, 1.0f);
    ASSERT_EQ(h.kind, HoverTarget::Kind::Node);
    EXPECT_EQ(h.index, 1u);
}

TEST(HitTest, BoxQueryReturnsNodesWithCentresInside) {
    const Fixture f = make_fixture();
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, {});
    const SpatialIndex index(s);
    Bounds box;
    box.add({-50, -250});
    box.add({350, 50});
    std::vector<EntityIndex> got;
    for (std::uint32_t i : index.nodes_in(box)) got.push_back(s.node_entity[i]);
    std::sort(got.begin(), got.end());
    EXPECT_EQ(got, (std::vector<EntityIndex>{kChina, kRussia, kXi, kPutin}));
}

TEST(HitTest, EmptySceneHitsNothing) {
    const RenderScene s;
    const SpatialIndex index(s);
    EXPECT_EQ(index.pick({0, 0}, 1.0f).kind, HoverTarget::Kind::None);
    EXPECT_TRUE(index.nodes_in(Bounds{{-1, -1}, {1, 1}}).empty());
}

} // namespace
} // namespace kg::test
