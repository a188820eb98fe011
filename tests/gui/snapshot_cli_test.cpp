// `kgviz snapshot` as a process on the bundled seeds: the PNG's size, the background where no
// node is, at least three entity colours; no display needed (EGL surfaceless), with the same
// pixels as through a hidden window.
#include "file_bytes.hpp"
#include "gui/gui_test_support.hpp"
#include "shell_command.hpp"

#include "view/theme.hpp"

#include <spng.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>

namespace kg::test {
namespace {

namespace fs = std::filesystem;

std::optional<app::Image> decode_png(const fs::path& path) {
    const std::string bytes = file_bytes(path);
    std::unique_ptr<spng_ctx, decltype(&spng_ctx_free)> ctx(spng_ctx_new(0), &spng_ctx_free);
    spng_set_png_buffer(ctx.get(), bytes.data(), bytes.size());
    spng_ihdr ihdr{};
    if (spng_get_ihdr(ctx.get(), &ihdr) != 0) return std::nullopt;
    std::size_t size = 0;
    spng_decoded_image_size(ctx.get(), SPNG_FMT_RGBA8, &size);
    app::Image img;
    img.width = int(ihdr.width);
    img.height = int(ihdr.height);
    img.rgba.resize(size);
    if (spng_decode_image(ctx.get(), img.rgba.data(), size, SPNG_FMT_RGBA8, 0) != 0)
        return std::nullopt;
    return img;
}

TEST(SnapshotCli, WritesAPngOfTheAskedSizeWithBackgroundAndNodeColours) {
    const fs::path out = fs::temp_directory_path() / "kgviz_snapshot_cli_test.png";
    fs::remove(out);
    std::string log;
    ASSERT_EQ(run_shell(std::string(KGVIZ_EXE) + " snapshot -o " + out.string() +
                            " --width 900 --height 600",
                        &log),
              0)
        << log;
    const auto img = decode_png(out);
    ASSERT_TRUE(img);
    EXPECT_EQ(img->width, 900);
    EXPECT_EQ(img->height, 600);
    const Theme& t = theme(ThemeId::Light);
    EXPECT_TRUE(near(pixel(*img, {3, 3}), t.background, 2));
    EXPECT_TRUE(near(pixel(*img, {896, 596}), t.background, 2));
    int colours_seen = 0;
    for (const Rgba c : t.entity) {
        int count = 0;
        for (int y = 0; y < img->height; ++y)
            for (int x = 0; x < img->width; ++x)
                count += near(pixel(*img, {float(x), float(y)}), c, 4);
        colours_seen += count > 30;
    }
    EXPECT_GE(colours_seen, 3);
    fs::remove(out);
}

// A server with no X display still renders figures: the GL context comes from EGL's
// surfaceless or device platform. Where a display exists, KGVIZ_HEADLESS_GL=window renders through
// the hidden GLFW window instead, and both give the same pixels.
TEST(SnapshotCli, NeedsNoDisplayAndDrawsWhatTheHiddenWindowDraws) {
    const fs::path egl_png = fs::temp_directory_path() / "kgviz_snapshot_egl_test.png";
    const fs::path window_png = fs::temp_directory_path() / "kgviz_snapshot_window_test.png";
    fs::remove(egl_png);
    fs::remove(window_png);
    const std::string args = " snapshot --theme print --width 800 --height 500 -o ";
    std::string log;
    ASSERT_EQ(run_shell("env -u DISPLAY -u WAYLAND_DISPLAY KGVIZ_HEADLESS_GL=egl " +
                            std::string(KGVIZ_EXE) + args + egl_png.string(),
                        &log),
              0)
        << log;
    const auto egl = decode_png(egl_png);
    ASSERT_TRUE(egl);
    EXPECT_EQ(egl->width, 800);
    EXPECT_EQ(egl->height, 500);
    EXPECT_TRUE(near(pixel(*egl, {3, 3}), theme(ThemeId::Print).background, 2));

    // EGL's device platform, which NVIDIA's driver offers where Mesa offers surfaceless (Mesa
    // has both; its device is the software one): the same picture.
    const fs::path device_png = fs::temp_directory_path() / "kgviz_snapshot_egl_device_test.png";
    ASSERT_EQ(run_shell("env -u DISPLAY -u WAYLAND_DISPLAY KGVIZ_HEADLESS_GL=egl-device " +
                            std::string(KGVIZ_EXE) + args + device_png.string(),
                        &log),
              0)
        << log;
    const auto device = decode_png(device_png);
    ASSERT_TRUE(device);
    EXPECT_EQ(device->rgba, egl->rgba);
    fs::remove(device_png);

    KGVIZ_REQUIRE_DISPLAY();
    ASSERT_EQ(
        run_shell("KGVIZ_HEADLESS_GL=window " + std::string(KGVIZ_EXE) + args + window_png.string(),
                  &log),
        0)
        << log;
    const auto window = decode_png(window_png);
    ASSERT_TRUE(window);
    ASSERT_EQ(window->rgba.size(), egl->rgba.size());
    std::size_t differing = 0;
    for (std::size_t i = 0; i < egl->rgba.size(); ++i) differing += egl->rgba[i] != window->rgba[i];
    EXPECT_EQ(differing, 0u);
    fs::remove(egl_png);
    fs::remove(window_png);
}

// "Always label" kept in a view: `kgviz snapshot --view` draws the label of a pinned entity that
// the same figure leaves out without the pin, as SVG text and as pixels where that text is.
TEST(SnapshotCli, APinnedLabelOfAViewIsDrawnInTheSvgAndThePng) {
    const fs::path dir = fs::temp_directory_path() / "kgviz_snapshot_pinned_label";
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::string log;
    auto snapshot = [&](const std::string& pins, const std::string& out) {
        {
            std::ofstream(dir / "view.json")
                << R"({"format": "kgviz-view/1", "name": "pins", "labels_pinned": [)" << pins
                << "]}";
        }
        return run_shell(std::string(KGVIZ_EXE) + " snapshot --view " +
                             (dir / "view.json").string() +
                             " --width 480 --height 320 --theme print -o " + (dir / out).string(),
                         &log);
    };
    ASSERT_EQ(snapshot("", "plain.svg"), 0) << log;
    const std::string plain = file_bytes(dir / "plain.svg");
    // A node drawn without a label (the figure is small, so most are).
    std::string id;
    const std::string node = "class=\"node\" data-entity=\"";
    for (std::size_t at = plain.find(node); at != std::string::npos && id.empty();
         at = plain.find(node, at + 1)) {
        const std::size_t start = at + node.size();
        const std::string candidate = plain.substr(start, plain.find('"', start) - start);
        if (plain.find("<text data-entity=\"" + candidate + "\"") == std::string::npos)
            id = candidate;
    }
    ASSERT_FALSE(id.empty()) << "every node is labelled: the test needs one that is not";

    ASSERT_EQ(snapshot("\"" + id + "\"", "pinned.svg"), 0) << log;
    const std::string pinned = file_bytes(dir / "pinned.svg");
    const std::size_t at = pinned.find("<text data-entity=\"" + id + "\"");
    ASSERT_NE(at, std::string::npos) << "the pinned label is not in the SVG";
    // Its first line: x is where a one-line label starts, or where a two-line one is centred.
    const std::size_t xy = pinned.find(" x=\"", at);
    ASSERT_NE(xy, std::string::npos);
    float x = 0, y = 0;
    ASSERT_EQ(std::sscanf(pinned.c_str() + xy, " x=\"%f\" y=\"%f", &x, &y), 2);

    ASSERT_EQ(snapshot("", "plain.png"), 0) << log;
    ASSERT_EQ(snapshot("\"" + id + "\"", "pinned.png"), 0) << log;
    const auto a = decode_png(dir / "plain.png");
    const auto b = decode_png(dir / "pinned.png");
    ASSERT_TRUE(a && b);
    ASSERT_EQ(a->rgba.size(), b->rgba.size());
    // The text's pixels: a few glyphs about x, on the baseline y.
    int changed = 0;
    for (int py = std::max(0, int(y) - 12); py <= std::min(b->height - 1, int(y) + 3); ++py)
        for (int px = std::max(0, int(x) - 20); px <= std::min(b->width - 1, int(x) + 40); ++px) {
            const std::size_t i = (std::size_t(py) * std::size_t(b->width) + std::size_t(px)) * 4;
            changed += a->rgba[i] != b->rgba[i] || a->rgba[i + 1] != b->rgba[i + 1];
        }
    EXPECT_GT(changed, 20) << "no label pixels at " << x << "," << y;
    fs::remove_all(dir);
}

} // namespace
} // namespace kg::test
