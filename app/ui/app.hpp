// The interactive application. Owns its subsystems in lifetime order (GLFW, window + GL,
// ImGui, fonts, renderer, state, workers) and runs the frame loop of style.md.
#pragma once

#include "common/diagnostics.hpp"
#include "curation/curation_session.hpp"
#include "gl/frame_damage.hpp"
#include "gl/image.hpp"
#include "gl/scene_layer.hpp"
#include "gl/window_present.hpp"
#include "layout/layout_worker.hpp"
#include "platform/fonts.hpp"
#include "platform/glfw_window.hpp"
#include "platform/imgui_layer.hpp"
#include "platform/main_queue.hpp"
#include "session/actions.hpp"
#include "session/corpus_source.hpp"
#include "session/explore_data.hpp"
#include "session/scene_view.hpp"
#include "session/ui_state.hpp"
#include "session/user_files.hpp"
#include "ui/canvas_input.hpp"
#include "ui/canvas_note.hpp"
#include "ui/export_file.hpp"
#include "ui/panels/panel_context.hpp"
#include "ui/stale.hpp"
#include "view/figure_size.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace kg::app {

struct AppOptions {
    // The window a view's camera belongs to when its file does not say (view-json.md).
    int width = kDefaultFigureWidth;
    int height = kDefaultFigureHeight;
    bool visible = true;
    // Where the window system keeps the back buffer (a software rasterizer with
    // GLX_MESA_copy_sub_buffer), a frame repaints and presents only what changed. Off: every
    // frame composites everything and swaps.
    bool partial_present = true;
};

class App {
  public:
    explicit App(const AppOptions& options);
    ~App();

    // False (with error()) when no window or GL 3.3 context could be made.
    bool ok() const { return ok_; }
    const std::string& error() const { return error_; }

    // Loads `source` on a worker (with progress), applies its curation, lays the graph out on
    // another worker and restores the corpus's autosaved session; the window stays live.
    // `user_files` is where views, settings and sessions live (tests point it at a temp folder).
    void open(CorpusSource source, UserFiles user_files = {user_data_dir()});
    // Adds files or folders to the corpus: re-extracts in the background and keeps the layout
    // of what was there (File > Add, drag and drop).
    void add_paths(const std::vector<std::filesystem::path>& paths);
    // Shows a graph directly (tests and benchmarks): no loading, no layout, no curation.
    void show(Corpus corpus, std::vector<Vec2> positions);
    // True while articles load or the graph is laid out.
    bool busy() const { return workspace_.progress >= 0.0f || !status_.empty(); }
    // Writes the session now if anything changed since the last write (also done when idle).
    void save_session_now();

    // True once the user asked to quit (File > Quit, Ctrl+Q, the window's close button).
    bool closing() const;
    // Runs frames until the window closes, or for at most `max_seconds` when given.
    void run(std::optional<double> max_seconds = std::nullopt);
    // Renders exactly one frame now (tests and benchmarks), idle or not.
    void render_frame();

    const FrameStats& stats() const { return stats_; }
    const Corpus& corpus() const { return corpus_; }
    const std::vector<Vec2>& positions() const { return positions_; }
    const Diagnostics& diagnostics() const { return diagnostics_; }
    const WorkspaceInfo& workspace() const { return workspace_; }
    const ExploreData& explore() const { return explore_; }
    // The cached scene layer as an image (tests compare it with the core's picking).
    Image capture_layer() const;
    UiState& ui() { return ui_; }
    const SceneView& view() const { return view_; }
    const CanvasInput& canvas_input() const { return input_; }
    ActionQueue& actions() { return actions_; }
    // Marks the cached layer as needing a complete re-render.
    void invalidate_layer() { stale_.mark(Stale::Layer | Stale::LayerFull); }
    // The frame as last composited, read from the back buffer (top-down RGBA8). Only meaningful
    // while stats().partial_present: a swap leaves the back buffer undefined.
    Image capture_frame() const;
    // Composites the whole window again from the last frame's layer, overlay and ImGui draw
    // data, without presenting (tests: a damage frame must equal this, pixel for pixel).
    void repaint_frame();
    // What the canvas says instead of a graph when nothing usable loaded (why, what to do).
    std::optional<CanvasNote> canvas_note() const;
    // Framebuffer pixels the side panel covers on the left of the canvas (0 when hidden).
    float side_panel_px() const;
    // Framebuffer pixels the reader pane covers on the right of the canvas (0 when closed).
    float reader_px() const;

