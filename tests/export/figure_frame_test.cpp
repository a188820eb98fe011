// Frame layout: nothing covers the plot area, nodes land inside it, footnote is capped, dates.
#include "export/figure.hpp"
#include "view/fixture_corpus.hpp"
#include "view/node_shape.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace kg {
namespace {

bool overlaps(const Bounds& a, const Bounds& b) {
    return a.min.x < b.max.x && a.max.x > b.min.x && a.min.y < b.max.y && a.max.y > b.min.y;
}

FigureInput full_input(Vec2 viewport) {
    FigureInput in;
    in.viewport = viewport;
    in.title = "China-Russia: partners and issues";
    in.subtitle = "Links found in 12 articles";
    in.as_of = "As of 4 February 2022";
    in.legend = legend_rows(theme(ThemeId::Print), ColorMode::ByType, {"Topics: energy"});
    for (int i = 0; i < 200; ++i)
        in.sources.push_back("Article number " + std::to_string(i) + " — Outlet, 2021-01-01");
    return in;
}

TEST(FigureFrame, NoFrameElementCoversThePlotArea) {
    for (Vec2 vp : {Vec2{1600, 1000}, Vec2{3840, 2160}, Vec2{2048, 2048}, Vec2{800, 600}}) {
        const FigureFrame f = layout_figure_frame(full_input(vp));
        ASSERT_FALSE(f.plot.empty());
        EXPECT_FALSE(overlaps(f.plot, f.legend_box));
        for (const FrameText& t : f.header) EXPECT_LE(t.pos.y + t.font_px, f.plot.min.y + 0.5f);
        ASSERT_FALSE(f.footnote.empty());
        EXPECT_GE(f.footnote.front().pos.y, f.plot.max.y);
        EXPECT_LE(f.footnote.back().pos.y + f.footnote.back().font_px, vp.y);
        EXPECT_LE(f.legend_box.max.x, vp.x);
        EXPECT_GT(f.plot.size().x, vp.x * 0.5f);
        EXPECT_GT(f.plot.size().y, vp.y * 0.4f);
    }
}

std::vector<std::string> legend_labels(const FigureFrame& f) {
    std::vector<std::string> out;
    for (const LegendRow& r : f.legend) out.push_back(r.label);
    return out;
}

bool has(const std::vector<std::string>& v, std::string_view s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

// A legend names only what the figure draws: with only the countries shown, no row for
// leaders, organizations or issue areas, and no link kind that no drawn link has.
TEST(FigureFrame, LegendListsOnlyTheTypesAndKindsTheFigureDraws) {
    const test::Fixture fx = test::make_fixture();
    FigureOptions o;
    const std::vector<std::string> all =
        legend_labels(compose_figure(fx.corpus, fx.positions, o).frame);
    EXPECT_TRUE(has(all, "Leader"));
    EXPECT_TRUE(has(all, "Issue area"));

    SceneMarks& countries = o.marks;
    countries.visible.assign(fx.corpus.entities.size(), 0);
    for (EntityIndex e = 0; e < fx.corpus.entities.size(); ++e)
        countries.visible[e] = fx.corpus.entities[e].type == EntityType::Country;
    const Figure fig = compose_figure(fx.corpus, fx.positions, o);
    const std::vector<std::string> rows = legend_labels(fig.frame);
    EXPECT_TRUE(has(rows, "Country"));
    for (const char* absent : {"Leader", "Organization", "Issue area", "Person"})
        EXPECT_FALSE(has(rows, absent)) << absent;
    std::set<std::string> drawn_kinds;
    for (std::uint32_t l : fig.scene.edge_link)
        drawn_kinds.insert(std::string(legend_label(fx.corpus.links[l].kind)));
    ASSERT_FALSE(drawn_kinds.empty());
    for (LinkKind k : kLegendLinkKinds)
        EXPECT_EQ(has(rows, legend_label(k)), drawn_kinds.count(std::string(legend_label(k))) > 0)
            << legend_label(k);
    EXPECT_LT(rows.size(), all.size());
}

TEST(FigureFrame, FootnoteIsCappedAndSaysHowManyMore) {
    const FigureFrame f = layout_figure_frame(full_input({1600, 1000}));
    EXPECT_LE(f.footnote.size(), 6u);
    EXPECT_EQ(f.footnote.front().text.rfind("Sources: ", 0), 0u);
    EXPECT_NE(f.footnote.back().text.find("more."), std::string::npos);
    for (const FrameText& t : f.footnote)
        EXPECT_LE(estimate_text_width(t.text, t.font_px), 1600.0f);
}

TEST(FigureFrame, FittedNodesLieInsideThePlotArea) {
    const test::Fixture fx = test::make_fixture();
    FigureOptions o;
    o.viewport = {1920, 1080};
    o.title = "Title";
    const Figure fig = compose_figure(fx.corpus, fx.positions, o);
    for (const NodeInstance& n : fig.scene.nodes) {
        const Vec2 p = fig.camera.world_to_screen(n.pos);
        const float r = drawn_radius(n.radius, fig.camera.zoom) * fig.camera.zoom;
        EXPECT_GE(p.x - r, fig.frame.plot.min.x - 0.5f);
        EXPECT_LE(p.x + r, fig.frame.plot.max.x + 0.5f);
        EXPECT_GE(p.y - r, fig.frame.plot.min.y - 0.5f);
        EXPECT_LE(p.y + r, fig.frame.plot.max.y + 0.5f);
    }
    for (const PlacedLabel& l : fig.labels)
        EXPECT_FALSE(overlaps({l.pos, l.pos + l.size}, fig.frame.legend_box));
    EXPECT_FALSE(fig.labels.empty());
}

TEST(FigureFrame, DatesAndSourceEntries) {
    EXPECT_EQ(format_date("2021-03-23"), "23 March 2021");
    EXPECT_EQ(format_date("2021-03"), "March 2021");
    EXPECT_EQ(format_date("2021"), "2021");
    EXPECT_EQ(format_date("soon"), "soon");
    Document d;
    d.title = "T";
    d.authors = {"A", "B"};
    d.date = "2020-01-02";
    EXPECT_EQ(source_entry(d), "T — A et al., 2020-01-02");
    d.source = "Outlet";
    EXPECT_EQ(source_entry(d), "T — Outlet, 2020-01-02");
    EXPECT_FLOAT_EQ(estimate_text_width("习近平", 10.0f), 30.0f);
}

// Two entities and one link whose passages come from `count` articles of `outlets` outlets, dated
// from 2014 on, one year apart (`dated` false: no dates, no outlets).
Corpus many_sources_corpus(std::size_t count, std::size_t outlets, bool dated) {
    Corpus c;
    for (const char* id : {"china", "russia"}) {
        Entity e;
        e.id = e.name = id;
        e.type = EntityType::Country;
        c.entities.push_back(e);
    }
    Link l;
    l.source = 0;
    l.target = 1;
    for (std::size_t i = 0; i < count; ++i) {
        Document d;
        d.id = "d" + std::to_string(i);
        d.title = "Article " + std::to_string(i);
        d.text = "China and Russia.";
        if (dated) {
            d.source = "Outlet " + std::to_string(i % outlets);
            d.date = std::to_string(2014 + i % 12) + "-01-01";
        }
        c.documents.push_back(d);
        l.evidence.push_back({DocIndex(i), {0, 17}, LinkKind::Cooperation, 0});
    }
    c.links.push_back(l);
    return c;
}

TEST(FigureFrame, ManySourcesAreSummarisedNotListed) {
    const Corpus big = many_sources_corpus(1234, 12, true);
    std::vector<DocIndex> all(big.documents.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = DocIndex(i);
    EXPECT_EQ(sources_summary(big, all), "1,234 articles from 12 outlets, 2014\u20132025");
    EXPECT_EQ(sources_summary(big, {0}), "1 article from 1 outlet, 2014");
    const std::vector<DocIndex> first_30(all.begin(), all.begin() + 30);
    EXPECT_EQ(sources_summary(many_sources_corpus(30, 1, false), first_30), "30 articles");

    const std::vector<Vec2> positions = {{-50, 0}, {50, 0}};
    FigureOptions o;
    o.viewport = {1600, 1000};
    const Figure summarised = compose_figure(big, positions, o);
    ASSERT_EQ(summarised.frame.footnote.size(), 1u);
    EXPECT_EQ(summarised.frame.footnote[0].text,
              "Sources: 1,234 articles from 12 outlets, 2014\u20132025.");

    // Up to kListedSourcesMax articles are still listed by title.
    const Figure listed =
        compose_figure(many_sources_corpus(kListedSourcesMax, 3, true), positions, o);
    ASSERT_FALSE(listed.frame.footnote.empty());
    EXPECT_NE(listed.frame.footnote[0].text.find("Article "), std::string::npos);
}

} // namespace
} // namespace kg
