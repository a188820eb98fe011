// Scene building: shapes by type, colours by type or region, dashes, dimming, draw order.
#include "view/fixture_corpus.hpp"
#include "view/node_shape.hpp"
#include "view/render_scene.hpp"

#include <gtest/gtest.h>

namespace kg::test {
namespace {

const NodeInstance& node_of(const RenderScene& s, EntityIndex e) {
    return s.nodes[std::size_t(s.entity_node[e])];
}

TEST(RenderScene, OneInstancePerEntityAndLinkWithShapesByType) {
    const Fixture f = make_fixture();
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, {});
    ASSERT_EQ(s.nodes.size(), f.corpus.entities.size());
    ASSERT_EQ(s.edges.size(), f.corpus.links.size());
    EXPECT_EQ(NodeShape(node_of(s, kChina).shape), NodeShape::Circle);
    EXPECT_EQ(NodeShape(node_of(s, kXi).shape), NodeShape::Hexagon);
    EXPECT_EQ(NodeShape(node_of(s, kSco).shape), NodeShape::RoundedSquare);
    EXPECT_EQ(NodeShape(node_of(s, kEnergy).shape), NodeShape::Diamond);
    EXPECT_EQ(NodeShape(node_of(s, kTrenin).shape), NodeShape::Ring);
    EXPECT_EQ(node_of(s, kChina).fill, theme(ThemeId::Light).entity[0].packed());
}

TEST(RenderScene, MoreMentionsMeansBiggerNode) {
    const Fixture f = make_fixture();
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, {});
    EXPECT_GT(node_of(s, kChina).radius, node_of(s, kJapan).radius);
}

TEST(RenderScene, ColourByRegionUsesTheRegionTable) {
    const Fixture f = make_fixture();
    SceneStyle style;
    style.color = ColorMode::ByRegion;
    const RenderScene s = build_render_scene(f.corpus, f.positions, style, {});
    const Theme& t = theme(ThemeId::Light);
    EXPECT_EQ(node_of(s, kChina).fill, t.region[std::size_t(Region::EastAsia)].packed());
    EXPECT_EQ(node_of(s, kRussia).fill, t.region[std::size_t(Region::Europe)].packed());
    EXPECT_EQ(node_of(s, kTrenin).fill, t.no_region.packed());
}

TEST(RenderScene, OnlySingleSourceLinksAreDashed) {
    const Fixture f = make_fixture();
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, {});
    for (std::size_t i = 0; i < s.edges.size(); ++i) {
        const Link& l = f.corpus.links[s.edge_link[i]];
        EXPECT_EQ(bool(s.edges[i].flags & kEdgeDashed), l.document_count() == 1) << i;
    }
}

TEST(RenderScene, FocusDimsOutsideTheNeighbourhoodAndDrawsThemFirst) {
    const Fixture f = make_fixture();
    SceneMarks marks;
    marks.focus = kTrenin;
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, marks);
    EXPECT_FALSE(node_of(s, kTrenin).flags & kNodeDimmed);
    EXPECT_FALSE(node_of(s, kRussia).flags & kNodeDimmed);
    EXPECT_TRUE(node_of(s, kJapan).flags & kNodeDimmed);
    EXPECT_NE(node_of(s, kJapan).fill, theme(ThemeId::Light).entity[0].packed());
    EXPECT_LT(s.entity_node[kJapan], s.entity_node[kRussia]);
}

TEST(RenderScene, SelectedLinkIsLastWideAndLightsItsEnds) {
    const Fixture f = make_fixture();
    SceneMarks marks;
    marks.selected_link = kXiPutinMeeting;
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, marks);
    EXPECT_EQ(s.edge_link.back(), kXiPutinMeeting);
    EXPECT_TRUE(s.edges.back().flags & kEdgeHighlighted);
    EXPECT_TRUE(node_of(s, kXi).flags & kNodeSelected);
    EXPECT_TRUE(node_of(s, kPutin).flags & kNodeSelected);
    EXPECT_GT(s.entity_node[kXi], s.entity_node[kJapan]); // selected draw on top
}

