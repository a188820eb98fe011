// A big corpus in the app: it opens on its prominence budget (the canvas draws what the filter
// keeps, the overview says how much of the corpus that is), "Show more" widens it and "Show all"
// lifts it; a small corpus opens on everything.
#include "gui/gui_test_support.hpp"

#include "filter/big_corpus.hpp"
#include "filter/prominence.hpp"
#include "ui/app.hpp"
#include "ui/panels/prominence_controls.hpp"

#include <gtest/gtest.h>

namespace kg::test {
namespace {

std::unique_ptr<app::App> show_corpus(const Corpus& corpus) {
    auto a = std::make_unique<app::App>(app::AppOptions{1200, 800, false});
    if (!a->ok()) {
        ADD_FAILURE() << "no window: " << a->error();
        return nullptr;
    }
    std::vector<Vec2> positions(corpus.entities.size());
    for (std::size_t i = 0; i < positions.size(); ++i)
        positions[i] = {float(i % 20) * 30.0f, float(i / 20) * 30.0f};
    a->show(corpus, positions);
    for (int i = 0; i < 3; ++i) a->render_frame();
    return a;
}

TEST(BigView, ABigCorpusOpensOnItsMostMentionedEntities) {
    KGVIZ_REQUIRE_DISPLAY();
    const Corpus big = big_corpus();
    auto a = show_corpus(big);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->ui().filter.top_entities, kDefaultTopEntities);
    const FilterResult& shown = a->explore().filter;
    EXPECT_GT(shown.visible_nodes, 0u);
    EXPECT_LE(shown.visible_nodes, std::size_t(kDefaultTopEntities));
    EXPECT_LT(shown.visible_links, big.links.size());
    EXPECT_EQ(a->view().scene().nodes.size(), shown.visible_nodes)
        << "the canvas draws what the filter keeps";
    EXPECT_EQ(app::showing_text(a->corpus(), shown),
              "Showing " + std::to_string(shown.visible_nodes) + " of 400 entities, " +
                  std::to_string(shown.visible_links) + " of 2,110 links");

    // Every panel builds with the budget's controls open.
    a->ui().expand_all_panels = true;
    for (int i = 0; i < 5; ++i) a->render_frame();

    const std::size_t before = shown.visible_nodes;
    a->actions().push(
        app::SetFilter{app::show_more(a->corpus(), a->explore().graph, a->ui().filter)});
    for (int i = 0; i < 3; ++i) a->render_frame();
    EXPECT_EQ(a->ui().filter.top_entities, 2 * kDefaultTopEntities);
    EXPECT_GT(a->explore().filter.visible_nodes, before);
    EXPECT_EQ(a->view().scene().nodes.size(), a->explore().filter.visible_nodes);

    a->actions().push(
        app::SetFilter{with_prominence_budget(a->corpus(), a->explore().graph, a->ui().filter, 0)});
    for (int i = 0; i < 3; ++i) a->render_frame();
    EXPECT_EQ(a->explore().filter.visible_links, big.links.size());
    EXPECT_EQ(a->explore().filter.visible_nodes, big.entities.size());
}

TEST(BigView, ASmallCorpusOpensOnEverything) {
    KGVIZ_REQUIRE_DISPLAY();
    const Fixture f = make_fixture();
    auto a = show_corpus(f.corpus);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->ui().filter, FilterSpec{});
    EXPECT_EQ(a->explore().filter.visible_links, f.corpus.links.size());
}

} // namespace
} // namespace kg::test
