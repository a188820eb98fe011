// Driving a mapped App with real events (XInput): a key press, a click, a drag, whether a popup
// is open, a screenshot of what it shows.
#pragma once

#include "gui/x_input.hpp"

#include "gl/image.hpp"
#include "ui/app.hpp"

#include <gtest/gtest.h>
#include <imgui.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace kg::test {

#define KGVIZ_REQUIRE_XTEST(x)                                                                     \
    if (!(x).ok()) GTEST_SKIP() << "no XTest (libXtst.so.6) to send pointer and key events"

inline void press(app::App& a, XInput& x, unsigned long keysym, int glfw_key) {
    x.key(keysym, glfw_key, true);
    a.render_frame();
    x.key(keysym, glfw_key, false);
    a.render_frame();
}

// Presses the left button at `from`, moves by `by` in four steps, releases.
inline void drag(app::App& a, XInput& x, Vec2 from, Vec2 by) {
    x.move(from.x, from.y);
    a.render_frame();
    x.left(true);
    a.render_frame();
    for (float t : {0.25f, 0.5f, 0.75f, 1.0f}) {
        x.move(from.x + by.x * t, from.y + by.y * t);
        a.render_frame();
    }
    x.left(false);
    a.render_frame();
}

inline void click(app::App& a, XInput& x, double px, double py) {
    x.move(px, py);
    a.render_frame();
    x.left(true);
    a.render_frame();
    x.left(false);
    a.render_frame();
    a.render_frame();
}

// With KGVIZ_SCREENSHOTS=DIR, the frame as composited goes to DIR/NAME.png (to look at the
// screens these tests drive; needs the kept back buffer of a mapped window).
inline void shoot(const app::App& a, const char* name) {
    const char* dir = std::getenv("KGVIZ_SCREENSHOTS");
    if (!dir || !a.stats().partial_present) return;
    const std::string err = app::write_png(
        std::filesystem::path(dir) / (std::string(name) + ".png"), a.capture_frame());
    if (!err.empty()) ADD_FAILURE() << err;
}

inline bool popup_open() {
    return ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
}

} // namespace kg::test
