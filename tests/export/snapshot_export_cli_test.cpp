// `kgviz snapshot` as a process on the bundled seeds: the SVG branch (well-formed, framed, one
// element per node), --view errors, and the print theme's white PNG background.
#include "export/xml_check.hpp"
#include "file_bytes.hpp"
#include "shell_command.hpp"

#include <nlohmann/json.hpp>
#include <spng.h>

#include <gtest/gtest.h>

#include <cstdlib>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>

namespace kg::test {
namespace {

namespace fs = std::filesystem;

TEST(SnapshotExportCli, WritesAFramedSvg) {
    const fs::path out = fs::temp_directory_path() / "kgviz_export_cli.svg";
    std::string log;
    ASSERT_EQ(run_shell(std::string(KGVIZ_EXE) +
                            " snapshot --theme print --title 'China & Russia' -o " + out.string(),
                        &log),
              0)
        << log;
    EXPECT_NE(log.find("wrote " + out.string()), std::string::npos) << log;
    const std::string svg = file_bytes(out);
    EXPECT_EQ(xml_problem(svg), "");
    EXPECT_NE(svg.find("China &amp; Russia"), std::string::npos);
    EXPECT_NE(svg.find("Sources: "), std::string::npos);
    EXPECT_NE(svg.find("As of "), std::string::npos);
    EXPECT_GT(count_of(svg, "class=\"node\""), 10u);
    EXPECT_GT(count_of(svg, "class=\"link\""), 10u);
    EXPECT_NE(svg.find("fill=\"#ffffff\""), std::string::npos);
    fs::remove(out);
}

TEST(SnapshotExportCli, BrokenViewIsReportedWithItsPath) {
    const fs::path view = fs::temp_directory_path() / "kgviz_broken_view.json";
    { std::ofstream(view) << "[1, 2"; }
    const fs::path out = fs::temp_directory_path() / "kgviz_never_written.svg";
    std::string log;
    EXPECT_EQ(run_shell(std::string(KGVIZ_EXE) + " snapshot --view " + view.string() + " -o " +
                            out.string(),
                        &log),
              1);
    EXPECT_NE(log.find("kgviz: " + view.string() + ": "), std::string::npos) << log;
    EXPECT_FALSE(fs::exists(out));
    fs::remove(view);
}

TEST(SnapshotExportCli, PrintThemePngHasAWhiteBackground) {
    // A PNG needs a GL context: without a display (outside xvfb-run) there is nothing to check.
    if (!std::getenv("DISPLAY")) GTEST_SKIP() << "no X display: run under xvfb-run -a";
    const fs::path out = fs::temp_directory_path() / "kgviz_export_print.png";
    std::string log;
    ASSERT_EQ(run_shell(std::string(KGVIZ_EXE) +
                            " snapshot --theme print --width 400 --height 300 -o " + out.string(),
                        &log),
              0)
        << log;
    const std::string bytes = file_bytes(out);
    std::unique_ptr<spng_ctx, decltype(&spng_ctx_free)> ctx(spng_ctx_new(0), &spng_ctx_free);
    spng_set_png_buffer(ctx.get(), bytes.data(), bytes.size());
    std::size_t size = 0;
    ASSERT_EQ(spng_decoded_image_size(ctx.get(), SPNG_FMT_RGBA8, &size), 0);
    std::vector<std::uint8_t> rgba(size);
    ASSERT_EQ(spng_decode_image(ctx.get(), rgba.data(), size, SPNG_FMT_RGBA8, 0), 0);
    // Top-right corner: margin, never a node or frame element.
    const std::size_t px = (std::size_t(399)) * 4;
    EXPECT_EQ(rgba[px], 255);
    EXPECT_EQ(rgba[px + 1], 255);
    EXPECT_EQ(rgba[px + 2], 255);
    fs::remove(out);
}

// Reads a PNG's width and height (IHDR) and its RGBA pixels.
struct Png {
    std::uint32_t width = 0, height = 0;
    std::vector<std::uint8_t> rgba;
};
Png decode(const std::string& bytes) {
    Png png;
    std::unique_ptr<spng_ctx, decltype(&spng_ctx_free)> ctx(spng_ctx_new(0), &spng_ctx_free);
    spng_set_png_buffer(ctx.get(), bytes.data(), bytes.size());
    spng_ihdr ihdr{};
    if (spng_get_ihdr(ctx.get(), &ihdr) != 0) return png;
    png.width = ihdr.width;
    png.height = ihdr.height;
    std::size_t size = 0;
    if (spng_decoded_image_size(ctx.get(), SPNG_FMT_RGBA8, &size) != 0) return png;
    png.rgba.resize(size);
    if (spng_decode_image(ctx.get(), png.rgba.data(), size, SPNG_FMT_RGBA8, 0) != 0)
        png.rgba.clear();
    return png;
}

// CSV records (quote-aware: a line break inside quotes does not end a record).
std::size_t csv_records(const std::string& text) {
    std::size_t n = 0;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '"')
            quoted = !quoted;
        else if (text[i] == '\n' && !quoted)
            ++n;
    }
    return n;
}

