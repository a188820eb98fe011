// apply_actions on the fixture, without a window: what each action changes in UiState and the
// positions, and which of scene or view it reports as stale.
#include "session/apply_actions.hpp"
#include "view/fixture_corpus.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

namespace kg::test {
namespace {

struct Applied {
    Fixture f = make_fixture();
    app::UiState ui;

    app::Changes apply(std::vector<app::Action> actions) {
        app::ApplyContext ctx{f.corpus, f.positions, Bounds{}};
        return app::apply_actions(std::move(actions), ui, ctx);
    }
};

TEST(ApplyActions, AddingToASelectionKeepsItSortedUniqueAndDropsUnknownEntities) {
    Applied a;
    a.apply({app::SelectLink{kChinaRussiaCoop}});
    ASSERT_EQ(a.ui.selection.link, std::optional<std::uint32_t>(kChinaRussiaCoop));
    const app::Changes ch = a.apply({app::SelectNodes{{kXi, kChina}, false},
                                     app::SelectNodes{{kChina, kPutin, EntityIndex(9999)}, true}});
    EXPECT_TRUE(ch.scene);
    EXPECT_FALSE(ch.view);
    EXPECT_EQ(a.ui.selection.nodes, (std::vector<EntityIndex>{kChina, kXi, kPutin}));
    EXPECT_FALSE(a.ui.selection.link); // a fresh node selection replaced the link
}

TEST(ApplyActions, ClearingAnEmptySelectionChangesNothing) {
    Applied a;
    EXPECT_FALSE(a.apply({app::ClearSelection{}}).scene);
    a.apply({app::SelectNodes{{kRussia}, false}});
    EXPECT_TRUE(a.apply({app::ClearSelection{}}).scene);
    EXPECT_TRUE(a.ui.selection.empty());
}

TEST(ApplyActions, MovingANodePinsItWhereItWasDropped) {
    Applied a;
    const Vec2 to{-500.0f, 250.0f};
    const app::Changes ch = a.apply({app::MoveNode{kJapan, to}});
    EXPECT_TRUE(ch.scene);
    EXPECT_EQ(a.f.positions[kJapan].x, to.x);
    EXPECT_EQ(a.f.positions[kJapan].y, to.y);
    ASSERT_EQ(a.ui.pinned.count(kJapan), 1u);
    EXPECT_EQ(a.ui.pinned[kJapan].x, to.x);
    EXPECT_TRUE(a.apply({app::UnpinAll{}}).scene);
    EXPECT_TRUE(a.ui.pinned.empty());
    EXPECT_EQ(a.f.positions[kJapan].x, to.x); // unpinning leaves the node where it is
}

// "Always label" changes the scene (the pin is a node flag label placement reads) only when the
// pin changes; an unknown entity is ignored.
TEST(ApplyActions, PinningALabelMarksTheSceneOnlyWhenThePinChanges) {
    Applied a;
    EXPECT_TRUE(a.apply({app::PinLabel{kJapan, true}}).scene);
    EXPECT_EQ(a.ui.labels_pinned, (std::set<EntityIndex>{kJapan}));
    EXPECT_FALSE(a.apply({app::PinLabel{kJapan, true}}).scene);
    EXPECT_FALSE(a.apply({app::PinLabel{EntityIndex(9999), true}}).scene);
    EXPECT_TRUE(a.apply({app::PinLabel{kJapan, false}}).scene);
    EXPECT_TRUE(a.ui.labels_pinned.empty());
}

TEST(ApplyActions, PanningMovesOnlyTheViewAndFitAnimatesWhenAsked) {
    Applied a;
    a.ui.camera.viewport = {800.0f, 600.0f};
    const Vec2 before = a.ui.camera.center;
    app::Changes ch = a.apply({app::PanView{{100.0f, 0.0f}}});
    EXPECT_TRUE(ch.view);
    EXPECT_FALSE(ch.scene);
    EXPECT_NE(a.ui.camera.center.x, before.x);
    const Vec2 panned = a.ui.camera.center;
    ch = a.apply({app::FitView{true}});
    EXPECT_TRUE(ch.animate_to.has_value());
    EXPECT_EQ(a.ui.camera.center.x, panned.x); // the animation moves the camera, not apply
}

} // namespace
} // namespace kg::test
