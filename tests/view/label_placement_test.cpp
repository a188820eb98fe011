// Label placement: no overlaps, inside the viewport, priority order, progressive with zoom.
#include "view/fixture_corpus.hpp"
#include "view/label_placement.hpp"

#include <gtest/gtest.h>

#include <random>

namespace kg::test {
namespace {

bool overlap(const PlacedLabel& a, const PlacedLabel& b) {
    return a.pos.x < b.pos.x + b.size.x && b.pos.x < a.pos.x + a.size.x &&
           a.pos.y < b.pos.y + b.size.y && b.pos.y < a.pos.y + a.size.y;
}

TEST(LabelPlacement, DenseCandidatesNeverOverlapAndStayInside) {
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> x(0, 800), y(0, 600), w(30, 160);
    std::vector<LabelCandidate> cands;
    for (std::uint32_t i = 0; i < 3000; ++i)
        cands.push_back({i, {x(rng), y(rng)}, 4.0f, {Vec2{w(rng), 14.0f}}, float(i % 97)});
    LabelOptions o;
    o.viewport = {800, 600};
    const auto placed = place_labels(cands, o);
    ASSERT_GT(placed.size(), 50u);
    EXPECT_LT(placed.size(), 600u);
    for (std::size_t i = 0; i < placed.size(); ++i) {
        EXPECT_GE(placed[i].pos.x, 0);
        EXPECT_LE(placed[i].pos.x + placed[i].size.x, 800);
        for (std::size_t j = i + 1; j < placed.size(); ++j)
            ASSERT_FALSE(overlap(placed[i], placed[j])) << i << " " << j;
    }
}

// Nodes are obstacles: among dense candidates, no placed label covers any node's box, and the
// obstacles cost labels (so the test would see them ignored).
TEST(LabelPlacement, LabelsNeverCoverAnObstacle) {
    std::mt19937 rng(11);
    std::uniform_real_distribution<float> x(0, 800), y(0, 600), w(30, 160);
    std::vector<LabelCandidate> cands;
    std::vector<ScreenBox> nodes;
    for (std::uint32_t i = 0; i < 400; ++i) {
        const Vec2 at{x(rng), y(rng)};
        cands.push_back({i, at, 5.0f, {Vec2{w(rng), 14.0f}}, float(i % 13)});
        nodes.push_back({at.x - 5.5f, at.y - 5.5f, at.x + 5.5f, at.y + 5.5f});
    }
    LabelOptions o;
    o.viewport = {800, 600};
    const auto free = place_labels(cands, o);
    const auto placed = place_labels(cands, o, nodes);
    ASSERT_GT(placed.size(), 20u);
    EXPECT_LT(placed.size(), free.size());
    for (const PlacedLabel& l : placed)
        for (const ScreenBox& n : nodes)
            ASSERT_FALSE(
                (ScreenBox{l.pos.x, l.pos.y, l.pos.x + l.size.x, l.pos.y + l.size.y}.overlaps(n)))
                << "label of node " << l.node;
}

TEST(LabelPlacement, HigherPriorityWinsAConflict) {
    std::vector<LabelCandidate> cands{{0, {100, 100}, 3, {Vec2{200, 14}}, 1.0f},
                                      {1, {100, 102}, 3, {Vec2{200, 14}}, 9.0f}};
    LabelOptions o;
    o.viewport = {400, 300};
    const auto placed = place_labels(cands, o);
    ASSERT_FALSE(placed.empty());
    EXPECT_EQ(placed.front().node, 1u);
}

TEST(LabelPlacement, PrefersTheRightOfTheNode) {
    LabelOptions o;
    o.viewport = {400, 300};
    const auto placed = place_labels({{0, {100, 100}, 5, {50, 14}, 1}}, o);
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_GT(placed[0].pos.x, 105.0f);
    EXPECT_NEAR(placed[0].pos.y, 93.0f, 0.01f);
}

// The app's side panel covers the canvas's left edge: no label may start under it.
TEST(LabelPlacement, NoLabelStartsUnderACoveredLeftEdge) {
    const std::vector<LabelCandidate> cands{{0, {120, 100}, 5, {Vec2{100, 14}}, 1},
                                            {1, {200, 200}, 5, {Vec2{100, 14}}, 1}};
    LabelOptions o;
    o.viewport = {400, 300};
    EXPECT_EQ(place_labels(cands, o).size(), 2u);
    o.left = 150;
    const auto placed = place_labels(cands, o);
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_EQ(placed[0].node, 1u);
    EXPECT_GE(placed[0].pos.x, 150.0f);
}

// The reader pane covers the canvas's right edge: no label may end under it.
TEST(LabelPlacement, NoLabelEndsUnderACoveredRightEdge) {
    const std::vector<LabelCandidate> cands{{0, {120, 100}, 5, {Vec2{100, 14}}, 1},
                                            {1, {300, 200}, 5, {Vec2{100, 14}}, 1}};
    LabelOptions o;
    o.viewport = {400, 300};
    o.right = 150;
    const auto placed = place_labels(cands, o);
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_EQ(placed[0].node, 0u);
    EXPECT_LE(placed[0].pos.x + placed[0].size.x, 250.0f);
}

TEST(LabelPlacement, MoreLabelsAppearAsTheUserZoomsIn) {
    const Fixture f = make_fixture();
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, {});
    const std::vector<LabelBoxes> sizes(f.corpus.entities.size(), LabelBoxes{Vec2{90, 14}});
    LabelOptions o;
    o.viewport = {1200, 800};
    Camera far{{150, 0}, 0.02f, o.viewport}, near_cam{{150, 0}, 1.2f, o.viewport};
    const auto few = place_labels(label_candidates(s, far, sizes, -1, o), o);
    const auto many = place_labels(label_candidates(s, near_cam, sizes, -1, o), o);
    EXPECT_LT(few.size(), many.size());
    EXPECT_EQ(many.size(), f.corpus.entities.size());
}

TEST(LabelPlacement, SelectedNodesAreLabelledEvenWhenTiny) {
    const Fixture f = make_fixture();
    SceneMarks marks;
    marks.selected_nodes = {kJapan};
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, marks);
    const std::vector<LabelBoxes> sizes(f.corpus.entities.size(), LabelBoxes{Vec2{90, 14}});
    LabelOptions o;
    o.viewport = {1200, 800};
    const Camera far{{150, 0}, 0.02f, o.viewport};
    const auto placed = place_labels(label_candidates(s, far, sizes, -1, o), o);
    ASSERT_FALSE(placed.empty());
    EXPECT_EQ(s.node_entity[placed.front().node], kJapan);
}

