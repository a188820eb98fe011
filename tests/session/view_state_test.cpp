// A saved view made from UiState brings the same state back, by entity id, in a corpus whose
// indexes differ.
#include "session/view_state.hpp"
#include "view/fixture_corpus.hpp"

#include <gtest/gtest.h>

namespace kg::test {
namespace {

TEST(ViewState, ASavedViewRestoresSelectionPinsCameraNotesAndPinnedLabels) {
    const Fixture f = make_fixture();
    app::UiState ui;
    ui.selection.nodes = {kChina, kPutin};
    ui.pinned[kJapan] = {300.0f, -40.0f};
    ui.camera.center = {12.0f, 34.0f};
    ui.camera.zoom = 2.5f;
    ui.filter.hops = 2;
    ui.filter.focus = "russia";
    ui.callouts.push_back({kXi, {}, {8.0f, 9.0f}, "summit"});
    ui.label_offsets[kRussia] = {4.0f, -4.0f};
    ui.labels_pinned = {kXi, kJapan};
    const SavedView view = app::saved_view_of(ui, f.corpus, "brief", f.positions);
    EXPECT_EQ(view.name, "brief");
    EXPECT_EQ(view.selected_entities.size(), 2u);
    ASSERT_EQ(view.pinned.size(), 1u);
    EXPECT_EQ(view.pinned[0].first, f.corpus.entities[kJapan].id);
    EXPECT_EQ(view.labels_pinned, (std::vector<std::string>{"japan", "xi-jinping"}));

    app::UiState back;
    std::vector<Vec2> positions(f.positions.size(), Vec2{});
    app::apply_saved_view(view, f.corpus, back, positions);
    EXPECT_EQ(back.selection.nodes, ui.selection.nodes);
    ASSERT_EQ(back.pinned.count(kJapan), 1u);
    EXPECT_EQ(back.pinned[kJapan].x, 300.0f);
    EXPECT_EQ(positions[kJapan].x, 300.0f); // a pinned entity moves to its pin
    EXPECT_EQ(back.camera.center.x, 12.0f);
    EXPECT_EQ(back.camera.zoom, 2.5f);
    EXPECT_EQ(back.filter.focus, "russia");
    EXPECT_EQ(back.filter.hops, 2);
    EXPECT_EQ(back.callouts, ui.callouts);
    EXPECT_EQ(back.label_offsets.count(kRussia), 1u);
    EXPECT_EQ(back.labels_pinned, ui.labels_pinned);
    EXPECT_EQ(app::scene_marks(back, nullptr, f.corpus.entities.size()).labels_pinned[kXi], 1);
    EXPECT_EQ(app::view_notes(back, f.corpus).size(), 1u);
}

} // namespace
} // namespace kg::test
