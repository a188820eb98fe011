// Exploration panels on the fixture: every panel and window builds for many frames with and
// without a selection; the inspector's data lists a link's passages; a region filter leaves only
// that region's nodes in the scene, at the positions they had.
#include "gui/gui_test_support.hpp"

#include "ui/app.hpp"
#include "ui/panels/inspector_data.hpp"
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

TEST(Panels, InspectorListsEveryPassageOfTheSelectedLink) {
    const Fixture f = make_fixture();
    app::ExploreData data;
    ASSERT_TRUE(data.refilter(f.corpus, FilterSpec{}));
    const app::LinkInspection r = app::inspect_link(f.corpus, data, kChinaRussiaCoop);
    const Link& l = f.corpus.links[kChinaRussiaCoop];
    ASSERT_EQ(r.passages.size(), l.evidence.size());
    EXPECT_EQ(r.documents.size(), 3u);
    EXPECT_EQ(r.kind, LinkKind::Cooperation);
    bool highlighted = false;
    for (std::size_t i = 0; i < r.passages.size(); ++i) {
        const app::PassageView& p = r.passages[i];
        EXPECT_EQ(p.doc, l.evidence[i].doc);
        EXPECT_EQ(p.title, f.corpus.documents[p.doc].title);
        // The segments cover the sentence exactly, in order.
        ASSERT_FALSE(p.segments.empty());
        EXPECT_EQ(p.segments.front().span.start, p.sentence.start);
        EXPECT_EQ(p.segments.back().span.end, p.sentence.end);
        for (std::size_t s = 1; s < p.segments.size(); ++s)
            EXPECT_EQ(p.segments[s].span.start, p.segments[s - 1].span.end);
        for (const app::TextSegment& s : p.segments) {
            if (s.role == 0) continue;
            highlighted = true;
            EXPECT_TRUE(s.entity == kChina || s.entity == kRussia);
        }
    }
    EXPECT_TRUE(highlighted);

    // A document filter leaves only that document's passages.
    FilterSpec one;
    one.documents = {"d1"};
    ASSERT_TRUE(data.refilter(f.corpus, one));
    const app::LinkInspection r1 = app::inspect_link(f.corpus, data, kChinaRussiaCoop);
    ASSERT_EQ(r1.passages.size(), 1u);
    EXPECT_EQ(r1.passages[0].doc, 1u);
}

TEST(Panels, InspectorShowsEachPassagesKindAndDirection) {
    Fixture f = make_fixture();
    Link& l = f.corpus.links[kChinaRussiaCoop];
    ASSERT_EQ(l.evidence.size(), 3u);
    l.evidence[1].kind = LinkKind::Tension;
    l.evidence[1].direction = Direction::Backward; // Russia acts on China
    app::ExploreData data;
    ASSERT_TRUE(data.refilter(f.corpus, FilterSpec{}));
    const app::LinkInspection r = app::inspect_link(f.corpus, data, kChinaRussiaCoop);
    ASSERT_EQ(r.passages.size(), 3u);
    EXPECT_EQ(r.kind_counts[std::size_t(LinkKind::Cooperation)], 2u);
    EXPECT_EQ(r.kind_counts[std::size_t(LinkKind::Tension)], 1u);
    EXPECT_EQ(r.passages[0].kind, LinkKind::Cooperation);
    EXPECT_EQ(r.passages[0].actor, -1);
    EXPECT_EQ(r.passages[1].kind, LinkKind::Tension);
    EXPECT_EQ(r.passages[1].actor, std::int64_t(kRussia));
    EXPECT_EQ(r.passages[1].recipient, std::int64_t(kChina));
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
