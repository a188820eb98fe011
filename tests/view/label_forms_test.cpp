// Label forms: where a name breaks, which alias is a short name, and that placement falls back to
// them (and records which) only when the name itself does not fit.
#include "view/label_forms.hpp"
#include "view/label_placement.hpp"

#include <gtest/gtest.h>

#include <optional>

namespace kg::test {
namespace {

Entity entity(std::string name, EntityType type, std::vector<std::string> aliases = {}) {
    Entity e;
    e.id = "x";
    e.name = std::move(name);
    e.type = type;
    e.aliases = std::move(aliases);
    return e;
}

TEST(LabelForms, LongNamesBreakAtTheSpaceNearestTheMiddle) {
    const Entity e = entity("Nuclear weapons & arms control", EntityType::Issue);
    const LabelLines two = label_lines(e, LabelForm::TwoLines);
    EXPECT_EQ(two.first, "Nuclear weapons");
    EXPECT_EQ(two.second, "& arms control");
    EXPECT_EQ(label_lines(e, LabelForm::Name).first, e.name);
    EXPECT_TRUE(label_lines(e, LabelForm::Name).second.empty());
    // Short names, and long ones without a space, stay on one line.
    EXPECT_FALSE(
        label_lines(entity("Xi Jinping", EntityType::Leader), LabelForm::TwoLines).exists());
    EXPECT_FALSE(label_lines(entity("Nordrhein-Westfalen-Stiftung", EntityType::Organization),
                             LabelForm::TwoLines)
                     .exists());
}

TEST(LabelForms, OnlyOrganizationsHaveAShortNameAndItIsTheirShortestAlias) {
    const Entity sco = entity("Shanghai Cooperation Organization", EntityType::Organization,
                              {"Shanghai Cooperation Organisation", "SCO"});
    EXPECT_EQ(label_lines(sco, LabelForm::Short).first, "SCO");
    // A country's aliases are capitals and demonyms: "Bangui" would name the city on a map.
    const Entity car =
        entity("Central African Republic", EntityType::Country, {"Central African", "Bangui"});
    EXPECT_FALSE(label_lines(car, LabelForm::Short).exists());
    // An alias that saves almost nothing is not worth the change.
    EXPECT_FALSE(label_lines(entity("NATO", EntityType::Organization, {"NATO."}), LabelForm::Short)
                     .exists());
}

TEST(LabelForms, BoxesStackTwoLinesAndAreZeroWhereAFormIsMissing) {
    Corpus corpus;
    corpus.entities = {entity("Nuclear weapons & arms control", EntityType::Issue),
                       entity("China", EntityType::Country)};
    const auto boxes = label_boxes(corpus, [](std::string_view line) {
        return Vec2{float(line.size()) * 7, 14};
    });
    ASSERT_EQ(boxes.size(), 2u);
    EXPECT_EQ(boxes[0][std::size_t(LabelForm::Name)].x, 30 * 7);
    EXPECT_EQ(boxes[0][std::size_t(LabelForm::TwoLines)].x, 15 * 7); // "Nuclear weapons"
    EXPECT_EQ(boxes[0][std::size_t(LabelForm::TwoLines)].y, 28);
    EXPECT_EQ(boxes[0][std::size_t(LabelForm::Short)].x, 0);
    EXPECT_EQ(boxes[1][std::size_t(LabelForm::TwoLines)].x, 0);
}

// One node near the right edge of a short viewport: each narrower viewport rules out one more form.
TEST(LabelForms, PlacementFallsBackToTheNextFormOnlyWhenTheOneBeforeDoesNotFit) {
    const LabelCandidate node{0, {150, 15}, 4, {Vec2{200, 14}, Vec2{160, 28}, Vec2{30, 14}}, 1};
    auto form_in = [&](Vec2 viewport) {
        LabelOptions o;
        o.viewport = viewport;
        o.padding = 0;
        const auto placed = place_labels({node}, o);
        EXPECT_EQ(placed.size(), 1u);
        return placed.empty() ? std::optional<PlacedLabel>{}
                              : std::optional<PlacedLabel>{placed[0]};
    };
    const auto name = form_in({400, 60});
    ASSERT_TRUE(name);
    EXPECT_EQ(name->form, LabelForm::Name);
    EXPECT_EQ(name->size.x, 200.0f);
    const auto two = form_in({320, 30}); // the name fits nowhere; two lines fit right of the node
    ASSERT_TRUE(two);
    EXPECT_EQ(two->form, LabelForm::TwoLines);
    EXPECT_EQ(two->size.y, 28.0f);
    const auto short_name =
        form_in({190, 30}); // two lines neither: too tall above or below, too wide beside
    ASSERT_TRUE(short_name);
    EXPECT_EQ(short_name->form, LabelForm::Short);
    EXPECT_EQ(short_name->size.x, 30.0f);
}

} // namespace
} // namespace kg::test
