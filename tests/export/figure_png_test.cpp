// The PNG figure through FigureRenderer (real GL under Xvfb): size, theme background, the
// legend and sources footnote drawn where the frame puts them, transparency, tiling, and the
// export dialog's path giving the same figure as `kgviz snapshot --view` for the same view.
#include "explore/saved_view.hpp"
#include "export/view_figure.hpp"
#include "filter/filter.hpp"
#include "gl/snapshot_render.hpp"
#include "model/knowledge_graph.hpp"
#include "session/explore_data.hpp"
#include "ui/export_file.hpp"
#include "view/fixture_corpus.hpp"

#include "common/atomic_write.hpp"
#include "file_bytes.hpp"

#include <gtest/gtest.h>
#include <spng.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>

namespace kg::test {
namespace {

#define REQUIRE_DISPLAY()                                                                          \
    do {                                                                                           \
        if (!std::getenv("DISPLAY"))                                                               \
            GTEST_SKIP() << "no X display: run under xvfb-run -a ctest -L gui";                    \
    } while (0)

Rgba px(const app::Image& im, int x, int y) {
    const std::uint8_t* p = im.at(x, y);
    return {p[0], p[1], p[2], p[3]};
}
bool same(Rgba a, Rgba b, int tol = 3) {
    return std::abs(a.r - b.r) <= tol && std::abs(a.g - b.g) <= tol && std::abs(a.b - b.b) <= tol;
}
// Pixels in [a, b) that differ from `bg`.
int ink(const app::Image& im, Vec2 a, Vec2 b, Rgba bg) {
    int n = 0;
    for (int y = std::max(0, int(a.y)); y < std::min(im.height, int(b.y)); ++y)
        for (int x = std::max(0, int(a.x)); x < std::min(im.width, int(b.x)); ++x)
            n += !same(px(im, x, y), bg, 24);
    return n;
}

struct Rig {
    app::HeadlessGl gl;
    std::unique_ptr<app::FigureRenderer> renderer;
    std::string error;
    Rig() {
        if (gl.ok())
            renderer = app::FigureRenderer::create(error);
        else
            error = gl.error();
    }
};

FigureOptions print_request(int w, int h) {
    FigureOptions r;
    r.viewport = {float(w), float(h)};
    r.style.theme = ThemeId::Print;
    r.title = "China-Russia: partners and issues";
    r.subtitle = "Fixture";
    return r;
}

// The whole fixture as an export's input, in the print theme at w x h.
app::ExportInput fixture_input(const Fixture& f, int w, int h) {
    app::ExportInput in;
    in.subset = subset_corpus(f.corpus, f.positions, {}, {});
    in.options = print_request(w, h);
    return in;
}

TEST(FigurePng, SizeBackgroundTitleLegendAndFootnoteArePainted) {
    REQUIRE_DISPLAY();
    Rig rig;
    ASSERT_TRUE(rig.renderer) << rig.error;
    const Fixture f = make_fixture();
    const FigureOptions req = print_request(1200, 800);
    const Figure fig = rig.renderer->compose(f.corpus, f.positions, req);
    const auto im = rig.renderer->render(f.corpus, fig, req, rig.error);
    ASSERT_TRUE(im) << rig.error;
    EXPECT_EQ(im->width, 1200);
    EXPECT_EQ(im->height, 800);
    const Rgba bg = theme(ThemeId::Print).background;
    EXPECT_TRUE(same(px(*im, 2, 2), bg));
    EXPECT_TRUE(same(px(*im, 1199, 799), bg));
    // Title band, legend box and footnote lines all carry ink.
    ASSERT_FALSE(fig.frame.header.empty());
    const FrameText& title = fig.frame.header.front();
    EXPECT_GT(ink(*im, title.pos, title.pos + Vec2{400, title.font_px}, bg), 200);
    ASSERT_FALSE(fig.frame.legend_box.empty());
    const Bounds& lb = fig.frame.legend_box;
    EXPECT_GT(ink(*im, lb.min + Vec2{4, 4}, lb.max - Vec2{4, 4}, bg), 300);
    ASSERT_FALSE(fig.frame.footnote.empty());
    const FrameText& foot = fig.frame.footnote.front();
    EXPECT_GT(ink(*im, foot.pos, foot.pos + Vec2{600, foot.font_px}, bg), 200);
    // Nothing but background between the plot area and the footnote's top margin band.
    EXPECT_EQ(ink(*im, {0, fig.frame.plot.max.y + 1}, {1200, foot.pos.y - 1}, bg), 0);
}

TEST(FigurePng, DarkThemeBackgroundAndTransparentOption) {
    REQUIRE_DISPLAY();
    Rig rig;
    ASSERT_TRUE(rig.renderer) << rig.error;
    const Fixture f = make_fixture();
    FigureOptions req = print_request(640, 400);
    req.style.theme = ThemeId::Dark;
    Figure fig = rig.renderer->compose(f.corpus, f.positions, req);
    auto im = rig.renderer->render(f.corpus, fig, req, rig.error);
    ASSERT_TRUE(im) << rig.error;
    EXPECT_TRUE(same(px(*im, 1, 1), theme(ThemeId::Dark).background));
    EXPECT_FALSE(im->alpha);

    req.transparent = true;
    fig = rig.renderer->compose(f.corpus, f.positions, req);
    im = rig.renderer->render(f.corpus, fig, req, rig.error);
    ASSERT_TRUE(im) << rig.error;
    EXPECT_TRUE(im->alpha);
    EXPECT_EQ(px(*im, 1, 1).a, 0);
    // A node centre is opaque and keeps its type colour.
    const NodeInstance& n = fig.scene.nodes.front();
    const Vec2 c = fig.camera.world_to_screen(n.pos);
    const Rgba at = px(*im, int(c.x), int(c.y));
    EXPECT_GT(at.a, 240);
    EXPECT_TRUE(same(at, Rgba::unpack(n.fill), 12));
}

TEST(FigurePng, TilesGiveTheSamePictureAsOnePass) {
    REQUIRE_DISPLAY();
    Rig rig;
    ASSERT_TRUE(rig.renderer) << rig.error;
    const Fixture f = make_fixture();
    const FigureOptions req = print_request(1000, 700);
    const Figure fig = rig.renderer->compose(f.corpus, f.positions, req);
    const auto whole = rig.renderer->render(f.corpus, fig, req, rig.error);
    const auto tiled = rig.renderer->render(f.corpus, fig, req, rig.error, 256);
    ASSERT_TRUE(whole && tiled) << rig.error;
    ASSERT_EQ(whole->rgba.size(), tiled->rgba.size());
    std::size_t differ = 0;
    for (int y = 0; y < whole->height; ++y)
        for (int x = 0; x < whole->width; ++x)
            differ += !same(px(*whole, x, y), px(*tiled, x, y), 40);
    // Dash phases and anti-aliasing may differ along the seams; nothing else.
    EXPECT_LT(double(differ), 0.005 * whole->width * whole->height) << differ;
}

// Decodes PNG bytes to RGBA8 (nullopt when libspng refuses them); `color_type` gets the IHDR's.
std::optional<app::Image> decode(std::string_view png, int& color_type) {
    std::unique_ptr<spng_ctx, decltype(&spng_ctx_free)> ctx(spng_ctx_new(0), &spng_ctx_free);
    spng_set_png_buffer(ctx.get(), png.data(), png.size());
    spng_ihdr ihdr{};
    std::size_t size = 0;
    if (spng_get_ihdr(ctx.get(), &ihdr) ||
        spng_decoded_image_size(ctx.get(), SPNG_FMT_RGBA8, &size))
        return std::nullopt;
    app::Image im;
    im.width = int(ihdr.width);
    im.height = int(ihdr.height);
    im.rgba.resize(size);
    if (spng_decode_image(ctx.get(), im.rgba.data(), size, SPNG_FMT_RGBA8, 0)) return std::nullopt;
    color_type = ihdr.color_type;
    return im;
}

// render_png encodes an opaque one-tile figure straight from read-back strips; tiled and
// transparent figures go through render(). Either way the file holds render()'s pixels.
TEST(FigurePng, EncodedFileHoldsTheRenderedPixels) {
    REQUIRE_DISPLAY();
    Rig rig;
    ASSERT_TRUE(rig.renderer) << rig.error;
    const Fixture f = make_fixture();
    for (const auto& [transparent, max_tile] :
         {std::pair{false, 0}, std::pair{false, 256}, std::pair{true, 0}}) {
        FigureOptions req = print_request(900, 533); // 533: strips of 32 rows leave a short one
        req.transparent = transparent;
        const Figure fig = rig.renderer->compose(f.corpus, f.positions, req);
        const auto image = rig.renderer->render(f.corpus, fig, req, rig.error, max_tile);
        ASSERT_TRUE(image) << rig.error;
        const std::string png(rig.renderer->render_png(f.corpus, fig, req, rig.error, max_tile));
        ASSERT_EQ(rig.error, "");
        int color_type = -1;
        const auto decoded = decode(png, color_type);
        ASSERT_TRUE(decoded) << "transparent " << transparent << " tile " << max_tile;
        EXPECT_EQ(color_type,
                  transparent ? SPNG_COLOR_TYPE_TRUECOLOR_ALPHA : SPNG_COLOR_TYPE_TRUECOLOR);
        ASSERT_EQ(decoded->width, image->width);
        ASSERT_EQ(decoded->height, image->height);
        std::size_t differ = 0;
        for (std::size_t i = 0; i < image->rgba.size(); i += 4)
            differ += std::memcmp(&image->rgba[i], &decoded->rgba[i], transparent ? 4 : 3) != 0;
        EXPECT_EQ(differ, 0u) << "transparent " << transparent << " tile " << max_tile;
    }
}

TEST(FigurePng, DialogAndSnapshotGiveTheSameFigureForTheSameView) {
    REQUIRE_DISPLAY();
    Rig rig;
    ASSERT_TRUE(rig.renderer) << rig.error;
    const Fixture f = make_fixture();

    // The app: a filter (countries and leaders only), a camera in a 1600x1000 window.
    app::UiState ui;
    ui.filter.entity_types = EntityTypeMask((1u << unsigned(EntityType::Country)) |
                                            (1u << unsigned(EntityType::Leader)));
    ui.camera.center = {150.0f, 60.0f};
    ui.camera.zoom = 2.5f;
    ui.camera.viewport = {1600.0f, 1000.0f};
    ui.style.theme = ThemeId::Print;
    app::ExploreData explore; // what the app's panels and canvas read the visible set from
    explore.refilter(f.corpus, ui.filter);
    app::ExportSettings settings;
    settings.width = 1280;
    settings.height = 720;
    settings.theme = ThemeId::Print;
    settings.title = "Same view";
    const app::ExportInput from_ui =
        app::export_input_from_ui(f.corpus, f.positions, ui, &explore, settings);

    // The same view saved as a file, as `kgviz snapshot --view` reads it.
    SavedView view;
    view.filters = ui.filter;
    view.camera_center = ui.camera.center;
    view.camera_zoom = ui.camera.zoom;
    view.theme = ViewTheme::Print;
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / "kgviz_same_view.json";
    ASSERT_EQ(write_file_atomically(file, view_to_json(view)), "");
    Diagnostics diags;
    const auto viewed = apply_view_file(file, f.corpus, f.positions, diags);
    ASSERT_TRUE(viewed);
    FigureOptions req;
    req.viewport = {1280, 720};
    req.style.theme = ThemeId::Print;
    req.title = "Same view";
    const app::ExportInput from_view =
        app::export_input_from_view(f.corpus, f.positions, viewed, req);

    ASSERT_EQ(from_ui.subset.corpus.entities.size(), from_view.subset.corpus.entities.size());
    ASSERT_LT(from_ui.subset.corpus.entities.size(), f.corpus.entities.size());
    const Figure a =
        rig.renderer->compose(from_ui.subset.corpus, from_ui.subset.positions, from_ui.options);
    const Figure b = rig.renderer->compose(from_view.subset.corpus, from_view.subset.positions,
                                           from_view.options);
    EXPECT_EQ(a.camera, b.camera);
    EXPECT_EQ(a.scene.nodes.size(), b.scene.nodes.size());
    EXPECT_EQ(a.scene.edges.size(), b.scene.edges.size());
    EXPECT_EQ(a.sources, b.sources);
    EXPECT_EQ(a.labels.size(), b.labels.size());
    ASSERT_EQ(a.frame.footnote.size(), b.frame.footnote.size());
    for (std::size_t i = 0; i < a.frame.footnote.size(); ++i)
        EXPECT_EQ(a.frame.footnote[i].text, b.frame.footnote[i].text);
    ASSERT_EQ(a.frame.legend.size(), b.frame.legend.size());
    const auto ia = rig.renderer->render(from_ui.subset.corpus, a, from_ui.options, rig.error);
    const auto ib = rig.renderer->render(from_view.subset.corpus, b, from_view.options, rig.error);
    ASSERT_TRUE(ia && ib) << rig.error;
    EXPECT_TRUE(ia->rgba == ib->rgba);
    std::filesystem::remove(file);
}

TEST(FigurePng, ExportToFileWritesEveryKindAtomically) {
    REQUIRE_DISPLAY();
    Rig rig;
    ASSERT_TRUE(rig.renderer) << rig.error;
    const Fixture f = make_fixture();
    const app::ExportInput in = fixture_input(f, 800, 500);
    const auto dir = std::filesystem::temp_directory_path() / "kgviz_export_kinds";
    std::filesystem::create_directories(dir);
    for (const auto& [name, kind] :
         {std::pair{"f.png", app::ExportKind::Png}, std::pair{"f.svg", app::ExportKind::Svg},
          std::pair{"f.graphml", app::ExportKind::GraphMl},
          std::pair{"f.gexf", app::ExportKind::Gexf}, std::pair{"f.csv", app::ExportKind::Csv}}) {
        const app::ExportResult r = app::export_to_file(dir / name, kind, in, rig.renderer.get());
        EXPECT_EQ(r.error, "") << name;
        EXPECT_NE(r.message.find("wrote"), std::string::npos) << name;
        for (const auto& p : r.files) EXPECT_TRUE(std::filesystem::exists(p)) << p;
    }
    for (const char* table : {"f-entities.csv", "f-links.csv", "f-passages.csv", "f-documents.csv"})
        EXPECT_TRUE(std::filesystem::exists(dir / table)) << table;
    // No temp files left behind: png, svg, graphml, gexf and the four CSV tables.
    std::size_t files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) files += e.is_regular_file();
    EXPECT_EQ(files, 8u);
    std::filesystem::remove_all(dir);
}

// The labels of an SVG figure: entity id -> the first x of its text (left edge, or the centre of
// a two-line label), in file order.
std::map<std::string, float> svg_label_x(const std::string& svg) {
    std::map<std::string, float> out;
    const std::string key = "<text class=\"label\" data-entity=\"";
    for (std::size_t at = svg.find(key); at != std::string::npos; at = svg.find(key, at + 1)) {
        const std::size_t id = at + key.size();
        const std::string entity = svg.substr(id, svg.find('"', id) - id);
        const std::size_t x = svg.find(" x=\"", id) + 4;
        out[entity] = std::stof(svg.substr(x, svg.find('"', x) - x));
    }
    return out;
}

// One record, two encodings: the SVG export writes the labels, nodes and frame of the figure the
// PNG export drew (labels measured with the PNG's font), with or without a GL renderer at hand.
TEST(FigurePng, SvgWritesTheRecordThePngDraws) {
    REQUIRE_DISPLAY();
    Rig rig;
    ASSERT_TRUE(rig.renderer) << rig.error;
    const Fixture f = make_fixture();
    app::ExportInput in = fixture_input(f, 1600, 1000);
    // With the analyst's annotations: a callout on a node, one on a point, a moved label.
    in.options.notes = {{"china", {}, {30.0f, -60.0f}, "Summit in May"},
                        {"", {0, 0}, {-40.0f, 20.0f}, "Centre"}};
    in.options.label_offsets = {{"russia", {-90.0f, 14.0f}}};
    const auto dir = std::filesystem::temp_directory_path() / "kgviz_one_record";
    std::filesystem::create_directories(dir);
    const app::ExportResult png =
        app::export_to_file(dir / "f.png", app::ExportKind::Png, in, rig.renderer.get());
    ASSERT_EQ(png.error, "");
    ASSERT_TRUE(png.figure);
    const Figure& drawn = *png.figure;
    ASSERT_GE(drawn.labels.size(), 8u);
    ASSERT_EQ(drawn.notes.size(), 2u);
    // The PNG paints each callout's card where the record puts it.
    int color_type = 0;
    const std::optional<app::Image> image = decode(file_bytes(dir / "f.png"), color_type);
    ASSERT_TRUE(image);
    const Rgba card = note_colors(theme(ThemeId::Print)).fill;
    for (const FigureNote& n : drawn.notes) {
        int painted = 0;
        for (int y = int(n.layout.box.y0) + 2; y < int(n.layout.box.y1) - 2; ++y)
            for (int x = int(n.layout.box.x0) + 2; x < int(n.layout.box.x1) - 2; ++x)
                painted += same(px(*image, x, y), card);
        const float area =
            (n.layout.box.x1 - n.layout.box.x0) * (n.layout.box.y1 - n.layout.box.y0);
        EXPECT_GT(painted, int(area * 0.4f)) << n.layout.lines.front();
    }
    const std::string expected = figure_to_svg(in.subset.corpus, drawn, ThemeId::Print);
    EXPECT_NE(expected.find(">Summit in May</text>"), std::string::npos);
    for (app::FigureRenderer* gl :
         {rig.renderer.get(), static_cast<app::FigureRenderer*>(nullptr)}) {
        const app::ExportResult svg =
            app::export_to_file(dir / "f.svg", app::ExportKind::Svg, in, gl);
        ASSERT_EQ(svg.error, "");
        const std::string written = file_bytes(dir / "f.svg");
        EXPECT_TRUE(written == expected) << (gl ? "with" : "without") << " a GL renderer";
        // The label set and each label's place, read back from the file, are the PNG's.
        const std::map<std::string, float> xs = svg_label_x(written);
        EXPECT_EQ(xs.size(), drawn.labels.size());
        for (const PlacedLabel& l : drawn.labels) {
            const Entity& e = in.subset.corpus.entities[drawn.scene.node_entity[l.node]];
            const auto it = xs.find(e.id);
            ASSERT_NE(it, xs.end()) << e.id;
            const bool two_lines = !drawn_label_lines(e, l.form).second.empty();
            EXPECT_NEAR(it->second, two_lines ? l.pos.x + l.size.x * 0.5f : l.pos.x, 0.06f) << e.id;
        }
    }
    std::filesystem::remove_all(dir);
}

} // namespace
} // namespace kg::test
