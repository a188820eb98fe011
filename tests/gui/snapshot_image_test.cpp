// Renders the fixture through the real offscreen path and checks pixels: background where no
// node is, node colours and shapes at node centres, dashes on single-source links, dimming.
#include "gui/gui_test_support.hpp"

#include "view/node_shape.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

namespace kg::test {
namespace {

using app::Image;

TEST(SnapshotImage, BackgroundWhereNoNodeAndTypeColoursAtNodes) {
    const Fixture f = make_fixture();
    const Rendered r = render_fixture(f, {});
    ASSERT_TRUE(r.image) << r.error;
    const Theme& t = theme(ThemeId::Light);
    // A corner far from every node and link shows the theme background.
    EXPECT_TRUE(near(pixel(*r.image, {3, 3}), t.background, 2));
    // Each node's centre shows its type colour (the person ring's hole is tinted, so probe the
    // band).
    for (EntityIndex e : {kChina, kXi, kSco, kEnergy}) {
        const Vec2 c = r.camera.world_to_screen(f.positions[e]);
        EXPECT_TRUE(near(pixel(*r.image, c), t.entity[std::size_t(f.corpus.entities[e].type)], 6))
            << f.corpus.entities[e].name;
    }
}

TEST(SnapshotImage, ShapesFollowTheSignedDistance) {
    const Fixture f = make_fixture();
    const Rendered r = render_fixture(f, {});
    ASSERT_TRUE(r.image) << r.error;
    const Theme& t = theme(ThemeId::Light);
    // Around the diamond (issue), a point on the diagonal just inside the circle of radius r but
    // outside the diamond is background-ish, while the same distance along the axis is filled.
    const NodeInstance& n = r.scene.nodes[std::size_t(r.scene.entity_node[kEnergy])];
    const float rad = drawn_radius(n.radius, r.camera.zoom) * r.camera.zoom;
    ASSERT_GT(rad, 8.0f);
    const Vec2 c = r.camera.world_to_screen(n.pos);
    const Vec2 axis = c + Vec2{rad * 0.8f, 0};
    const Vec2 diagonal = c + Vec2{rad * 0.72f, rad * 0.72f};
    EXPECT_TRUE(near(pixel(*r.image, axis), t.entity[std::size_t(EntityType::Issue)], 8));
    EXPECT_FALSE(near(pixel(*r.image, diagonal), t.entity[std::size_t(EntityType::Issue)], 40));
}

TEST(SnapshotImage, AtLeastThreeDistinctNodeColours) {
    const Fixture f = make_fixture();
    const Rendered r = render_fixture(f, {});
    ASSERT_TRUE(r.image) << r.error;
    std::set<std::uint32_t> colours;
    for (std::size_t e = 0; e < f.corpus.entities.size(); ++e) {
        const Rgba p = pixel(*r.image, r.camera.world_to_screen(f.positions[e]));
        colours.insert(
            Rgba{std::uint8_t(p.r / 8), std::uint8_t(p.g / 8), std::uint8_t(p.b / 8), 255}
                .packed());
    }
    EXPECT_GE(colours.size(), 3u);
}

TEST(SnapshotImage, SingleSourceLinkIsDashedAndMultiSourceIsSolid) {
    const Fixture f = make_fixture();
    const Rendered r = render_fixture(f, {});
    ASSERT_TRUE(r.image) << r.error;
    const Theme& t = theme(ThemeId::Light);
    auto coverage_runs = [&](EntityIndex a, EntityIndex b, Rgba colour) {
        // Walk the middle half of the link (away from the nodes) and count on/off switches.
        const Vec2 sa = r.camera.world_to_screen(f.positions[a]);
        const Vec2 sb = r.camera.world_to_screen(f.positions[b]);
        int switches = 0, on = 0, samples = 0;
        bool last = false;
        for (float s = 0.3f; s <= 0.7f; s += 0.002f, ++samples) {
            const bool hit = near(pixel(*r.image, sa + (sb - sa) * s), colour, 60);
            on += hit;
            if (samples > 0 && hit != last) ++switches;
            last = hit;
        }
        return std::pair{switches, double(on) / samples};
    };
    const auto [dash_switches, dash_on] =
        coverage_runs(kChina, kUnitedStates, t.link[std::size_t(LinkKind::Tension)]);
    EXPECT_GE(dash_switches, 6) << "tension link (1 document) should be dashed";
    EXPECT_GT(dash_on, 0.3);
    EXPECT_LT(dash_on, 0.85);
    const auto [solid_switches, solid_on] =
        coverage_runs(kChina, kRussia, t.link[std::size_t(LinkKind::Cooperation)]);
    EXPECT_LE(solid_switches, 1) << "cooperation link (3 documents) should be solid";
    EXPECT_GT(solid_on, 0.95);
}

TEST(SnapshotImage, FocusDimsNodesOutsideTheNeighbourhood) {
    const Fixture f = make_fixture();
    app::UiState plain_ui, focus_ui;
    focus_ui.focus = kTrenin; // neighbours: Russia only; Japan is far outside
    const Rendered plain = render_fixture(f, plain_ui);
    const Rendered focused = render_fixture(f, focus_ui);
    ASSERT_TRUE(plain.image && focused.image);
    const Theme& t = theme(ThemeId::Light);
    const Vec2 japan = plain.camera.world_to_screen(f.positions[kJapan]);
    const Rgba before = pixel(*plain.image, japan), after = pixel(*focused.image, japan);
    // Dimmed = moved towards the (light) background: less contrast with it.
    auto contrast = [&](Rgba c) { return std::abs(luminance(c) - luminance(t.background)); };
    EXPECT_LT(contrast(after), contrast(before) * 0.5f);
    // The focused node itself keeps its colour.
    const Vec2 russia = plain.camera.world_to_screen(f.positions[kRussia]);
    EXPECT_TRUE(near(pixel(*focused.image, russia), pixel(*plain.image, russia), 3));
}

} // namespace
} // namespace kg::test