// "Always label": a pinned node too small to be labelled, past a budget of zero labels, gets its
// label; unpinned, it gets none.
TEST(LabelPlacement, APinnedLabelIsPlacedPastTheSizeRuleAndTheBudget) {
    const Fixture f = make_fixture();
    const std::vector<LabelBoxes> sizes(f.corpus.entities.size(), LabelBoxes{Vec2{90, 14}});
    LabelOptions o;
    o.viewport = {1200, 800};
    const Camera far{{150, 0}, 0.02f, o.viewport};
    const RenderScene plain = build_render_scene(f.corpus, f.positions, {}, {});
    EXPECT_TRUE(place_labels(label_candidates(plain, far, sizes, -1, o), o).empty())
        << "nodes this small get no label unless marked";
    SceneMarks marks;
    marks.labels_pinned.assign(f.corpus.entities.size(), 0);
    marks.labels_pinned[kJapan] = 1;
    const RenderScene s = build_render_scene(f.corpus, f.positions, {}, marks);
    o.max_labels = 0;
    const auto placed = place_labels(label_candidates(s, far, sizes, -1, o), o);
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_EQ(s.node_entity[placed.front().node], kJapan);
}

// Where every spot is taken, a pinned label still goes to its first spot, inside the viewport;
// an unpinned one in the same place is left out.
TEST(LabelPlacement, APinnedLabelIsPlacedWhereNoSpotIsFree) {
    LabelOptions o;
    o.viewport = {400, 300};
    const std::vector<ScreenBox> wall = {{0, 0, 400, 300}};
    LabelCandidate c{0, {390, 150}, 5.0f, {Vec2{80, 14}}, 1.0f};
    EXPECT_TRUE(place_labels({c}, o, wall).empty());
    c.pinned = true;
    const auto placed = place_labels({c}, o, wall);
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_EQ(placed[0].node, 0u);
    EXPECT_LE(placed[0].pos.x + placed[0].size.x, 400.0f) << "moved inside the viewport";
    EXPECT_GE(placed[0].pos.x, 0.0f);
}

} // namespace
} // namespace kg::test
