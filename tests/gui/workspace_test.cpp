// The analyst's workspace around the canvas, driven with real pointer and key events (XTest on
// a mapped window under Xvfb): the side panel's edge, F9 for a full-screen canvas, Esc on menus
// and dialogs; what the canvas says when nothing usable loaded.
#include "gui/gui_test_support.hpp"
#include "gui/workflow_support.hpp"
#include "gui/x_drive.hpp"

#include "export/figure_notes.hpp"
#include "file_bytes.hpp"
#include "session/correction_builders.hpp"
#include "ui/app.hpp"

#include <GLFW/glfw3.h>
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <limits>
#include <optional>

namespace kg::test {
namespace {

constexpr app::AppOptions kMapped{1200, 800, true,
                                  true}; // mapped: it has the focus and the pointer

// Leftmost and rightmost node on screen.
std::pair<float, float> screen_x_range(app::App& a) {
    float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
    for (const NodeInstance& n : a.view().scene().nodes) {
        const float x = a.ui().camera.world_to_screen(n.pos).x;
        lo = std::min(lo, x);
        hi = std::max(hi, x);
    }
    return {lo, hi};
}

TEST(Workspace, SidePanelEdgeDragsF9HidesAndBothLastInTheSession) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000", "001"};
    float wanted = 0.0f;
    {
        auto a = open_app(w, kMapped);
        ASSERT_TRUE(a);
        XInput x(glfwGetCurrentContext());
        KGVIZ_REQUIRE_XTEST(x);
        const float start = a->side_panel_px();
        ASSERT_GT(start, 0.0f);
        wanted = start + 220;
        // Drag the panel's right edge 220 px to the right.
        drag(*a, x, {start, 400}, {220, 0});
        ASSERT_TRUE(settle(*a));
        EXPECT_NEAR(a->ui().side_panel_width, start + 220, 2.0f);
        EXPECT_NEAR(a->side_panel_px(), start + 220, 2.0f);
        // Fit frames the graph right of the wider panel.
        a->actions().push(app::FitView{false});
        ASSERT_TRUE(settle(*a));
        EXPECT_GE(screen_x_range(*a).first, a->side_panel_px()) << "a node under the side panel";
        shoot(*a, "side-panel-wide");

        // F9: the canvas takes the whole window, and Fit uses all of it.
        press(*a, x, XInput::kF9, GLFW_KEY_F9);
        EXPECT_FALSE(a->ui().show_side_panel);
        EXPECT_EQ(a->side_panel_px(), 0.0f);
        a->actions().push(app::FitView{false});
        ASSERT_TRUE(settle(*a));
        EXPECT_LT(screen_x_range(*a).first, start) << "the graph starts where the panel was";
        shoot(*a, "side-panel-hidden");
        a->save_session_now();
    }
    // Reopened: the panel is as the analyst left it.
    auto b = open_app(w);
    ASSERT_TRUE(b);
    EXPECT_NEAR(b->ui().side_panel_width, wanted, 2.0f);
    EXPECT_FALSE(b->ui().show_side_panel);
    b->actions().push(app::ShowSidePanel{true});
    b->render_frame();
    b->actions().push(app::FitView{false});
    ASSERT_TRUE(settle(*b));
    EXPECT_NEAR(b->side_panel_px(), wanted, 2.0f);
    EXPECT_GE(screen_x_range(*b).first, b->side_panel_px());
}

TEST(Workspace, EscClosesTheOpenMenuThenTheDialogThenClearsTheSelection) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000"};
    auto a = open_app(w, kMapped);
    ASSERT_TRUE(a);
    XInput x(glfwGetCurrentContext());
    KGVIZ_REQUIRE_XTEST(x);
    const auto china = EntityIndex(entity(*a, "china"));
    a->actions().push(app::SelectNodes{{china}, false});
    a->render_frame();

    click(*a, x, 18, 9); // "File" in the menu bar
    ASSERT_TRUE(popup_open()) << "the File menu did not open";
    shoot(*a, "file-menu-open");
    press(*a, x, XInput::kEscape, GLFW_KEY_ESCAPE);
    a->render_frame();
    EXPECT_FALSE(popup_open()) << "Esc left the menu open";
    EXPECT_EQ(a->ui().selection.nodes, std::vector<EntityIndex>{china})
        << "Esc on a menu cleared the selection";

