// `kgviz snapshot` as a process on the bundled seeds: the SVG branch (well-formed, framed, one
// element per node), --view errors, and the print theme's white PNG background.
#include "export/xml_check.hpp"

#include <spng.h>

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <sys/wait.h>

namespace kg::test {
namespace {

namespace fs = std::filesystem;

int run(const std::string& command, std::string* output = nullptr) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen((command + " 2>&1").c_str(), "r"), pclose);
    std::array<char, 512> buf{};
    std::string out;
    while (fgets(buf.data(), int(buf.size()), pipe.get())) out += buf.data();
    const int status = pclose(pipe.release());
    if (output) *output = out;
    return WEXITSTATUS(status);
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), {});
}

TEST(SnapshotExportCli, WritesAFramedSvg) {
    const fs::path out = fs::temp_directory_path() / "kgviz_export_cli.svg";
    std::string log;
    ASSERT_EQ(run(std::string(KGVIZ_EXE) + " snapshot --theme print --title 'China & Russia' -o " +
                      out.string(), &log), 0) << log;
    EXPECT_NE(log.find("wrote " + out.string()), std::string::npos) << log;
    const std::string svg = slurp(out);
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
    {
        std::ofstream(view) << "[1, 2";
    }
    const fs::path out = fs::temp_directory_path() / "kgviz_never_written.svg";
    std::string log;
    EXPECT_EQ(run(std::string(KGVIZ_EXE) + " snapshot --view " + view.string() + " -o " + out.string(), &log), 1);
    EXPECT_NE(log.find("kgviz: " + view.string() + ": "), std::string::npos) << log;
    EXPECT_FALSE(fs::exists(out));
    fs::remove(view);
}

TEST(SnapshotExportCli, PrintThemePngHasAWhiteBackground) {
    const fs::path out = fs::temp_directory_path() / "kgviz_export_print.png";
    std::string log;
    ASSERT_EQ(run(std::string(KGVIZ_EXE) + " snapshot --theme print --width 400 --height 300 -o " +
                      out.string(), &log), 0) << log;
    const std::string bytes = slurp(out);
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

} // namespace
} // namespace kg::test
