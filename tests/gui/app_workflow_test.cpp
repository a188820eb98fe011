// The analyst's day in the real App (hidden window, Xvfb): load articles in the background,
// correct the graph (merge, undo, reject with the review key), save and reload views, add an
// article keeping the layout, and find the session again after a restart.
#include "file_bytes.hpp"
#include "gui/gui_test_support.hpp"
#include "gui/workflow_support.hpp"

#include "curation/curation_file.hpp"
#include "explore/view_store.hpp"
#include "session/correction_builders.hpp"
#include "ui/app.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>

#include <unistd.h>

namespace kg::test {
namespace {

namespace fs = std::filesystem;

bool drawn(const app::App& a, std::string_view id) {
    const std::int64_t e = entity(a, id);
    return e >= 0 && std::size_t(e) < a.view().scene().entity_node.size() &&
           a.view().scene().entity_node[e] >= 0;
}

TEST(AppWorkflow, LoadsInTheBackgroundAndCurationFileIsBesideTheCorpus) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000", "001"};
    auto a = open_app(w);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->corpus().documents.size(), 2u);
    EXPECT_TRUE(drawn(*a, "china"));
    EXPECT_TRUE(drawn(*a, "russia"));
    ASSERT_NE(a->workspace().curation, nullptr);
    EXPECT_EQ(a->workspace().curation->file(), w.corpus() / kCurationFileName);
    for (const Vec2& p : a->positions()) EXPECT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
}

TEST(AppWorkflow, MergeRemovesTheAbsorbedNodeFromTheSceneAndUndoBringsItBack) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000", "001"};
    auto a = open_app(w);
    ASSERT_TRUE(a);
    const std::int64_t china = entity(*a, "china"), russia = entity(*a, "russia");
    ASSERT_GE(china, 0);
    ASSERT_GE(russia, 0);
    const std::size_t entities = a->corpus().entities.size();
    const std::size_t china_mentions = a->corpus().entities[china].mentions.size();
    const std::size_t russia_mentions = a->corpus().entities[russia].mentions.size();
    const Vec2 china_at = a->positions()[china];

    a->actions().push(app::ApplyCorrection{
        app::merge_correction(a->corpus(), EntityIndex(china), EntityIndex(russia))});
    ASSERT_TRUE(settle(*a));
    EXPECT_EQ(a->corpus().entities.size(), entities - 1);
    EXPECT_FALSE(drawn(*a, "russia"));
    ASSERT_TRUE(drawn(*a, "china"));
    // Russia's mentions are China's now (one text span naming both, "Sino-Russian", counts once).
    const std::size_t merged = a->corpus().entities[entity(*a, "china")].mentions.size();
    EXPECT_GT(merged, china_mentions + russia_mentions / 2);
    EXPECT_LE(merged, china_mentions + russia_mentions);
    EXPECT_EQ(a->positions()[entity(*a, "china")], china_at) << "a correction keeps the layout";
    // Autosaved at once, atomically, beside the corpus.
    Diagnostics d;
    const Curation saved = load_curation(w.corpus() / kCurationFileName, d);
    ASSERT_EQ(saved.corrections.size(), 1u);
    EXPECT_EQ(saved.corrections[0].kind, CorrectionKind::Merge);

    a->actions().push(app::UndoCorrection{});
    ASSERT_TRUE(settle(*a));
    EXPECT_EQ(a->corpus().entities.size(), entities);
    EXPECT_TRUE(drawn(*a, "russia"));
    EXPECT_TRUE(load_curation(w.corpus() / kCurationFileName, d).corrections.empty());

    a->actions().push(app::RedoCorrection{});
    ASSERT_TRUE(settle(*a));
    EXPECT_FALSE(drawn(*a, "russia"));
}

