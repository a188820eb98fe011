// The legend's filter lines name every active facet in words, with names rather than ids.
#include "export/figure_frame.hpp"
#include "export/filter_legend.hpp"
#include "view/fixture_corpus.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace kg {
namespace {

TEST(FilterLegend, TheDefaultFilterHasNoLine) {
    EXPECT_TRUE(describe_filters(FilterSpec{}).empty());
}

TEST(FilterLegend, NamesEveryFacetInWords) {
    const test::Fixture f = test::make_fixture();
    FilterSpec s;
    s.entity_types = type_bit(EntityType::Country) | type_bit(EntityType::Leader);
    s.show_discovered = false;
    s.regions = region_bit(Region::MiddleEast);
    s.keep_partners = true;
    s.topics = topic_bit(Topic::Energy);
    s.link_kinds = kind_bit(LinkKind::Cooperation) | kind_bit(LinkKind::Tension);
    s.min_weight = 2;
    s.min_documents = 1;
    s.date_from = "2021-03";
    s.date_to = "2022-02-04";
    s.documents = {"a.md"};
    s.focus = "vladimir-putin";
    s.hops = 1;
    s.keep_isolated = true;
    s.only_unreviewed = true;
    const std::vector<std::string> want = {
        "Entity types: Country, Leader",
        "Knowledge-base entities only",
        "Regions: Middle East & North Africa, keeping their partners",
        "Topics: Energy",
        "Link kinds: Cooperation, Tension",
        "Links with at least 2 passages",
        "Links found in at least 1 article",
        "Articles from March 2021 to 4 February 2022",
        "Only 1 selected article",
        "Around Владимир Путин (1 hop)",
        "Including entities without links",
        "Only links not yet reviewed",
    };
    EXPECT_EQ(describe_filters(s, &f.corpus), want);
    s.hops = 2;
    s.date_to.clear();
    const std::vector<std::string> lines = describe_filters(s);
    EXPECT_NE(std::find(lines.begin(), lines.end(), "Around vladimir-putin (2 hops)"), lines.end());
    EXPECT_NE(std::find(lines.begin(), lines.end(), "Articles from March 2021 on"), lines.end());
    s.date_from.clear();
    s.date_to = "2020";
    const std::vector<std::string> upto = describe_filters(s);
    EXPECT_NE(std::find(upto.begin(), upto.end(), "Articles up to 2020"), upto.end());
}

TEST(FilterLegend, TheProminenceBudgetAndItsWeightFloorReadAsOneLine) {
    const test::Fixture f = test::make_fixture();
    FilterSpec s;
    s.top_entities = 1500;
    s.min_weight = 4;
    const std::string of = " of " + with_thousands(f.corpus.entities.size()) + " entities";
    EXPECT_EQ(describe_filters(s, &f.corpus),
              std::vector<std::string>{"The 1,500 most-mentioned" + of +
                                       "; links with at least 4 passages"});
    s.min_weight = 0;
    EXPECT_EQ(describe_filters(s), std::vector<std::string>{"The 1,500 most-mentioned entities"});
}

} // namespace
} // namespace kg
