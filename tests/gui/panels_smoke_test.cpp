// Exploration panels on the fixture: every panel and window builds for many frames with and
// without a selection; a region filter leaves only that region's nodes in the scene, at the
// positions they had. The inspector's data is tested without a display (tests/session).
#include "gui/gui_test_support.hpp"

#include "ui/app.hpp"
#include "ui/panels/panel_registry.hpp"

#include <gtest/gtest.h>

namespace kg::test {
namespace {

std::unique_ptr<app::App> make_app() {
    auto a = std::make_unique<app::App>(app::AppOptions{1200, 800, false});
    if (!a->ok()) {
        ADD_FAILURE() << "no window: " << a->error();
        return nullptr;
    }
    const Fixture f = make_fixture();
    a->show(f.corpus, f.positions);
    a->render_frame();
    a->render_frame();
    return a;
}

TEST(Panels, EveryPanelBuildsForManyFramesWithAndWithoutSelection) {
    KGVIZ_REQUIRE_DISPLAY();
    auto a = make_app();
    ASSERT_TRUE(a);
    a->ui().expand_all_panels = true;
    const std::size_t sections = app::panel_registry().size();
    for (int i = 0; i < 30; ++i) a->render_frame(); // nothing selected
    EXPECT_EQ(a->stats().panel_sections, sections);
    a->actions().push(app::SelectLink{kChinaRussiaCoop});
    a->actions().push(app::OpenPassage{0, Span{0, 10}});
    a->actions().push(app::ShowShortcuts{true});
    a->actions().push(app::FocusSearch{true});
    a->actions().push(app::SetSearch{"rus", false});
    for (int i = 0; i < 30; ++i) a->render_frame();
    EXPECT_EQ(a->stats().panel_sections, sections);
    EXPECT_TRUE(a->ui().reader.has_value());
    EXPECT_FALSE(a->ui().search_focus);
    a->actions().push(app::SetSearch{"fixture", true});
    a->actions().push(app::SelectNodes{{kRussia}, false});
    a->actions().push(app::SetPathEnds{kUnitedStates, kPutin});
    for (int i = 0; i < 30; ++i) a->render_frame();
    FilterSpec spec;
    spec.focus = "russia";
    spec.hops = 1;
    a->actions().push(app::SetFilter{spec});
    a->actions().push(app::CenterOn{kChina});
    for (int i = 0; i < 30; ++i) a->render_frame();
    EXPECT_EQ(a->stats().panel_sections, sections);
    EXPECT_EQ(a->ui().path_to, std::optional<EntityIndex>(kPutin));
    a->actions().push(app::CloseReader{});
    a->actions().push(app::ClearSelection{});
    for (int i = 0; i < 10; ++i) a->render_frame();
    EXPECT_FALSE(a->ui().reader.has_value());
    EXPECT_TRUE(a->ui().selection.empty());
}

TEST(Panels, RegionFilterLeavesOnlyThatRegionInTheScene) {
    KGVIZ_REQUIRE_DISPLAY();
    auto a = make_app();
    ASSERT_TRUE(a);
    const Fixture f = make_fixture();
    FilterSpec spec;
    spec.regions = region_bit(Region::EastAsia);
    spec.keep_isolated = true;
    a->actions().push(app::SetFilter{spec});
    a->render_frame();
    const RenderScene& scene = a->view().scene();
    ASSERT_FALSE(scene.node_entity.empty());
    const auto regions = effective_regions(f.corpus);
    for (std::size_t i = 0; i < scene.node_entity.size(); ++i) {
        const EntityIndex e = scene.node_entity[i];
        EXPECT_TRUE(regions[e] & region_bit(Region::EastAsia)) << f.corpus.entities[e].name;
        // Warm start: a node that stays keeps its position.
        EXPECT_FLOAT_EQ(scene.nodes[i].pos.x, f.positions[e].x);
        EXPECT_FLOAT_EQ(scene.nodes[i].pos.y, f.positions[e].y);
    }
    EXPECT_GE(scene.entity_node[kChina], 0);
    EXPECT_LT(scene.entity_node[kRussia], 0);
    EXPECT_LT(scene.entity_node[kUnitedStates], 0);
}

} // namespace
} // namespace kg::test