TEST(AppWorkflow, ReviewKeyRejectsTheSelectedLinkAndMovesToTheNextUnreviewed) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000"};
    auto a = open_app(w);
    ASSERT_TRUE(a);
    ASSERT_GT(a->corpus().links.size(), 2u);
    const std::size_t links = a->corpus().links.size();
    const Link first = a->corpus().links[0];
    const std::string s = a->corpus().entities[first.source].id,
                      t = a->corpus().entities[first.target].id;
    a->actions().push(app::SelectLink{0});
    a->render_frame();
    a->actions().push(app::ReviewSelectedLink{false});
    ASSERT_TRUE(settle(*a));
    EXPECT_EQ(a->corpus().links.size(), links - 1);
    for (const Link& l : a->corpus().links)
        EXPECT_FALSE(a->corpus().entities[l.source].id == s &&
                     a->corpus().entities[l.target].id == t && l.kind == first.kind);
    ASSERT_TRUE(a->ui().selection.link.has_value()) << "the next unreviewed link is selected";
    // Accepting keeps the link and marks it reviewed; the "only unreviewed" filter then hides it.
    const std::uint32_t next = *a->ui().selection.link;
    const std::string ns = a->corpus().entities[a->corpus().links[next].source].id;
    a->actions().push(app::ReviewSelectedLink{true});
    ASSERT_TRUE(settle(*a));
    EXPECT_EQ(a->corpus().links.size(), links - 1);
    const auto& review = a->workspace().curation->report().link_review;
    EXPECT_EQ(std::count(review.begin(), review.end(), ReviewState::Accepted), 1);
    FilterSpec only = a->ui().filter;
    only.only_unreviewed = true;
    a->actions().push(app::SetFilter{only});
    ASSERT_TRUE(settle(*a));
    EXPECT_LE(a->view().scene().edges.size(), a->explore().filter.visible_links);
    for (std::uint32_t l : a->view().scene().edge_link) EXPECT_NE(review[l], ReviewState::Accepted);
}

// File > Quit and Ctrl+Q save the session and close the window.
TEST(AppWorkflow, QuitSavesTheSessionAndClosesTheWindow) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000"};
    auto a = open_app(w);
    ASSERT_TRUE(a);
    a->render_frame();
    ASSERT_FALSE(a->closing());
    const fs::path session = w.files().session_for({w.corpus()});
    fs::remove(session);
    a->actions().push(app::AppCommand{app::Quit{}});
    a->render_frame();
    EXPECT_TRUE(a->closing());
    EXPECT_TRUE(fs::exists(session)) << "the session is written before the window goes";
}

// Fit puts every node on the canvas the analyst sees: right of the side panel, inside the window.
TEST(AppWorkflow, FitFramesTheGraphRightOfTheSidePanel) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000", "001"};
    auto a = open_app(w);
    ASSERT_TRUE(a);
    ASSERT_GT(a->side_panel_px(), 0.0f);
    a->actions().push(app::PanView{{-500.0f, 0.0f}}); // somewhere else first
    a->actions().push(app::FitView{false});
    ASSERT_TRUE(settle(*a));
    const Camera& camera = a->ui().camera;
    const RenderScene& scene = a->view().scene();
    ASSERT_GT(scene.nodes.size(), 2u);
    for (const NodeInstance& n : scene.nodes) {
        const Vec2 p = camera.world_to_screen(n.pos);
        EXPECT_GE(p.x, a->side_panel_px()) << "a node under the side panel";
        EXPECT_LE(p.x, camera.viewport.x);
        EXPECT_GE(p.y, 0.0f);
        EXPECT_LE(p.y, camera.viewport.y);
    }
}

// The canvas draws what the panel counts, through every step that rebuilds the corpus: a review
// under a region filter (it once drew the whole graph while the panel still said 82/88), undo and
// redo of that review.
TEST(AppWorkflow, ReviewUndoAndRedoKeepTheActiveFilterOnTheCanvas) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000", "001", "002"};
    auto a = open_app(w);
    ASSERT_TRUE(a);
    FilterSpec spec;
    spec.regions = region_bit(Region::EastAsia);
    spec.keep_partners = true;
    a->actions().push(app::SetFilter{spec});
    ASSERT_TRUE(settle(*a));
    auto expect_canvas_matches_panel = [&](const char* step) {
        const RenderScene& scene = a->view().scene();
        EXPECT_EQ(scene.nodes.size(), a->explore().filter.visible_nodes) << step;
        EXPECT_LT(scene.nodes.size(), a->corpus().entities.size()) << step;
        for (std::uint32_t l : scene.edge_link)
            EXPECT_TRUE(a->explore().filter.link_visible[l]) << step;
        EXPECT_EQ(a->ui().filter, spec) << step;
    };
    expect_canvas_matches_panel("filter on");
    ASSERT_FALSE(a->view().scene().edge_link.empty());
    a->actions().push(app::SelectLink{a->view().scene().edge_link.front()});
    a->render_frame();
    a->actions().push(app::ReviewSelectedLink{true});
    ASSERT_TRUE(settle(*a));
    expect_canvas_matches_panel("after accept");
    ASSERT_TRUE(a->ui().selection.link.has_value());
    a->actions().push(app::ReviewSelectedLink{false});
    ASSERT_TRUE(settle(*a));
    expect_canvas_matches_panel("after reject");
    a->actions().push(app::UndoCorrection{});
    ASSERT_TRUE(settle(*a));
    expect_canvas_matches_panel("after undo");
    a->actions().push(app::RedoCorrection{});
    ASSERT_TRUE(settle(*a));
    expect_canvas_matches_panel("after redo");
}