    a->actions().push(app::ShowExportDialog{true});
    a->render_frame();
    press(*a, x, XInput::kEscape, GLFW_KEY_ESCAPE);
    EXPECT_FALSE(a->ui().show_export_dialog);
    EXPECT_FALSE(a->ui().selection.empty());

    press(*a, x, XInput::kEscape, GLFW_KEY_ESCAPE); // nothing open: the canvas's Esc
    EXPECT_TRUE(a->ui().selection.empty());
}

// The Problems section of the side panel is open (ImGui keeps the header's state in the panel
// window's storage, under the id of "###Problems" inside PushID("Problems")).
bool problems_section_open() {
    ImGuiWindow* panel = ImGui::FindWindowByName("kgviz");
    if (!panel) return false;
    const ImGuiID scope = ImHashStr("Problems", 0, panel->ID);
    return panel->StateStorage.GetInt(ImHashStr("###Problems", 0, scope), 0) != 0;
}

// Pixels of the canvas centre that differ from the canvas background: the drawn note.
std::size_t ink_at_canvas_centre(app::App& a) {
    if (!a.stats().partial_present) return std::size_t(-1); // no back buffer to read: not checked
    const app::Image frame = a.capture_frame();
    const Rgba bg = theme(a.ui().style.theme).background;
    const int cx = int(a.side_panel_px() + (frame.width - a.side_panel_px()) / 2);
    std::size_t ink = 0;
    for (int y = frame.height / 2 - 40; y < frame.height / 2 + 40; ++y)
        for (int x = cx - 200; x < cx + 200; ++x) {
            const std::uint8_t* p = frame.at(x, y);
            ink += !near(Rgba{p[0], p[1], p[2], 255}, bg, 8);
        }
    return ink;
}

struct BadInput {
    const char* what;
    std::function<std::filesystem::path(const Workspace&)> make; // the input the user names
    const char* why;                                             // in the canvas note
};

TEST(Workspace, NothingUsableLoadedTheCanvasSaysWhyAndProblemsOpenWithACount) {
    KGVIZ_REQUIRE_DISPLAY();
    namespace fs = std::filesystem;
    const BadInput cases[] = {
        {"a path that does not exist", [](const Workspace& w) { return w.root / "nonexistent"; },
         "does not exist"},
        {"an empty folder",
         [](const Workspace& w) {
             fs::create_directories(w.root / "empty");
             return w.root / "empty";
         },
         "no articles found"},
        {"only bad files",
         [](const Workspace& w) {
             fs::create_directories(w.root / "bad");
             std::ofstream(w.root / "bad" / "a.html") << std::string(3, '\0') << "\xff\xfe<html";
             std::ofstream(w.root / "bad" / "b.txt");
             return w.root / "bad";
         },
         "no file could be read"},
    };
    for (const BadInput& c : cases) {
        SCOPED_TRACE(c.what);
        Workspace w{};
        app::App a(kMapped);
        ASSERT_TRUE(a.ok()) << a.error();
        a.open(source_of(c.make(w)), w.files());
        const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (a.busy() && std::chrono::steady_clock::now() < end) a.render_frame();
        for (int i = 0; i < 3; ++i) a.render_frame();
        ASSERT_FALSE(a.busy());
        const std::optional<app::CanvasNote> note = a.canvas_note();
        ASSERT_TRUE(note);
        EXPECT_NE(note->why.find(c.why), std::string::npos) << note->why;
        EXPECT_FALSE(note->to_do.empty());
        EXPECT_GT(ink_at_canvas_centre(a), 200u) << "the note is not drawn on the canvas";
        shoot(a, (std::string("nothing-loaded-") + std::to_string(&c - cases)).c_str());
        if (!a.diagnostics().empty()) {
            EXPECT_TRUE(problems_section_open()) << "new problems, Problems stays shut";
        }
    }
    // A usable corpus: no note.
    Workspace good{"000"};
    auto a = open_app(good);
    ASSERT_TRUE(a);
    EXPECT_FALSE(a->canvas_note());
}

