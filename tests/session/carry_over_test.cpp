// Carrying positions and UiState across a corpus change whose entity indexes shift: everything
// follows its id, and what the new corpus lacks is dropped.
#include "layout/layout.hpp"
#include "session/carry_over.hpp"
#include "view/fixture_corpus.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace kg::test {
namespace {

// The fixture with entity `gone` and its links removed and the other entities in reverse order,
// as a correction or added articles may leave the corpus (indexes no longer match).
Corpus reversed_without(const Corpus& from, EntityIndex gone) {
    Corpus to = from;
    to.entities.clear();
    std::vector<std::int64_t> index(from.entities.size(), -1);
    for (std::size_t i = from.entities.size(); i-- > 0;) {
        if (i == gone) continue;
        index[i] = std::int64_t(to.entities.size());
        to.entities.push_back(from.entities[i]);
    }
    to.links.clear();
    for (const Link& l : from.links) {
        if (index[l.source] < 0 || index[l.target] < 0) continue;
        Link m = l;
        m.source = EntityIndex(index[l.source]);
        m.target = EntityIndex(index[l.target]);
        to.links.push_back(m);
    }
    return to;
}

EntityIndex in(const Corpus& to, const Corpus& from, EntityIndex e) {
    const std::int64_t i = to.find_entity(from.entities[e].id);
    EXPECT_GE(i, 0) << from.entities[e].id;
    return EntityIndex(i);
}

TEST(CarryOver, PositionsFollowTheirIdsAndAGoneEntityLeavesNoGap) {
    const Fixture f = make_fixture();
    const Corpus to = reversed_without(f.corpus, kSco);
    const std::vector<Vec2> carried = app::carry_positions(f.corpus, f.positions, to);
    ASSERT_EQ(carried.size(), to.entities.size());
    for (EntityIndex e = 0; e < f.corpus.entities.size(); ++e) {
        if (e == kSco) continue;
        const EntityIndex m = in(to, f.corpus, e);
        EXPECT_EQ(carried[m].x, f.positions[e].x) << f.corpus.entities[e].id;
        EXPECT_EQ(carried[m].y, f.positions[e].y) << f.corpus.entities[e].id;
    }
}

TEST(CarryOver, ANewEntityIsPlacedBesideItsNeighboursNotOnTopOfThem) {
    const Fixture f = make_fixture();
    std::vector<Vec2> positions = f.positions;
    positions[kPutin] = kNoPosition;
    EXPECT_EQ(app::place_beside_neighbours(f.corpus, positions), 1u);
    ASSERT_TRUE(has_position(positions[kPutin]));
    // Near the mean of its neighbours (a nudge away), on top of no other node.
    Vec2 sum{};
    int neighbours = 0;
    for (const Link& l : f.corpus.links) {
        if (l.source != kPutin && l.target != kPutin) continue;
        sum = sum + f.positions[l.source == kPutin ? l.target : l.source];
        ++neighbours;
    }
    ASSERT_GT(neighbours, 0);
    const Vec2 d = positions[kPutin] - sum * (1.0f / float(neighbours));
    EXPECT_LE(std::hypot(d.x, d.y), kDefaultEdgeLength);
    for (EntityIndex e = 0; e < positions.size(); ++e) {
        if (e == kPutin) continue;
        EXPECT_FALSE(positions[e].x == positions[kPutin].x &&
                     positions[e].y == positions[kPutin].y);
    }
}

TEST(CarryOver, UiStateFollowsIdsAndDropsWhatIsGone) {
    const Fixture f = make_fixture();
    const Corpus to = reversed_without(f.corpus, kSco);
    app::UiState ui;
    ui.selection.nodes = {kChina, kSco};
    ui.focus = kRussia;
    ui.pinned[kXi] = {1.0f, 2.0f};
    ui.pinned[kSco] = {3.0f, 4.0f};
    ui.path_from = kSco;
    ui.path_to = kPutin;
    ui.callouts.push_back({kXi, {}, {5.0f, 6.0f}, "met in Moscow"});
    ui.callouts.push_back({kSco, {}, {}, "gone"});
    ui.labels_pinned = {kSco, kJapan};

    const app::UiState out = app::carry_ui_state(ui, f.corpus, to);
    EXPECT_EQ(out.selection.nodes, std::vector<EntityIndex>{in(to, f.corpus, kChina)});
    EXPECT_EQ(out.focus, std::optional<EntityIndex>(in(to, f.corpus, kRussia)));
    ASSERT_EQ(out.pinned.size(), 1u);
    EXPECT_EQ(out.pinned.begin()->first, in(to, f.corpus, kXi));
    EXPECT_FALSE(out.path_from);
    EXPECT_EQ(out.path_to, std::optional<EntityIndex>(in(to, f.corpus, kPutin)));
    ASSERT_EQ(out.callouts.size(), 1u);
    EXPECT_EQ(out.callouts[0].entity, std::optional<EntityIndex>(in(to, f.corpus, kXi)));
    EXPECT_EQ(out.callouts[0].text, "met in Moscow");
    EXPECT_EQ(out.labels_pinned, (std::set<EntityIndex>{in(to, f.corpus, kJapan)}));
}

TEST(CarryOver, TheSelectedLinkIsFoundByItsEndsAndKind) {
    const Fixture f = make_fixture();
    const Corpus to = reversed_without(f.corpus, kSco);
    app::UiState ui;
    ui.selection.link = kXiPutinMeeting;
    const app::UiState out = app::carry_ui_state(ui, f.corpus, to);
    ASSERT_TRUE(out.selection.link);
    const Link& l = to.links[*out.selection.link];
    EXPECT_EQ(l.kind, LinkKind::Meeting);
    const std::vector<std::string> ends{to.entities[l.source].id, to.entities[l.target].id};
    EXPECT_TRUE(std::is_permutation(
        ends.begin(), ends.end(),
        std::vector<std::string>{f.corpus.entities[kXi].id, f.corpus.entities[kPutin].id}.begin()));
    ui.selection.link = kChinaScoMember; // its end is gone
    EXPECT_FALSE(app::carry_ui_state(ui, f.corpus, to).selection.link);
}

} // namespace
} // namespace kg::test