// Every panel and window of a loaded App (curation, views, open, save, export, menus) builds for
// many frames with one entity, two entities and a link selected.
TEST(AppWorkflow, CurationViewsAndFileWindowsBuildWithEverySelection) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000"};
    auto a = open_app(w);
    ASSERT_TRUE(a);
    a->ui().expand_all_panels = true;
    a->actions().push(app::ShowOpenDialog{true});
    a->actions().push(app::ShowSaveView{true});
    a->actions().push(app::ShowExportDialog{true});
    a->actions().push(app::SaveView{"smoke"});
    const auto china = EntityIndex(entity(*a, "china")), russia = EntityIndex(entity(*a, "russia"));
    for (const app::Action& select :
         {app::Action{app::SelectNodes{{china}, false}},
          app::Action{app::SelectNodes{{china, russia}, false}}, app::Action{app::SelectLink{0}},
          app::Action{app::ClearSelection{}}}) {
        a->actions().push(select);
        for (int i = 0; i < 15; ++i) a->render_frame();
    }
    EXPECT_TRUE(a->ui().show_open_dialog);
    EXPECT_EQ(a->workspace().views, std::vector<std::string>{"smoke"});
    a->actions().push(app::ShowOpenDialog{false});
    a->render_frame();
    EXPECT_FALSE(a->ui().show_open_dialog);
}

// An export from the dialog first puts "Exporting ..." on screen (a large PNG blocks the main
// thread for seconds), then writes the file and reports where it went.
TEST(AppWorkflow, ExportShowsThatItIsRunningBeforeItBlocks) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000"};
    auto a = open_app(w);
    ASSERT_TRUE(a);
    app::ExportSettings settings;
    settings.kind = app::ExportKind::Png;
    settings.width = 640;
    settings.height = 400;
    settings.path = (w.root / "figure.png").string();
    a->actions().push(app::ShowExportDialog{true});
    a->actions().push(app::ExportFile{settings});
    a->render_frame();
    EXPECT_EQ(a->ui().export_message.rfind("Exporting ", 0), 0u) << a->ui().export_message;
    EXPECT_FALSE(fs::exists(settings.path));
    a->render_frame(); // the frame that shows the line
    EXPECT_FALSE(fs::exists(settings.path));
    a->render_frame();
    EXPECT_TRUE(fs::exists(settings.path));
    EXPECT_EQ(a->ui().export_message.rfind("Exported: ", 0), 0u) << a->ui().export_message;
}

// The dialog's "Evidence annex" writes FILE-annex.html beside the figure, one entry per link drawn.
TEST(AppWorkflow, ExportWritesTheEvidenceAnnexBesideTheFigure) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000", "001"};
    auto a = open_app(w);
    ASSERT_TRUE(a);
    app::ExportSettings settings;
    settings.kind = app::ExportKind::Svg;
    settings.annex = true;
    settings.keep_camera = false;
    settings.path = (w.root / "brief.svg").string();
    a->actions().push(app::ExportFile{settings});
    for (int i = 0; i < 4; ++i) a->render_frame();
    const fs::path annex = w.root / "brief-annex.html";
    ASSERT_TRUE(fs::exists(annex)) << a->ui().export_message;
    EXPECT_NE(a->ui().export_message.find("evidence annex " + annex.string()), std::string::npos)
        << a->ui().export_message;
    auto count = [](const std::string& hay, const std::string& needle) {
        std::size_t n = 0;
        for (std::size_t at = 0; (at = hay.find(needle, at)) != std::string::npos;
             at += needle.size())
            ++n;
        return n;
    };
    const std::size_t drawn = count(kg::test::file_bytes(settings.path), "class=\"link\"");
    EXPECT_GT(drawn, 0u);
    EXPECT_EQ(count(kg::test::file_bytes(annex), "<section class=\"link\""), drawn);
}

