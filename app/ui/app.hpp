// The interactive application. Owns its subsystems in lifetime order (GLFW, window + GL,
// ImGui, fonts, renderer, state, workers) and runs the frame loop of style.md.
#pragma once

#include "common/diagnostics.hpp"
#include "gl/image.hpp"
#include "gl/scene_layer.hpp"
#include "platform/fonts.hpp"
#include "platform/glfw_window.hpp"
#include "platform/imgui_layer.hpp"
#include "platform/main_queue.hpp"
#include "ui/actions.hpp"
#include "ui/canvas_input.hpp"
#include "ui/panels/panel_context.hpp"
#include "ui/panels/explore_data.hpp"
#include "ui/scene_view.hpp"
#include "ui/ui_state.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace kg::app {

struct AppOptions {
    int width = 1600;
    int height = 1000;
    bool visible = true;
};

class App {
public:
    explicit App(const AppOptions& options);
    ~App();

    // False (with error()) when no window or GL 3.3 context could be made.
    bool ok() const { return ok_; }
    const std::string& error() const { return error_; }

    // Produces a corpus on a worker thread (may poll the stop token, reports into diagnostics).
    using Loader = std::function<Corpus(std::stop_token, Diagnostics&)>;
    // Runs `loader` on a worker, then lays the graph out on another; the window stays live.
    void load(Loader loader);
    // Shows a graph directly (tests and benchmarks): no loading, no layout.
    void show(Corpus corpus, std::vector<Vec2> positions);

    // Runs frames until the window closes, or for at most `max_seconds` when given.
    void run(std::optional<double> max_seconds = std::nullopt);
    // Renders exactly one frame now (tests and benchmarks), idle or not.
    void render_frame();

    const FrameStats& stats() const { return stats_; }
    const ExploreData& explore() const { return explore_; }
    // The cached scene layer as an image (tests compare it with the core's picking).
    Image capture_layer() const;
    UiState& ui() { return ui_; }
    const SceneView& view() const { return view_; }
    ActionQueue& actions() { return actions_; }
    // Marks the scene (or only the cached layer) as needing a re-render.
    void invalidate_scene() { scene_dirty_ = true; }
    void invalidate_layer() { layer_dirty_ = true; }

private:
    void install_event_hooks();
    void frame();
    void rebuild_fonts();
    void start_layout();
    void apply_pending_actions(double now);
    void update_scene_and_layer();
    void build_ui();
    void handle_shortcuts();

    // Lifetime order: members are destroyed bottom-up, workers first, GLFW last.
    GlfwSession glfw_;
    Window window_;
    std::optional<ImGuiLayer> imgui_;
    FontSet fonts_;
    std::unique_ptr<SceneLayer> layer_;

    Corpus corpus_;
    std::vector<Vec2> positions_;
    Diagnostics diagnostics_;
    std::string status_;
    std::vector<Vec2> label_sizes_;

    UiState ui_;
    ExploreData explore_; // graph, filter masks, search indexes (derived from corpus_ and ui_.filter)
    ActionQueue actions_;
    SceneView view_;
    CanvasInput input_;
    HoverTarget overlay_hover_;
    std::optional<CameraAnimation> animation_;
    FrameStats stats_;
    bool ok_ = false;
    std::string error_;
    bool scene_dirty_ = true, layer_dirty_ = true, fonts_dirty_ = true, fit_pending_ = true;
    bool event_seen_ = true;
    int busy_frames_ = 3; // frames still to render after the last event (ImGui settles in two)

    MainQueue queue_;
    std::jthread loader_;
    std::jthread layout_;
};

} // namespace kg::app