// Paths: the shortest by hops first (at most five), each hop with its passage; the path shown
// is lit on the canvas (the rest dimmed) and framed right of the side panel.
TEST(Workspace, PathsAreShortestByHopsAndTheShownOneIsLitAndFramed) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000", "001", "002"};
    auto a = open_app(w, kMapped);
    ASSERT_TRUE(a);
    const auto china = EntityIndex(entity(*a, "china"));
    // An entity two or more hops from China.
    const PathSet* set = nullptr;
    for (EntityIndex e = 0; e < a->corpus().entities.size() && !set; ++e) {
        a->actions().push(app::SetPathEnds{china, e});
        a->render_frame();
        const PathSet& s = a->explore().paths;
        if (!s.paths.empty() && s.paths.front().hops.size() >= 2 && s.paths.size() >= 2) set = &s;
    }
    ASSERT_TRUE(set) << "no entity two hops from China with two paths";
    ASSERT_LE(set->paths.size(), app::kMaxPaths);
    for (std::size_t i = 1; i < set->paths.size(); ++i)
        EXPECT_LE(set->paths[i - 1].hops.size(), set->paths[i].hops.size()) << "fewest hops first";
    const PathResult path = set->paths.front();
    std::vector<std::uint32_t> links;
    for (const PathHop& h : path.hops) links.push_back(h.link);
    a->actions().push(app::ShowPath{links, path.entities});
    ASSERT_TRUE(settle(*a));
    for (int i = 0; i < 40; ++i) a->render_frame(); // the camera animation ends
    const RenderScene& scene = a->view().scene();
    std::size_t lit = 0;
    for (std::size_t i = 0; i < scene.edges.size(); ++i) {
        const bool on_path =
            std::find(links.begin(), links.end(), scene.edge_link[i]) != links.end();
        if (on_path) ++lit;
        if (on_path)
            EXPECT_TRUE(scene.edges[i].flags & kEdgeHighlighted);
        else
            EXPECT_TRUE(scene.edges[i].flags & kEdgeDimmed) << "a link off the path is not dimmed";
    }
    EXPECT_EQ(lit, links.size());
    shoot(*a, "path-shown");
    for (EntityIndex e : path.entities) {
        const Vec2 p = a->ui().camera.world_to_screen(a->positions()[e]);
        EXPECT_GE(p.x, a->side_panel_px())
            << a->corpus().entities[e].name << " under the side panel";
        EXPECT_LE(p.x, a->ui().camera.viewport.x);
        EXPECT_GE(p.y, 0.0f);
        EXPECT_LE(p.y, a->ui().camera.viewport.y);
    }
    // Other ends: the lit path goes.
    a->actions().push(app::SetPathEnds{china, china});
    a->render_frame();
    EXPECT_TRUE(a->ui().path_links.empty());
}

// Passage search and the paths panel build with hits, typed ends and a shown path.
TEST(Workspace, SearchHitsAndPathEndsBuildForManyFrames) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000", "001"};
    auto a = open_app(w, kMapped);
    ASSERT_TRUE(a);
    a->ui().expand_all_panels = true;
    a->actions().push(app::SetSearch{"Russia", true});
    a->actions().push(app::SetPathQuery{false, "chin"});
    a->actions().push(app::SetPathQuery{true, "russ"});
    for (int i = 0; i < 20; ++i) a->render_frame();
    shoot(*a, "search-and-paths");
    EXPECT_EQ(a->ui().path_from_query, "chin");
    EXPECT_FALSE(a->ui().reader.has_value());
}

