// compose_figure on the fixture: a saved view's camera keeps its world region at any output
// size, labels in the exported scene never overlap each other, a node or the frame, node and
// label scales apply, and CSV table paths.
#include "export/data_export.hpp"
#include "export/figure.hpp"
#include "export/view_figure.hpp"
#include "filter/big_corpus.hpp"
#include "filter/prominence.hpp"
#include "view/fixture_corpus.hpp"
#include "view/node_shape.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace kg::test {
namespace {

bool overlap(Vec2 a0, Vec2 a1, Vec2 b0, Vec2 b1) {
    return a0.x < b1.x && b0.x < a1.x && a0.y < b1.y && b0.y < a1.y;
}

TEST(Figure, ViewCameraShowsTheSameWorldRegionAtAnySize) {
    const Fixture f = make_fixture();
    Camera saved;
    saved.center = {120.0f, 80.0f};
    saved.zoom = 2.0f;
    saved.viewport = {1600.0f, 1000.0f};
    const Bounds region = saved.visible_world();
    for (const Vec2 out : {Vec2{3840, 2160}, Vec2{1600, 1000}, Vec2{800, 800}}) {
        FigureOptions o;
        o.viewport = out;
        o.camera = saved;
        o.camera_viewport = saved.viewport;
        const Figure fig = compose_figure(f.corpus, f.positions, o);
        const Vec2 a = fig.camera.world_to_screen(region.min),
                   b = fig.camera.world_to_screen(region.max);
        // The whole region is inside the plot area, and fills it along one axis.
        EXPECT_GE(a.x, fig.frame.plot.min.x - 1.0f) << out.x;
        EXPECT_GE(a.y, fig.frame.plot.min.y - 1.0f) << out.x;
        EXPECT_LE(b.x, fig.frame.plot.max.x + 1.0f) << out.x;
        EXPECT_LE(b.y, fig.frame.plot.max.y + 1.0f) << out.x;
        const Vec2 plot = fig.frame.plot.size();
        EXPECT_TRUE(std::abs((b.x - a.x) - plot.x) < 2.0f || std::abs((b.y - a.y) - plot.y) < 2.0f)
            << out.x;
        EXPECT_NEAR(fig.camera.screen_to_world(fig.frame.plot.center()).x, saved.center.x, 0.01f);
    }
}

TEST(Figure, CameraWithoutItsViewportIsUsedAsItIs) {
    const Fixture f = make_fixture();
    Camera cam;
    cam.center = {10.0f, 20.0f};
    cam.zoom = 1.5f;
    FigureOptions o;
    o.viewport = {900, 600};
    o.camera = cam;
    const Figure fig = compose_figure(f.corpus, f.positions, o);
    EXPECT_EQ(fig.camera.zoom, 1.5f);
    EXPECT_EQ(fig.camera.viewport, (Vec2{900, 600}));
}

TEST(Figure, LabelsNeverOverlapEachOtherNodesOrTheFrame) {
    const Fixture f = make_fixture();
    for (const Vec2 vp : {Vec2{3840, 2160}, Vec2{1200, 800}, Vec2{500, 400}}) {
        FigureOptions o;
        o.viewport = vp;
        o.title = "China-Russia: partners and issues";
        const Figure fig = compose_figure(f.corpus, f.positions, o);
        ASSERT_FALSE(fig.labels.empty()) << vp.x;
        for (std::size_t i = 0; i < fig.labels.size(); ++i) {
            const PlacedLabel& a = fig.labels[i];
            const Vec2 a1 = a.pos + a.size;
            EXPECT_GE(a.pos.x, 0.0f);
            EXPECT_LE(a1.x, vp.x);
            for (std::size_t j = i + 1; j < fig.labels.size(); ++j) {
                const PlacedLabel& b = fig.labels[j];
                EXPECT_FALSE(overlap(a.pos, a1, b.pos, b.pos + b.size)) << i << " " << j;
            }
            for (const NodeInstance& n : fig.scene.nodes) {
                const Vec2 c = fig.camera.world_to_screen(n.pos);
                const float r = drawn_radius(n.radius, fig.camera.zoom) * fig.camera.zoom;
                EXPECT_FALSE(overlap(a.pos, a1, c - Vec2{r, r}, c + Vec2{r, r})) << "label " << i;
            }
            if (!fig.frame.legend_box.empty()) {
                EXPECT_FALSE(
                    overlap(a.pos, a1, fig.frame.legend_box.min, fig.frame.legend_box.max));
            }
            EXPECT_GE(a.pos.y, fig.frame.plot.min.y);
            if (!fig.frame.footnote.empty()) {
                EXPECT_LE(a1.y, fig.frame.footnote.front().pos.y);
            }
        }
    }
}

// Briefing annotations: a callout on a node and one on a point sit at their offsets (scaled
// with the frame) and lead to their anchors; a moved label stays where it was put and the other
// labels keep clear of it and of the callouts; a card never leaves the figure; the SVG writes
// them.
TEST(Figure, CalloutsAndMovedLabelsAreWhereTheAnalystPutThem) {
    const Fixture f = make_fixture();
    FigureOptions o;
    o.viewport = {3200, 2000}; // scale 2
    o.notes = {{"china", {}, {120.0f, -160.0f}, "Summit in May: watch the\nenergy deal"},
               {"", {0.0f, 0.0f}, {-40.0f, 20.0f}, "Centre"},
               {"atlantis", {}, {0, 0}, "not in the figure"},
               {"china", {}, {-5000.0f, -5000.0f}, "Far away"}};
    o.label_offsets = {{"russia", {-90.0f, 14.0f}}};
    const Figure fig = compose_figure(f.corpus, f.positions, o);
    const float scale = fig.frame.scale;
    ASSERT_NEAR(scale, 2.0f, 0.01f);
    ASSERT_EQ(fig.notes.size(), 3u) << "a callout on an entity the figure lacks is left out";
    auto node_px = [&](const char* id) {
        for (std::size_t i = 0; i < fig.scene.nodes.size(); ++i)
            if (f.corpus.entities[fig.scene.node_entity[i]].id == id)
                return fig.camera.world_to_screen(fig.scene.nodes[i].pos);
        ADD_FAILURE() << id;
        return Vec2{};
    };
    const Vec2 china = node_px("china");
    EXPECT_NEAR(fig.notes[0].layout.box.x0, china.x + 120.0f * scale, 0.01f);
    EXPECT_NEAR(fig.notes[0].layout.box.y0, china.y - 160.0f * scale, 0.01f);
    EXPECT_EQ(fig.notes[0].layout.lines.size(), 2u);
    EXPECT_TRUE(fig.notes[0].layout.leader);
    EXPECT_EQ(fig.notes[0].entity, "china");
    const Vec2 origin = fig.camera.world_to_screen({0, 0});
    EXPECT_NEAR(fig.notes[1].layout.box.x0, origin.x - 40.0f * scale, 0.01f);
    // A card that would leave the figure is kept inside it, its leader still on its node.
    EXPECT_NEAR(fig.notes[2].layout.box.x0, 0.0f, 0.01f);
    EXPECT_NEAR(fig.notes[2].layout.box.y0, 0.0f, 0.01f);
    EXPECT_TRUE(fig.notes[2].layout.leader);

    const Vec2 russia = node_px("russia");
    const PlacedLabel* moved = nullptr;
    for (const PlacedLabel& l : fig.labels)
        if (f.corpus.entities[fig.scene.node_entity[l.node]].id == "russia") moved = &l;
    ASSERT_NE(moved, nullptr);
    EXPECT_NEAR(moved->pos.x, russia.x - 90.0f * scale, 0.01f);
    EXPECT_NEAR(moved->pos.y, russia.y + 14.0f * scale, 0.01f);
    for (const PlacedLabel& l : fig.labels) {
        if (&l == moved) continue;
        EXPECT_FALSE(overlap(l.pos, l.pos + l.size, moved->pos, moved->pos + moved->size));
        for (const FigureNote& n : fig.notes)
            EXPECT_FALSE(overlap(l.pos, l.pos + l.size, {n.layout.box.x0, n.layout.box.y0},
                                 {n.layout.box.x1, n.layout.box.y1}));
    }
    const std::string svg = figure_to_svg(f.corpus, fig, ThemeId::Print);
    EXPECT_NE(svg.find("<g class=\"note\" data-entity=\"china\">"), std::string::npos);
    EXPECT_NE(svg.find(">energy deal</text>"), std::string::npos);
    EXPECT_NE(svg.find(">Centre</text>"), std::string::npos);
}

// A label the analyst pinned is drawn, and written to the SVG, in a figure zoomed so far out that
// no other node gets one.
TEST(Figure, APinnedLabelIsDrawnWhereTheLabelRulesLeaveItOut) {
    const Fixture f = make_fixture();
    FigureOptions o;
    o.viewport = {1600, 1000};
    o.camera = Camera{{150, 0}, 0.02f, o.viewport};
    auto labelled = [&](const Figure& fig) {
        std::vector<std::string> ids;
        for (const PlacedLabel& l : fig.labels)
            ids.push_back(f.corpus.entities[fig.scene.node_entity[l.node]].id);
        return ids;
    };
    const Figure plain = compose_figure(f.corpus, f.positions, o);
    EXPECT_TRUE(labelled(plain).empty()) << "the test needs a figure without labels";
    o.labels_pinned = {"japan", "atlantis"}; // an id the figure lacks is skipped
    const Figure pinned = compose_figure(f.corpus, f.positions, o);
    EXPECT_EQ(labelled(pinned), std::vector<std::string>{"japan"});
    const std::string svg = figure_to_svg(f.corpus, pinned, ThemeId::Print);
    EXPECT_NE(svg.find("data-entity=\"japan\" x="), std::string::npos);
    EXPECT_NE(svg.find(">Japan</text>"), std::string::npos);
}

// A view file without a camera shows its whole filtered graph; one with a camera keeps it.
TEST(Figure, ViewWithoutCameraFitsItsFilteredGraph) {
    const Fixture f = make_fixture();
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / "kgviz_view_no_camera.json";
    {
        std::ofstream(file)
            << R"({"format": "kgviz-view/1", "filters": {"focus": "vladimir-putin"}})";
    }
    Diagnostics diagnostics;
    const auto viewed = apply_view_file(file, f.corpus, f.positions, diagnostics);
    ASSERT_TRUE(viewed);
    EXPECT_FALSE(viewed->camera);
    FigureOptions o;
    o.viewport = {1600, 1000};
    o.camera = viewed->camera;
    o.camera_viewport = viewed->camera_viewport;
    const Figure fig = compose_figure(viewed->subset.corpus, viewed->subset.positions, o);
    ASSERT_GE(fig.scene.nodes.size(), 2u);
    Vec2 lo{1e9f, 1e9f}, hi{-1e9f, -1e9f};
    for (const NodeInstance& n : fig.scene.nodes) {
        const Vec2 c = fig.camera.world_to_screen(n.pos);
        lo = {std::min(lo.x, c.x), std::min(lo.y, c.y)};
        hi = {std::max(hi.x, c.x), std::max(hi.y, c.y)};
        EXPECT_GE(c.x, fig.frame.plot.min.x);
        EXPECT_LE(c.x, fig.frame.plot.max.x);
        EXPECT_GE(c.y, fig.frame.plot.min.y);
        EXPECT_LE(c.y, fig.frame.plot.max.y);
    }
    // Fitted: the graph spans most of the plot area one way or the other.
    const Vec2 plot = fig.frame.plot.max - fig.frame.plot.min;
    EXPECT_GT(std::max((hi.x - lo.x) / plot.x, (hi.y - lo.y) / plot.y), 0.5f);

    {
        std::ofstream(file)
            << R"({"format": "kgviz-view/1", "camera": {"center": [5, 6], "zoom": 2}})";
    }
    const auto with_camera = apply_view_file(file, f.corpus, f.positions, diagnostics);
    ASSERT_TRUE(with_camera && with_camera->camera);
    EXPECT_EQ(with_camera->camera->center, (Vec2{5, 6}));
    std::filesystem::remove(file);
}

TEST(Figure, NodeAndLabelScalesApply) {
    const Fixture f = make_fixture();
    FigureOptions o;
    o.viewport = {1600, 1000};
    const Figure plain = compose_figure(f.corpus, f.positions, o);
    o.node_scale = 2.0f;
    o.label_scale = 1.5f;
    const Figure big = compose_figure(f.corpus, f.positions, o);
    ASSERT_EQ(plain.scene.nodes.size(), big.scene.nodes.size());
    EXPECT_FLOAT_EQ(big.scene.nodes[0].radius, 2.0f * plain.scene.nodes[0].radius);
    EXPECT_FLOAT_EQ(big.label_font_px, 1.5f * plain.label_font_px);
    EXPECT_FLOAT_EQ(figure_label_px(o), big.label_font_px);
}

TEST(Figure, MeasuredTextWidensTheLegend) {
    const Fixture f = make_fixture();
    FigureOptions o;
    o.viewport = {1600, 1000};
    const Figure estimated = compose_figure(f.corpus, f.positions, o);
    o.measure = [](std::string_view text, float px) { return float(text.size()) * px; };
    const Figure measured = compose_figure(f.corpus, f.positions, o);
    EXPECT_GT(measured.frame.legend_box.size().x, estimated.frame.legend_box.size().x);
}

TEST(CsvExportPaths, FileBaseOrFolder) {
    CsvPaths p = csv_export_paths("out/graph.csv");
    EXPECT_EQ(p.entities, std::filesystem::path("out/graph-entities.csv"));
    EXPECT_EQ(p.links, std::filesystem::path("out/graph-links.csv"));
    EXPECT_EQ(p.passages, std::filesystem::path("out/graph-passages.csv"));
    EXPECT_EQ(p.documents, std::filesystem::path("out/graph-documents.csv"));
    p = csv_export_paths("tables/");
    EXPECT_EQ(p.entities, std::filesystem::path("tables/entities.csv"));
    EXPECT_EQ(p.passages, std::filesystem::path("tables/passages.csv"));
    p = csv_export_paths("no-such-folder");
    EXPECT_EQ(p.entities, std::filesystem::path("no-such-folder-entities.csv"));
}

// A big corpus's figure is its prominence budget, laid out on its own, named in the legend; a
// view file without filters gets the same, unless --all; a small corpus has no default view.
TEST(Figure, BigCorpusOpensOnItsMostMentionedEntities) {
    EXPECT_FALSE(default_view_figure(make_fixture().corpus));
    const Corpus big = test::big_corpus();
    const auto viewed = default_view_figure(big);
    ASSERT_TRUE(viewed);
    const Corpus& shown = viewed->subset.corpus;
    EXPECT_GT(shown.entities.size(), 0u);
    EXPECT_LE(shown.entities.size(), std::size_t(kDefaultTopEntities));
    EXPECT_LT(shown.links.size(), big.links.size());
    ASSERT_EQ(viewed->subset.positions.size(), shown.entities.size());
    float spread = 0.0f;
    for (const Vec2 p : viewed->subset.positions)
        spread = std::max(spread, std::abs(p.x) + std::abs(p.y));
    EXPECT_GT(spread, 0.0f) << "laid out, not left at the origin";
    ASSERT_FALSE(viewed->filters.empty());
    EXPECT_EQ(viewed->filters.front().rfind("The 150 most-mentioned of 400 entities", 0), 0u)
        << viewed->filters.front();

    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / "kgviz_view_no_filters.json";
    std::ofstream(file) << R"({"format": "kgviz-view/1"})";
    Diagnostics diagnostics;
    const auto budgeted = apply_view_file(file, big, viewed->subset.positions, diagnostics);
    ASSERT_TRUE(budgeted);
    EXPECT_EQ(budgeted->subset.corpus.entities.size(), shown.entities.size());
    const auto all = apply_view_file(file, big, {}, diagnostics, true);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->subset.corpus.links.size(), big.links.size());
    std::filesystem::remove(file);
}

} // namespace
} // namespace kg::test
