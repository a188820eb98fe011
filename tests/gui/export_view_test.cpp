// "Keep the current view": the figure is the canvas the analyst sees (not what the side panel
// covers), the frame (title, legend, footnote) keeps clear of every drawn node, and the counts
// are those of the figure, not of the whole graph.
#include "file_bytes.hpp"
#include "gui/workflow_support.hpp"

#include "session/explore_data.hpp"
#include "session/view_state.hpp"
#include "ui/export_file.hpp"
#include "view/node_shape.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <set>

namespace kg::test {
namespace {

namespace fs = std::filesystem;

TEST(ExportView, TheCurrentViewIsTheVisibleCanvasFramedWithoutOverlapAndCountedAsDrawn) {
    if (!std::getenv("DISPLAY")) GTEST_SKIP() << "no X display: run under xvfb-run -a";
    Workspace w{"000", "001"};
    auto a = open_app(w);
    ASSERT_TRUE(a);
    const float side = a->side_panel_px();
    ASSERT_GT(side, 0.0f);
    // Zoom in on the canvas's middle so part of the graph leaves the window.
    const Vec2 vp = a->ui().camera.viewport;
    a->actions().push(app::ZoomView{{side + (vp.x - side) / 2, vp.y / 2}, 2.5f});
    a->render_frame();
    const Camera cam = a->ui().camera;

    // What the analyst sees: nodes whose centre lies right of the panel, inside the window.
    std::set<std::string> seen;
    for (std::size_t i = 0; i < a->corpus().entities.size(); ++i) {
        const Vec2 s = cam.world_to_screen(a->positions()[i]);
        if (s.x >= side && s.x <= vp.x && s.y >= 0 && s.y <= vp.y)
            seen.insert(a->corpus().entities[i].id);
    }
    ASSERT_GT(seen.size(), 1u);
    ASSERT_LT(seen.size(), a->corpus().entities.size())
        << "the zoom should leave some entities out";

    app::ExportSettings s;
    s.kind = app::ExportKind::Svg;
    s.width = 1600;
    s.height = 1000;
    s.keep_camera = true;
    s.title = "Zoomed";
    s.subtitle = "what the canvas shows";
    const app::ExportInput in =
        app::export_input_from_ui(a->corpus(), a->positions(), a->ui(), &a->explore(), s, side);
    const app::ExportResult r = app::export_to_file(w.root / "view.svg", s.kind, in, nullptr);
    ASSERT_TRUE(r.error.empty()) << r.error;
    ASSERT_TRUE(r.figure);
    const Figure& fig = *r.figure;
    if (const char* dir = std::getenv("KGVIZ_SCREENSHOTS")) // to look at the figure
        fs::copy_file(w.root / "view.svg", fs::path(dir) / "export-current-view.svg",
                      fs::copy_options::overwrite_existing);

    std::set<std::string> drawn;
    for (const auto& e : in.subset.corpus.entities) drawn.insert(e.id);
    EXPECT_EQ(drawn, seen) << "the figure holds other entities than the canvas shows";
    EXPECT_EQ(fig.scene.nodes.size(), seen.size());
    // The message counts the figure's nodes and links, not the graph's.
    EXPECT_NE(r.message.find(std::to_string(seen.size()) + " nodes"), std::string::npos)
        << r.message;
    EXPECT_NE(r.message.find(std::to_string(fig.scene.edges.size()) + " link"), std::string::npos)
        << r.message;
    EXPECT_LT(fig.scene.edges.size(), a->corpus().links.size());

    // Every drawn node, disc and all, is in the plot area, clear of header, legend and footnote.
    const Bounds plot = fig.frame.plot;
    for (const NodeInstance& n : fig.scene.nodes) {
        const Vec2 p = fig.camera.world_to_screen(n.pos);
        // Less half a pixel: a disc fitted to the plot's edge touches it, give or take rounding.
        const float rad = drawn_radius(n.radius, fig.camera.zoom) * fig.camera.zoom - 0.5f;
        EXPECT_TRUE(plot.contains(p - Vec2{rad, rad}) && plot.contains(p + Vec2{rad, rad}))
            << "a node at " << p.x << "," << p.y << " (radius " << rad << ") outside the plot area "
            << plot.min.x << "," << plot.min.y << " - " << plot.max.x << "," << plot.max.y;
    }
}

// "Always label" in the App: zoomed out until no node is labelled, a pinned entity's label is
// on the canvas, in the figure exported from the dialog, and in the view saved and loaded back.
TEST(ExportView, APinnedLabelIsOnTheCanvasInTheExportAndInTheSavedView) {
    if (!std::getenv("DISPLAY")) GTEST_SKIP() << "no X display: run under xvfb-run -a";
    Workspace w{"000", "001"};
    auto a = open_app(w);
    ASSERT_TRUE(a);
    const Vec2 vp = a->ui().camera.viewport;
    for (int i = 0; i < 6; ++i) a->actions().push(app::ZoomView{{vp.x / 2, vp.y / 2}, 0.25f});
    a->render_frame();
    auto labelled = [&](EntityIndex e) {
        for (const PlacedLabel& l : a->view().labels())
            if (a->view().scene().node_entity[l.node] == e) return true;
        return false;
    };
    std::optional<EntityIndex> e;
    for (EntityIndex i = 0; i < a->corpus().entities.size() && !e; ++i)
        if (a->view().scene().entity_node[i] >= 0 && !labelled(i)) e = i;
    ASSERT_TRUE(e) << "every node is labelled: the test needs one that is not";
    const std::string id = a->corpus().entities[*e].id;

    a->actions().push(app::PinLabel{*e, true});
    a->render_frame();
    EXPECT_TRUE(labelled(*e)) << id << " pinned but not labelled on the canvas";

    app::ExportSettings s;
    s.kind = app::ExportKind::Svg;
    s.keep_camera = true;
    const app::ExportInput in =
        app::export_input_from_ui(a->corpus(), a->positions(), a->ui(), &a->explore(), s);
    EXPECT_EQ(in.options.labels_pinned, std::vector<std::string>{id});
    const app::ExportResult r = app::export_to_file(w.root / "pinned.svg", s.kind, in, nullptr);
    ASSERT_TRUE(r.error.empty()) << r.error;
    EXPECT_NE(file_bytes(w.root / "pinned.svg").find("<text data-entity=\"" + id + "\""),
              std::string::npos);

    const SavedView view = app::saved_view_of(a->ui(), a->corpus(), "pins", a->positions());
    EXPECT_EQ(view.labels_pinned, std::vector<std::string>{id});
    a->actions().push(app::PinLabel{*e, false});
    a->render_frame();
    EXPECT_FALSE(labelled(*e));
    app::UiState back = a->ui();
    std::vector<Vec2> positions = a->positions();
    app::apply_saved_view(view, a->corpus(), back, positions);
    EXPECT_EQ(back.labels_pinned, std::set<EntityIndex>{*e});
}

} // namespace
} // namespace kg::test