TEST(AppWorkflow, LinkOnlyFilterHidesLinksOnTheCanvasNotJustInThePanels) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000", "001"};
    auto a = open_app(w);
    ASSERT_TRUE(a);
    const std::size_t all = a->view().scene().edges.size();
    FilterSpec spec;
    spec.link_kinds = kind_bit(LinkKind::Cooperation);
    a->actions().push(app::SetFilter{spec});
    ASSERT_TRUE(settle(*a));
    const RenderScene& scene = a->view().scene();
    ASSERT_GT(scene.edges.size(), 0u);
    EXPECT_LT(scene.edges.size(), all);
    for (std::uint32_t l : scene.edge_link)
        EXPECT_EQ(a->corpus().links[l].kind, LinkKind::Cooperation);
}

TEST(AppWorkflow, SavedViewRoundTripsThroughTheViewsFolder) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000", "001", "002"};
    auto a = open_app(w);
    ASSERT_TRUE(a);
    FilterSpec spec;
    spec.regions = region_bit(Region::MiddleEast);
    a->actions().push(app::SetFilter{spec});
    a->actions().push(app::SetTheme{ThemeId::Dark});
    ASSERT_TRUE(settle(*a));
    const std::size_t shown = a->view().scene().nodes.size();
    ASSERT_GT(shown, 0u);
    ASSERT_LT(shown, a->corpus().entities.size());
    const Camera camera = a->ui().camera;
    a->actions().push(app::SaveView{"Middle East"});
    a->render_frame();
    EXPECT_TRUE(fs::exists(w.files().views() / "Middle East.json"));
    ASSERT_EQ(a->workspace().views, std::vector<std::string>{"Middle East"});
    EXPECT_EQ(a->workspace().recent_views, std::vector<std::string>{"Middle East"});

    a->actions().push(app::SetFilter{FilterSpec{}});
    a->actions().push(app::SetTheme{ThemeId::Light});
    a->actions().push(app::FitView{false});
    ASSERT_TRUE(settle(*a));
    EXPECT_EQ(a->view().scene().nodes.size(), a->corpus().entities.size());

    a->actions().push(app::LoadView{"Middle East"});
    ASSERT_TRUE(settle(*a));
    EXPECT_EQ(a->ui().filter, spec);
    EXPECT_EQ(a->ui().style.theme, ThemeId::Dark);
    EXPECT_EQ(a->view().scene().nodes.size(), shown);
    EXPECT_FLOAT_EQ(a->ui().camera.zoom, camera.zoom);

    a->actions().push(app::RenameView{"Middle East", "ME defence"});
    a->render_frame();
    EXPECT_EQ(a->workspace().views, std::vector<std::string>{"ME defence"});
    EXPECT_EQ(a->workspace().recent_views, std::vector<std::string>{"ME defence"});
    a->actions().push(app::DeleteView{"ME defence"});
    a->render_frame();
    EXPECT_TRUE(a->workspace().views.empty());
    EXPECT_FALSE(fs::exists(w.files().views() / "ME defence.json"));
}

TEST(AppWorkflow, AddedArticleJoinsTheGraphAndSurvivorsBarelyMove) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000", "001"};
    auto a = open_app(w);
    ASSERT_TRUE(a);
    const Corpus before = a->corpus();
    const std::vector<Vec2> placed = a->positions();
    const std::filesystem::path extra = seed_file("003");
    a->actions().push(app::OpenPaths{{extra}, false});
    ASSERT_TRUE(settle(*a));
    EXPECT_EQ(a->corpus().documents.size(), 3u);
    EXPECT_GT(a->corpus().entities.size(), before.entities.size());
    const Bounds b = bounds_of(placed);
    const float size = std::max(b.size().x, b.size().y);
    double moved = 0;
    int survivors = 0;
    for (std::size_t i = 0; i < before.entities.size(); ++i) {
        const std::int64_t now = entity(*a, before.entities[i].id);
        if (now < 0) continue;
        const Vec2 d = a->positions()[now] - placed[i];
        moved += std::sqrt(d.x * d.x + d.y * d.y) / size;
        ++survivors;
    }
    ASSERT_GT(survivors, 0);
    EXPECT_LT(moved / survivors, 0.05)
        << "mean displacement of surviving nodes, relative to the drawing";
    EXPECT_EQ(a->workspace().inputs.size(), 2u);
}

// Issue 10's "done when": reject a wrong link, merge two entities, add an alias, quit, add an
// article, restart: every correction is still there and applies to the new article too.
// Positions by entity id, for entities with a place.
std::map<std::string, Vec2> places(const app::App& a) {
    std::map<std::string, Vec2> out;
    for (std::size_t e = 0; e < a.corpus().entities.size() && e < a.positions().size(); ++e)
        out[a.corpus().entities[e].id] = a.positions()[e];
    return out;
}