// New entities from an added article sit beside their neighbours, clear of every other node,
// and wear a ring in the pin colour until the next correction.
TEST(Workspace, AddedArticlesNewEntitiesSitClearBesideNeighboursRingedUntilACorrection) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000", "001"};
    auto a = open_app(w, kMapped);
    ASSERT_TRUE(a);
    const Corpus before = a->corpus();
    const std::filesystem::path extra = seed_file("003");
    a->actions().push(app::OpenPaths{{extra}, false});
    ASSERT_TRUE(settle(*a));
    const Corpus& c = a->corpus();
    std::vector<EntityIndex> expected;
    for (EntityIndex e = 0; e < c.entities.size(); ++e)
        if (before.find_entity(c.entities[e].id) < 0) expected.push_back(e);
    ASSERT_FALSE(expected.empty()) << "the article brought no new entity";
    EXPECT_EQ(a->ui().new_entities, expected);

    const std::vector<Vec2>& pos = a->positions();
    const float spacing = spacing_of(pos);
    std::size_t beside = 0, with_neighbours = 0;
    for (EntityIndex e : expected) {
        for (std::size_t j = 0; j < pos.size(); ++j)
            if (j != e) {
                EXPECT_GE((pos[j] - pos[e]).length(), 0.6f * spacing)
                    << c.entities[e].name << " overlaps " << c.entities[j].name;
            }
        float nearest = std::numeric_limits<float>::max();
        for (const Link& l : c.links) {
            const EntityIndex other = l.source == e ? l.target : l.target == e ? l.source : e;
            if (other != e) nearest = std::min(nearest, (pos[other] - pos[e]).length());
        }
        if (nearest == std::numeric_limits<float>::max()) continue;
        ++with_neighbours;
        beside += nearest < 4.0f * spacing;
    }
    EXPECT_GE(beside * 10, with_neighbours * 8)
        << beside << " of " << with_neighbours << " beside a neighbour";

    // Ringed: the flag on exactly the new nodes, and the ring's pixels around a round one.
    const RenderScene& scene = a->view().scene();
    for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
        const bool fresh =
            std::binary_search(expected.begin(), expected.end(), scene.node_entity[i]);
        EXPECT_EQ((scene.nodes[i].flags & kNodeNew) != 0, fresh)
            << c.entities[scene.node_entity[i]].name;
    }
    a->invalidate_layer();
    a->render_frame();
    const app::Image layer = a->capture_layer();
    const Rgba ring = theme(a->ui().style.theme).pinned;
    std::size_t probed = 0, hits = 0;
    for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
        const NodeInstance& n = scene.nodes[i];
        if (!(n.flags & kNodeNew) || n.shape != 0) continue;
        const Vec2 p = a->ui().camera.world_to_screen(n.pos);
        const float r = std::max(n.radius * a->ui().camera.zoom, kMinNodeRadiusPx);
        if (p.x < 20 || p.y < 20 || p.x > layer.width - 20 || p.y > layer.height - 20) continue;
        for (int k = 0; k < 8; ++k) {
            const float angle = 0.785398f * float(k);
            ++probed;
            hits += near(pixel(layer, p + Vec2{std::cos(angle), std::sin(angle)} * (r + 3.5f)),
                         ring, 40);
        }
    }
    if (probed > 0) {
        EXPECT_GE(hits * 2, probed) << hits << " of " << probed << " probes on the ring";
    }
    shoot(*a, "new-entities");

    // A correction: the marks go.
    a->actions().push(app::ApplyCorrection{app::hide_correction(c, expected.front())});
    ASSERT_TRUE(settle(*a));
    EXPECT_TRUE(a->ui().new_entities.empty());
    for (const NodeInstance& n : a->view().scene().nodes) EXPECT_FALSE(n.flags & kNodeNew);
}

// A passage hit, clicked: the reader opens at its sentence.
TEST(Workspace, ClickingAPassageHitOpensTheReaderAtItsSentence) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000", "001"};
    auto a = open_app(w, kMapped);
    ASSERT_TRUE(a);
    XInput x(glfwGetCurrentContext());
    KGVIZ_REQUIRE_XTEST(x);
    a->actions().push(app::SetSearch{"Russia", true});
    for (int i = 0; i < 4; ++i) a->render_frame();
    const auto hits = a->explore().passage_search->find("Russia", 1);
    ASSERT_FALSE(hits.empty());
    // The first hit's text, under its two-line title, in the Search section's list.
    click(*a, x, 60, 300);
    ASSERT_TRUE(a->ui().reader.has_value()) << "no reader after a click on the first hit";
    EXPECT_EQ(a->ui().reader->doc, hits.front().doc);
    ASSERT_TRUE(a->ui().reader->passage.has_value());
    EXPECT_EQ(*a->ui().reader->passage, hits.front().sentence);
    shoot(*a, "passage-hit-opened");
}