// A path shown from the Paths panel: its links lit and drawn on top, its entities lit, the
// rest dimmed.
TEST(RenderScene, PathLinksAreLitOnTopAndTheRestDims) {
    const Fixture f = make_fixture();
    SceneMarks marks;
    marks.path_links = {kXiPutinMeeting, kTreninRussiaCo};
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, marks);
    for (std::size_t i = 0; i < s.edges.size(); ++i) {
        const bool on_path = s.edge_link[i] == kXiPutinMeeting || s.edge_link[i] == kTreninRussiaCo;
        EXPECT_EQ(bool(s.edges[i].flags & kEdgeHighlighted), on_path);
        EXPECT_EQ(bool(s.edges[i].flags & kEdgeDimmed), !on_path);
        if (on_path) {
            EXPECT_GE(i + 2, s.edges.size()) << "a path link under another link";
        }
    }
    EXPECT_FALSE(node_of(s, kXi).flags & kNodeDimmed);
    EXPECT_FALSE(node_of(s, kTrenin).flags & kNodeDimmed);
    EXPECT_TRUE(node_of(s, kJapan).flags & kNodeDimmed);
}

TEST(RenderScene, NewEntitiesCarryTheNewFlag) {
    const Fixture f = make_fixture();
    SceneMarks marks;
    marks.fresh.assign(f.corpus.entities.size(), 0);
    marks.fresh[kLavrov] = 1;
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, marks);
    for (std::size_t i = 0; i < s.nodes.size(); ++i)
        EXPECT_EQ(bool(s.nodes[i].flags & kNodeNew), s.node_entity[i] == kLavrov);
}

TEST(RenderScene, HiddenEntitiesAndTheirLinksAreLeftOut) {
    const Fixture f = make_fixture();
    SceneMarks marks;
    marks.visible.assign(f.corpus.entities.size(), 1);
    marks.visible[kRussia] = 0;
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, marks);
    EXPECT_EQ(s.entity_node[kRussia], -1);
    for (std::uint32_t li : s.edge_link) {
        EXPECT_NE(f.corpus.links[li].source, kRussia);
        EXPECT_NE(f.corpus.links[li].target, kRussia);
    }
}

// A filter that leaves a link fewer passages draws it thinner: the width says the weight the
// tooltip and inspector say, not the unfiltered one.
TEST(RenderScene, LinkWidthFollowsTheFilteredWeight) {
    const Fixture f = make_fixture();
    const RenderScene all = build_render_scene(f.corpus, f.positions, {}, {});
    SceneMarks marks;
    for (const Link& l : f.corpus.links) marks.link_weight.push_back(l.weight());
    marks.link_weight[kXiPutinMeeting] = 0.0; // none of its passages is in an allowed document
    const RenderScene filtered = build_render_scene(f.corpus, f.positions, {}, marks);
    auto width_of = [](const RenderScene& s, std::uint32_t li) {
        for (std::size_t i = 0; i < s.edge_link.size(); ++i)
            if (s.edge_link[i] == li) return s.edges[i].width_px;
        return -1.0f;
    };
    ASSERT_GT(f.corpus.links[kXiPutinMeeting].weight(), 0.0);
    EXPECT_LT(width_of(filtered, kXiPutinMeeting), width_of(all, kXiPutinMeeting));
}

TEST(RenderScene, HoverOverlayHoldsTheLinkAndBothEnds) {
    const Fixture f = make_fixture();
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, {});
    const Theme& t = theme(ThemeId::Light);
    const RenderScene o = build_hover_overlay(s, {HoverTarget::Kind::Edge, 0}, t);
    ASSERT_EQ(o.edges.size(), 1u);
    ASSERT_EQ(o.nodes.size(), 2u);
    EXPECT_TRUE(o.nodes[0].flags & kNodeHovered);
    EXPECT_EQ(o.nodes[0].outline, t.hover.packed());
    EXPECT_TRUE(build_hover_overlay(s, {}, t).nodes.empty());
}

} // namespace
} // namespace kg::test