// The analyst's map lasts: closing and reopening shows every node where it was, and an article
// added while the app was closed leaves the old nodes in place (it used to swap China and Russia).
TEST(AppWorkflow, ReopeningShowsTheSameMapEvenAfterAnArticleWasAdded) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000", "001"};
    std::map<std::string, Vec2> before;
    {
        auto a = open_app(w);
        ASSERT_TRUE(a);
        before = places(*a);
        ASSERT_GT(before.size(), 10u);
        a->actions().push(app::PanView{{30.0f, 0.0f}}); // something to save
        a->render_frame();
    } // closing the app saves the session
    {
        auto b = open_app(w);
        ASSERT_TRUE(b);
        EXPECT_EQ(places(*b), before) << "the same inputs give the same map";
    }
    {
        std::ofstream f(w.corpus() / "005_new.txt");
        f << "Kazakhstan and Mongolia sign a transit deal\n\nKazakhstan agreed with Mongolia and "
             "China on rail transit on Monday.\n";
    }
    auto c = open_app(w);
    ASSERT_TRUE(c);
    const std::map<std::string, Vec2> after = places(*c);
    ASSERT_GT(after.size(), before.size());
    for (const auto& [id, pos] : before) {
        ASSERT_TRUE(after.count(id)) << id;
        EXPECT_EQ(after.at(id), pos) << id << " moved";
    }
}

TEST(AppWorkflow, SessionAndCorrectionsSurviveARestartAndReachNewArticles) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000", "001"};
    FilterSpec spec;
    spec.topics = topic_bit(Topic::Energy);
    std::string rejected_source, rejected_target;
    {
        auto a = open_app(w);
        ASSERT_TRUE(a);
        const std::int64_t china = entity(*a, "china");
        ASSERT_GE(china, 0);
        ASSERT_GE(entity(*a, "united-states"), 0);
        ASSERT_GE(entity(*a, "russia"), 0);
        const Link& wrong = a->corpus().links.back();
        rejected_source = a->corpus().entities[wrong.source].id;
        rejected_target = a->corpus().entities[wrong.target].id;
        a->actions().push(app::ApplyCorrection{app::link_review_correction(
            a->corpus(), std::uint32_t(a->corpus().links.size() - 1), false)});
        ASSERT_TRUE(settle(*a));
        a->actions().push(app::ApplyCorrection{
            app::merge_correction(a->corpus(), EntityIndex(entity(*a, "russia")),
                                  EntityIndex(entity(*a, "united-states")))});
        ASSERT_TRUE(settle(*a));
        a->actions().push(app::ApplyCorrection{app::alias_correction(
            a->corpus(), EntityIndex(entity(*a, "china")), "Middle Kingdom")});
        a->actions().push(app::SetFilter{spec});
        ASSERT_TRUE(settle(*a));
    } // closing the app saves the session
    // A new article that uses the alias arrives while the app is closed.
    {
        std::ofstream f(w.corpus() / "005_new.txt");
        f << "Middle Kingdom and Kazakhstan sign a pipeline deal\n\nThe Middle Kingdom agreed with "
             "Kazakhstan on gas supplies on Monday.\n";
    }
    auto b = open_app(w);
    ASSERT_TRUE(b);
    EXPECT_EQ(b->ui().filter, spec) << "the session's filters are back";
    EXPECT_EQ(b->corpus().documents.size(), 3u);
    const std::int64_t china = entity(*b, "china");
    ASSERT_GE(china, 0);
    bool found_in_new = false;
    for (const Mention& m : b->corpus().entities[china].mentions)
        found_in_new = found_in_new || b->corpus().documents[m.doc].path.ends_with("005_new.txt");
    EXPECT_TRUE(found_in_new) << "the alias added in the last session finds the new article";
    EXPECT_EQ(b->workspace().curation->active().corrections.size(), 3u);
    EXPECT_EQ(b->workspace().curation->report().not_applied(), 0u);
    EXPECT_LT(entity(*b, "united-states"), 0) << "still merged";
    for (const Link& l : b->corpus().links)
        EXPECT_FALSE(
            b->corpus().entities[l.source].id == rejected_source &&
            b->corpus().entities[l.target].id == rejected_target && l.evidence.size() > 0 &&
            std::all_of(l.evidence.begin(), l.evidence.end(),
                        [&](const Evidence& e) {
                            return !b->corpus().documents[e.doc].path.ends_with("005_new.txt");
                        }))
            << "the rejected link stays rejected";
}

} // namespace
} // namespace kg::test