  private:
    void install_event_hooks();
    // `work`: a frame for an event, an animation or a test; false for the frame that only brings
    // the overview's readout up to date once the user has paused.
    void frame(bool work = true);
    // At the start of a frame: the overview's readout takes the last frame's numbers when its
    // period has passed.
    void refresh_readout();
    double readout_due_s() const { return stats_.readout.at_s + FrameStats::kReadoutPeriod_s; }
    void rebuild_fonts();
    enum class Placement { Fresh, Warm, Keep };
    void start_loading(Placement placement);
    void adopt(LoadedCorpus loaded, Diagnostics diagnostics, Placement placement);
    void set_corpus(Corpus next, Placement placement);
    void start_layout(std::vector<Vec2> initial);
    // Main thread, on each of the layout worker's snapshots: progress, or the final positions.
    void take_layout();
    void open_on_default_filter();
    void restore_session();
    void refresh_views();
    void run_command(AppCommand command);
    void announce_export(const ExportFile& request); // export_run.cpp
    void run_export(const ExportFile& request);
    void correct(Correction correction);
    void reextract_if_needed();
    void report_problems(const Diagnostics& diagnostics);
    void apply_pending_actions(double now);
    void update_scene_and_layer();
    void composite_and_present(const Vec2& viewport);
    void build_ui();
    void handle_shortcuts();

    // Lifetime order: members are destroyed bottom-up, workers first, GLFW last.
    GlfwSession glfw_;
    Window window_;
    std::optional<ImGuiLayer> imgui_;
    FontSet fonts_;
    std::unique_ptr<SceneLayer> layer_;
    std::unique_ptr<FigureRenderer> figure_renderer_; // export dialog's PNG path, made on first use
    // An export the dialog asked for, run once its "Exporting ..." line has been on screen (an 8K
    // PNG blocks the main thread for seconds); the frames it still waits.
    std::optional<ExportFile> pending_export_;
    int pending_export_frames_ = 0;
    std::optional<WindowPresenter> presenter_;

    Corpus corpus_;
    std::vector<Vec2> positions_;
    CorpusSource source_;
    std::optional<CurationSession> curation_;
    UserFiles files_;
    WorkspaceInfo workspace_;
    std::vector<std::filesystem::path> session_key_; // the inputs the user named: the session's key
    std::optional<SavedView> pending_view_; // the autosaved session's view, applied after layout
    Diagnostics diagnostics_;
    std::string status_;
    std::vector<LabelBoxes> label_sizes_;

    UiState ui_;
    ExploreData
        explore_; // graph, filter masks, search indexes (derived from corpus_ and ui_.filter)
    ActionQueue actions_;
    SceneView view_;
    CanvasInput input_;
    HoverTarget overlay_hover_;
    std::optional<PixelRect> drawn_overlay_; // the overlay's extent in the last presented frame
    DamageRegion damage_;
    ImGuiDamage ui_damage_;
    std::optional<CameraAnimation> animation_;
    FrameStats stats_;
    bool ok_ = false;
    std::string error_;
    StaleSet stale_;      // what the next frame must redo
    int busy_frames_ = 3; // frames still to render after the last event (ImGui settles in two)

    MainQueue queue_;
    std::jthread loader_;
    // Lays out on its own thread; the App takes the final positions of the generation it asked
    // for (0: none wanted) and shows the progress of the rest.
    std::unique_ptr<LayoutWorker> layout_;
    std::uint64_t layout_generation_ = 0;
    bool layout_fresh_ = true; // the wanted layout starts from nothing: fit the camera to it
};

} // namespace kg::app