// The graph JSON's entity, link, passage and document counts.
struct Counts {
    std::size_t entities = 0, links = 0, passages = 0, documents = 0;
};
Counts graph_counts() {
    const fs::path json = fs::temp_directory_path() / "kgviz_export_counts.json";
    EXPECT_EQ(run_shell(std::string(KGVIZ_EXE) + " extract -o " + json.string()), 0);
    const nlohmann::json j = nlohmann::json::parse(file_bytes(json));
    Counts c;
    c.entities = j.at("entities").size();
    c.links = j.at("links").size();
    c.documents = j.at("documents").size();
    for (const auto& l : j.at("links")) c.passages += l.at("evidence").size();
    fs::remove(json);
    return c;
}

TEST(ExtractFormats, GraphmlHasOneNodeAndEdgePerEntityAndLink) {
    const Counts c = graph_counts();
    ASSERT_GT(c.entities, 10u);
    const fs::path out = fs::temp_directory_path() / "kgviz_export.graphml";
    std::string log;
    ASSERT_EQ(
        run_shell(std::string(KGVIZ_EXE) + " extract --format graphml -o " + out.string(), &log), 0)
        << log;
    EXPECT_NE(log.find("wrote " + out.string()), std::string::npos) << log;
    const std::string xml = file_bytes(out);
    EXPECT_EQ(xml_problem(xml), "");
    EXPECT_EQ(count_of(xml, "<node "), c.entities);
    EXPECT_EQ(count_of(xml, "<edge "), c.links);
    fs::remove(out);
}

TEST(ExtractFormats, GexfHasOneNodeAndEdgePerEntityAndLink) {
    const Counts c = graph_counts();
    const fs::path out = fs::temp_directory_path() / "kgviz_export.gexf";
    std::string log;
    ASSERT_EQ(run_shell(std::string(KGVIZ_EXE) + " extract --format gexf -o " + out.string(), &log),
              0)
        << log;
    const std::string xml = file_bytes(out);
    EXPECT_EQ(xml_problem(xml), "");
    EXPECT_NE(xml.find("xmlns=\"http://gexf.net/1.3\""), std::string::npos);
    EXPECT_EQ(count_of(xml, "<node "), c.entities);
    EXPECT_EQ(count_of(xml, "<viz:position "), c.entities);
    EXPECT_EQ(count_of(xml, "<edge "), c.links);
    fs::remove(out);
}

TEST(ExtractFormats, CsvWritesFourTablesWithTheExpectedRows) {
    const Counts c = graph_counts();
    const fs::path base = fs::temp_directory_path() / "kgviz_export_tables.csv";
    const fs::path table = fs::temp_directory_path() / "kgviz_export_tables";
    std::string log;
    ASSERT_EQ(run_shell(std::string(KGVIZ_EXE) + " extract --format csv -o " + base.string(), &log),
              0)
        << log;
    EXPECT_NE(log.find(table.string() + "-passages.csv"), std::string::npos) << log;
    // One record per row + the header; links once each, not once per passage.
    EXPECT_EQ(csv_records(file_bytes(table.string() + "-entities.csv")), c.entities + 1);
    EXPECT_EQ(csv_records(file_bytes(table.string() + "-links.csv")), c.links + 1);
    EXPECT_EQ(csv_records(file_bytes(table.string() + "-passages.csv")), c.passages + 1);
    EXPECT_EQ(csv_records(file_bytes(table.string() + "-documents.csv")), c.documents + 1);
    for (const char* t : {"-entities.csv", "-links.csv", "-passages.csv", "-documents.csv"})
        fs::remove(table.string() + t);
    EXPECT_EQ(run_shell(std::string(KGVIZ_EXE) + " extract --format csv"), 2); // needs -o
    EXPECT_EQ(run_shell(std::string(KGVIZ_EXE) + " extract --format xml"), 2);
}

