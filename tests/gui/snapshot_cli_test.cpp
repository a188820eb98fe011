// `kgviz snapshot` as a process on the bundled seeds: the PNG's size, the background where no
// node is, at least three entity colours; no display needed (EGL surfaceless), with the same
// pixels as through a hidden window.
#include "file_bytes.hpp"
#include "gui/gui_test_support.hpp"
#include "shell_command.hpp"

#include "view/theme.hpp"

#include <spng.h>

#include <gtest/gtest.h>

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

} // namespace
} // namespace kg::test