// An ImGui window's rectangle by name (window units), or nullopt when it was not drawn.
std::optional<ImRect> window_rect(const char* name) {
    ImGuiWindow* w = ImGui::FindWindowByName(name);
    if (!w || !w->WasActive) return std::nullopt;
    return w->Rect();
}

// Pixels of the reader's passage mark (its amber bar) inside `r`.
std::size_t passage_mark_pixels(app::App& a, const ImRect& r) {
    if (!a.stats().partial_present) return std::size_t(-1); // no back buffer to read: not checked
    const app::Image frame = a.capture_frame();
    std::size_t n = 0;
    for (int y = int(r.Min.y); y < std::min(int(r.Max.y), frame.height); ++y)
        for (int x = int(r.Min.x); x < std::min(int(r.Max.x), frame.width); ++x) {
            const std::uint8_t* p = frame.at(x, y);
            n += p[0] == 240 && p[1] == 180 && p[2] == 30;
        }
    return n;
}

// The reader is a pane right of the canvas: the Inspector stays whole beside it, Fit frames the
// canvas between them, its left edge drags, the width lasts in the session, Esc closes it.
TEST(Workspace, TheReaderIsAPaneBesideTheCanvasNotOverTheInspector) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000", "001"};
    float wanted = 0.0f;
    {
        auto a = open_app(w, kMapped);
        ASSERT_TRUE(a);
        XInput x(glfwGetCurrentContext());
        KGVIZ_REQUIRE_XTEST(x);
        a->actions().push(app::SetSearch{"Russia", true});
        for (int i = 0; i < 4; ++i) a->render_frame();
        ASSERT_TRUE(a->explore().passage_search);
        const auto hits = a->explore().passage_search->find("Russia", 1);
        ASSERT_FALSE(hits.empty());
        a->actions().push(app::SelectNodes{{EntityIndex(entity(*a, "russia"))}, false});
        a->actions().push(app::OpenPassage{hits.front().doc, hits.front().sentence});
        for (int i = 0; i < 4; ++i) a->render_frame();
        ASSERT_TRUE(a->ui().reader.has_value());
        const std::optional<ImRect> panel = window_rect("kgviz"), reader = window_rect("###reader");
        ASSERT_TRUE(panel && reader);
        EXPECT_GE(reader->Min.x, panel->Max.x) << "the reader covers the side panel";
        EXPECT_NEAR(reader->Max.x, 1200.0f, 1.0f) << "the reader is not at the window's right";
        EXPECT_NEAR(reader->GetWidth(), a->reader_px(), 1.0f);
        EXPECT_GT(passage_mark_pixels(*a, *reader), 20u)
            << "the passage's mark is not in the reader";
        shoot(*a, "reader-pane");

        // Fit frames the canvas between the side panel and the reader.
        a->actions().push(app::FitView{false});
        ASSERT_TRUE(settle(*a));
        const auto [lo, hi] = screen_x_range(*a);
        EXPECT_GE(lo, a->side_panel_px());
        EXPECT_LE(hi, 1200.0f - a->reader_px()) << "a node under the reader after Fit";
        for (const PlacedLabel& l : a->view().labels())
            EXPECT_LE(l.pos.x + l.size.x, 1200.0f - a->reader_px() + 0.5f)
                << "a label under the reader";

        // Drag the reader's left edge 80 px to the left: it widens.
        const float edge = 1200.0f - a->reader_px();
        wanted = a->ui().reader_width + 80;
        drag(*a, x, {edge, 400}, {-80, 0});
        EXPECT_NEAR(a->ui().reader_width, wanted, 2.0f);
        EXPECT_NEAR(a->reader_px(), wanted, 2.0f);

        // Esc closes it, and the canvas has its full width again.
        press(*a, x, XInput::kEscape, GLFW_KEY_ESCAPE);
        EXPECT_FALSE(a->ui().reader.has_value());
        EXPECT_EQ(a->reader_px(), 0.0f);
        a->save_session_now();
    }
    auto b = open_app(w);
    ASSERT_TRUE(b);
    EXPECT_NEAR(b->ui().reader_width, wanted, 2.0f) << "the reader's width did not last";
}