// `extract --view` keeps what `snapshot --view` draws, in every format: the view's filter is
// applied once, by the same code.
TEST(ExtractFormats, ViewKeepsOnlyWhatTheViewShowsInEveryFormat) {
    const fs::path dir = fs::temp_directory_path() / "kgviz_extract_view";
    fs::create_directories(dir);
    const fs::path view = dir / "countries.json";
    {
        std::ofstream(view)
            << R"({"format": "kgviz-view/1", "filters": {"entity_types": ["country"]}})";
    }
    const std::string exe = std::string(KGVIZ_EXE) + " extract --view " + view.string();
    std::string log;
    ASSERT_EQ(run_shell(exe + " -o " + (dir / "g.json").string(), &log), 0) << log;
    const nlohmann::json j = nlohmann::json::parse(file_bytes(dir / "g.json"));
    const Counts all = graph_counts();
    const std::size_t entities = j.at("entities").size(), links = j.at("links").size();
    ASSERT_GT(entities, 3u);
    EXPECT_LT(entities, all.entities);
    EXPECT_LT(links, all.links);
    for (const auto& e : j.at("entities")) EXPECT_EQ(e.at("type"), "country") << e.at("id");

    ASSERT_EQ(run_shell(exe + " --format graphml -o " + (dir / "g.graphml").string(), &log), 0)
        << log;
    ASSERT_EQ(run_shell(exe + " --format gexf -o " + (dir / "g.gexf").string(), &log), 0) << log;
    ASSERT_EQ(run_shell(exe + " --format csv -o " + (dir / "g.csv").string(), &log), 0) << log;
    for (const char* name : {"g.graphml", "g.gexf"}) {
        const std::string xml = file_bytes(dir / name);
        EXPECT_EQ(count_of(xml, "<node "), entities) << name;
        EXPECT_EQ(count_of(xml, "<edge "), links) << name;
    }
    EXPECT_EQ(csv_records(file_bytes(dir / "g-entities.csv")), entities + 1);
    EXPECT_EQ(csv_records(file_bytes(dir / "g-links.csv")), links + 1);

    // The figure of the same view draws the same nodes and links.
    ASSERT_EQ(run_shell(std::string(KGVIZ_EXE) + " snapshot --view " + view.string() + " -o " +
                            (dir / "g.svg").string(),
                        &log),
              0)
        << log;
    const std::string svg = file_bytes(dir / "g.svg");
    EXPECT_EQ(count_of(svg, "class=\"node\""), entities);
    EXPECT_EQ(count_of(svg, "class=\"link\""), links);

    // A view that cannot be read names its file and writes nothing.
    { std::ofstream(dir / "broken.json") << "{"; }
    EXPECT_EQ(run_shell(std::string(KGVIZ_EXE) + " extract --view " +
                            (dir / "broken.json").string() + " -o " + (dir / "never.json").string(),
                        &log),
              1);
    EXPECT_NE(log.find("kgviz: " + (dir / "broken.json").string() + ": "), std::string::npos)
        << log;
    EXPECT_FALSE(fs::exists(dir / "never.json"));
    EXPECT_EQ(run_shell(std::string(KGVIZ_EXE) + " extract --view"), 2); // needs a file
    fs::remove_all(dir);
}

// `snapshot --annex`: the evidence behind the figure, one entry per link drawn, as HTML or
// Markdown.
TEST(SnapshotExportCli, AnnexListsEveryLinkTheFigureDraws) {
    const fs::path dir = fs::temp_directory_path() / "kgviz_snapshot_annex";
    fs::create_directories(dir);
    std::string log;
    for (const char* name : {"annex.html", "annex.md"}) {
        ASSERT_EQ(run_shell(std::string(KGVIZ_EXE) + " snapshot --title 'China & Russia' -o " +
                                (dir / "f.svg").string() + " --annex " + (dir / name).string(),
                            &log),
                  0)
            << log;
        EXPECT_NE(log.find("wrote " + (dir / name).string()), std::string::npos) << log;
    }
    const std::size_t drawn = count_of(file_bytes(dir / "f.svg"), "class=\"link\"");
    ASSERT_GT(drawn, 10u);
    const std::string html = file_bytes(dir / "annex.html");
    EXPECT_EQ(count_of(html, "<section class=\"link\""), drawn);
    EXPECT_NE(html.find("<h1>Evidence: China &amp; Russia</h1>"), std::string::npos);
    EXPECT_EQ(count_of(file_bytes(dir / "annex.md"), "\n## "), drawn);
    EXPECT_EQ(run_shell(std::string(KGVIZ_EXE) + " snapshot -o " + (dir / "f.svg").string() +
                        " --annex " + (dir / "annex.txt").string()),
              2);
    fs::remove_all(dir);
}

TEST(SnapshotExportCli, ViewAt4kKeepsItsRegionAndDrawsTheFrame) {
    // A PNG needs a GL context: without a display (outside xvfb-run) there is nothing to check.
    if (!std::getenv("DISPLAY")) GTEST_SKIP() << "no X display: run under xvfb-run -a";
    const fs::path view = fs::temp_directory_path() / "kgviz_export_view.json";
    {
        std::ofstream(view)
            << R"({"format": "kgviz-view/1", "camera": {"center": [0, 0], "zoom": 1.0,
            "viewport": [1600, 1000]}, "theme": "print", "filters": {"topics": []}})";
    }
    const fs::path out = fs::temp_directory_path() / "kgviz_export_view.png";
    std::string log;
    ASSERT_EQ(run_shell(std::string(KGVIZ_EXE) + " snapshot --view " + view.string() +
                            " --title 'View' --width 3840 --height 2160 -o " + out.string(),
                        &log),
              0)
        << log;
    const Png png = decode(file_bytes(out));
    EXPECT_EQ(png.width, 3840u);
    EXPECT_EQ(png.height, 2160u);
    ASSERT_FALSE(png.rgba.empty());
    EXPECT_EQ(png.rgba[0], 255); // print: white margin
    fs::remove(out);
    fs::remove(view);
}

} // namespace
} // namespace kg::test
