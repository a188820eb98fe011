// Renders a graph to an image through a hidden GLFW window and an offscreen framebuffer:
// the same scene, labels and legend as the app, plus a title. Used by `kgviz snapshot` and tests.
#pragma once

#include "gl/image.hpp"
#include "ui/ui_state.hpp"

#include <optional>
#include <span>
#include <string>

namespace kg::app {

struct SnapshotStyle {
    int width = 1600;
    int height = 1000;
    std::string title;
    bool legend = true;
};

// `ui` gives theme, colour mode, selection and focus; its camera is replaced by a fit unless
// `keep_camera`. `used_camera`, when given, receives the camera drawn with. Returns nullopt with
// `error` set when no GL context could be made.
std::optional<Image> render_snapshot(const Corpus& corpus, std::span<const Vec2> positions,
                                     const UiState& ui, const SnapshotStyle& style,
                                     std::string& error, bool keep_camera = false,
                                     Camera* used_camera = nullptr);

} // namespace kg::app