// Where entity `id`'s node is on screen (window units: Xvfb has a pixel ratio of 1).
Vec2 node_on_screen(app::App& a, const char* id) {
    const auto e = EntityIndex(entity(a, id));
    const RenderScene& s = a.view().scene();
    for (std::size_t i = 0; i < s.nodes.size(); ++i)
        if (s.node_entity[i] == e) return a.ui().camera.world_to_screen(s.nodes[i].pos);
    ADD_FAILURE() << id << " is not drawn";
    return {};
}

// Types lowercase letters and spaces as key presses.
void type(app::App& a, XInput& x, std::string_view text) {
    for (char c : text) {
        if (c == ' ')
            press(a, x, 0x20, GLFW_KEY_SPACE);
        else
            press(a, x, (unsigned long)c, GLFW_KEY_A + (c - 'a'));
    }
}

// Pixels of the callout card's colour inside `box` (window units) in the composited frame.
std::size_t card_pixels(app::App& a, const ScreenBox& box) {
    if (!a.stats().partial_present) return std::size_t(-1); // no back buffer to read: not checked
    const app::Image frame = a.capture_frame();
    const Rgba card = note_colors(theme(a.ui().style.theme)).fill;
    std::size_t n = 0;
    for (int y = std::max(0, int(box.y0)); y < std::min(int(box.y1), frame.height); ++y)
        for (int x = std::max(0, int(box.x0)); x < std::min(int(box.x1), frame.width); ++x)
            n += near(Rgba{frame.at(x, y)[0], frame.at(x, y)[1], frame.at(x, y)[2], 255}, card, 4);
    return n;
}

// Briefing annotations with the pointer and keys: right click a node > Add note..., type it,
// drag the callout; Alt-drag a label. Both are drawn, and both come back with the session.
TEST(Workspace, ACalloutOnANodeAndAnAltDraggedLabelAreDrawnAndLast) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000", "001"};
    Vec2 callout_offset, label_offset;
    {
        auto a = open_app(w, kMapped);
        ASSERT_TRUE(a);
        XInput x(glfwGetCurrentContext());
        KGVIZ_REQUIRE_XTEST(x);
        const auto c = EntityIndex(entity(*a, "china"));
        const Vec2 p = node_on_screen(*a, "china");
        x.move(p.x, p.y);
        a->render_frame();
        x.right(true);
        a->render_frame();
        x.right(false);
        a->render_frame();
        a->render_frame();
        ASSERT_TRUE(popup_open()) << "no canvas menu on a right click";
        shoot(*a, "canvas-menu");
        click(*a, x, p.x + 30, p.y + 16); // "Add note...", the menu's first item
        ASSERT_EQ(a->ui().callouts.size(), 1u) << "Add note... added no callout";
        EXPECT_EQ(a->ui().callouts[0].entity, std::optional<EntityIndex>(c));
        ASSERT_TRUE(a->ui().editing_callout.has_value()) << "the note editor did not open";
        a->render_frame();
        type(*a, x, "talks resume");
        EXPECT_EQ(a->ui().callouts[0].text, "talks resume");
        press(*a, x, XInput::kEscape, GLFW_KEY_ESCAPE);
        EXPECT_FALSE(a->ui().editing_callout.has_value()) << "Esc left the note editor open";
        EXPECT_EQ(a->ui().callouts.size(), 1u);
        for (int i = 0; i < 3; ++i) a->render_frame();

        // The card is drawn where the layout puts it, and dragging it moves it.
        const std::vector<app::CalloutHit>& hits = a->canvas_input().callouts;
        ASSERT_EQ(hits.size(), 1u);
        const ScreenBox box = hits[0].box;
        EXPECT_GT(card_pixels(*a, box), std::size_t((box.x1 - box.x0) * (box.y1 - box.y0) * 0.3f));
        shoot(*a, "callout");
        const Vec2 before = a->ui().callouts[0].offset;
        drag(*a, x, {box.x0 + 6, (box.y0 + box.y1) * 0.5f}, {40, 12});
        EXPECT_NEAR(a->ui().callouts[0].offset.x, before.x + 40, 1.5f);
        EXPECT_NEAR(a->ui().callouts[0].offset.y, before.y + 12, 1.5f);
        callout_offset = a->ui().callouts[0].offset;

        // Alt-drag China's label 30 px down: it stays there, relative to the node.
        const PlacedLabel* label = nullptr;
        for (const PlacedLabel& l : a->view().labels())
            if (a->view().scene().node_entity[l.node] == c) label = &l;
        ASSERT_NE(label, nullptr) << "China has no label";
        const Vec2 start = label->pos + label->size * 0.5f;
        const Vec2 start_offset = label->pos - node_on_screen(*a, "china");
        x.key(XInput::kAltL, GLFW_KEY_LEFT_ALT, true);
        drag(*a, x, start, {0, 30});
        x.key(XInput::kAltL, GLFW_KEY_LEFT_ALT, false);
        ASSERT_TRUE(settle(*a));
        ASSERT_EQ(a->ui().label_offsets.count(c), 1u) << "Alt-drag did not move the label";
        label_offset = a->ui().label_offsets.at(c);
        EXPECT_NEAR(label_offset.y, start_offset.y + 30, 1.5f);
        EXPECT_NEAR(label_offset.x, start_offset.x, 1.5f);
        EXPECT_EQ(a->ui().selection.nodes, std::vector<EntityIndex>{}) << "the label drag selected";
        bool drawn_there = false;
        const Vec2 node = node_on_screen(*a, "china");
        for (const PlacedLabel& l : a->view().labels())
            if (a->view().scene().node_entity[l.node] == c)
                drawn_there = std::abs(l.pos.y - (node.y + label_offset.y)) < 0.5f;
        EXPECT_TRUE(drawn_there) << "the moved label is not where it was put";
        shoot(*a, "label-moved");
        a->save_session_now();
    }
    auto b = open_app(w);
    ASSERT_TRUE(b);
    const auto c = EntityIndex(entity(*b, "china"));
    ASSERT_EQ(b->ui().callouts.size(), 1u) << "the callout did not last";
    EXPECT_EQ(b->ui().callouts[0].text, "talks resume");
    EXPECT_EQ(b->ui().callouts[0].entity, std::optional<EntityIndex>(c));
    EXPECT_NEAR(b->ui().callouts[0].offset.x, callout_offset.x, 0.01f);
    ASSERT_EQ(b->ui().label_offsets.count(c), 1u) << "the moved label did not last";
    EXPECT_NEAR(b->ui().label_offsets.at(c).y, label_offset.y, 0.01f);
    // A saved view keeps them too; Delete note removes the callout.
    b->actions().push(app::AppCommand{app::SaveView{"brief"}});
    b->render_frame();
    std::string view_text;
    for (const auto& f : std::filesystem::directory_iterator(w.files().views()))
        view_text += file_bytes(f.path());
    EXPECT_NE(view_text.find("talks resume"), std::string::npos) << view_text;
    EXPECT_NE(view_text.find("\"label_offsets\""), std::string::npos);
    b->actions().push(app::DeleteCallout{0});
    b->render_frame();
    EXPECT_TRUE(b->ui().callouts.empty());
}

// With one topic ticked, the topic's count in the Filters panel is the header's link count, on
// real articles (knowledge-base links and links on the topic's issue node included).
TEST(Workspace, TopicCountsAgreeWithTheHeaderOnTheSeeds) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000", "001", "002"};
    auto a = open_app(w);
    ASSERT_TRUE(a);
    std::size_t checked = 0;
    for (std::size_t t = 0; t < kTopicCount; ++t) {
        FilterSpec spec;
        spec.topics = topic_bit(Topic(t));
        a->actions().push(app::SetFilter{spec});
        a->render_frame();
        a->render_frame();
        const app::ExploreData& x = a->explore();
        if (x.filter.visible_links == 0) continue;
        ++checked;
        EXPECT_EQ(x.facets.topic_visible[t], x.filter.visible_links) << label(Topic(t));
    }
    EXPECT_GT(checked, 3u);
}

} // namespace
} // namespace kg::test
