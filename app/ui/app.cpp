// [SECTION] setup  [SECTION] frame loop  [SECTION] scene
// Loading and layout: app_loading.cpp; panel commands and corrections: app_commands.cpp.
#include "ui/app.hpp"

#include "gl/label_text.hpp"
#include "session/apply_actions.hpp"
#include "ui/canvas_callouts.hpp"
#include "ui/escape_key.hpp"
#include "ui/hover_tooltip.hpp"
#include "ui/link_budget_hint.hpp"
#include "ui/panels/export_dialog.hpp"
#include "ui/panels/panel_registry.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>

namespace kg::app {
namespace {

double now_s() {
    return glfwGetTime();
}

App* app_of(GLFWwindow* w) {
    return static_cast<App*>(glfwGetWindowUserPointer(w));
}

constexpr std::size_t kMaxTextBytesForGlyphs = 8u << 20;

} // namespace

// [SECTION] setup

float App::side_panel_px() const {
    if (!ui_.show_side_panel) return 0.0f;
    const ImGuiIO& io = ImGui::GetIO();
    // Before the first frame ImGui knows no display size: the camera's viewport is the window.
    const float scale = io.DisplayFramebufferScale.x > 0 ? io.DisplayFramebufferScale.x : 1.0f;
    const float display_w = io.DisplaySize.x > 0 ? io.DisplaySize.x : ui_.camera.viewport.x / scale;
    return side_panel_width(ui_, display_w) * scale;
}

float App::reader_px() const {
    if (!ui_.reader) return 0.0f;
    const ImGuiIO& io = ImGui::GetIO();
    const float scale = io.DisplayFramebufferScale.x > 0 ? io.DisplayFramebufferScale.x : 1.0f;
    const float display_w = io.DisplaySize.x > 0 ? io.DisplaySize.x : ui_.camera.viewport.x / scale;
    return reader_pane_width(ui_, display_w, side_panel_px() / scale) * scale;
}

App::App(const AppOptions& options)
    : window_(options.width, options.height, "kgviz", options.visible) {
    if (!glfw_.ok()) {
        error_ = glfw_.error();
        return;
    }
    if (!window_.ok()) {
        error_ = window_.error();
        return;
    }
    install_event_hooks(); // before ImGui, which chains to our callbacks
    imgui_.emplace(window_.get());
    layer_ = SceneLayer::create(error_);
    if (!layer_) return;
    presenter_.emplace(window_.get(), options.partial_present);
    stats_.partial_present = presenter_->partial();
    queue_.set_wake([] { glfwPostEmptyEvent(); });
    ok_ = true;
}

App::~App() {
    // Stop the workers before the queue and GL go away; their results are dropped.
    layout_.reset();
    loader_ = {};
    save_session_now();
}

void App::install_event_hooks() {
    glfwSetWindowUserPointer(window_.get(), this);
    // Any input or window event means the next frames may look different.
    glfwSetCursorPosCallback(window_.get(), [](GLFWwindow* w, double, double) {
        app_of(w)->stale_.mark(Stale::Events);
    });
    glfwSetMouseButtonCallback(
        window_.get(), [](GLFWwindow* w, int, int, int) { app_of(w)->stale_.mark(Stale::Events); });
    glfwSetScrollCallback(window_.get(), [](GLFWwindow* w, double, double) {
        app_of(w)->stale_.mark(Stale::Events);
    });
    glfwSetKeyCallback(window_.get(), [](GLFWwindow* w, int, int, int, int) {
        app_of(w)->stale_.mark(Stale::Events);
    });
    glfwSetCharCallback(window_.get(),
                        [](GLFWwindow* w, unsigned int) { app_of(w)->stale_.mark(Stale::Events); });
    glfwSetWindowFocusCallback(window_.get(),
                               [](GLFWwindow* w, int) { app_of(w)->stale_.mark(Stale::Events); });
    glfwSetCursorEnterCallback(window_.get(),
                               [](GLFWwindow* w, int) { app_of(w)->stale_.mark(Stale::Events); });
    glfwSetFramebufferSizeCallback(window_.get(), [](GLFWwindow* w, int, int) {
        app_of(w)->stale_.mark(Stale::Events);
        app_of(w)->stale_.mark(Stale::Layer);
        app_of(w)->stale_.mark(Stale::Frame);
    });
    // The window's pixels were lost (exposed): present all of them again.
    glfwSetWindowRefreshCallback(window_.get(), [](GLFWwindow* w) {
        app_of(w)->stale_.mark(Stale::Events);
        app_of(w)->stale_.mark(Stale::Frame);
    });
    // Files dropped on the window join the corpus (File > Add does the same).
    glfwSetDropCallback(window_.get(), [](GLFWwindow* w, int count, const char** paths) {
        std::vector<std::filesystem::path> dropped(paths, paths + count);
        app_of(w)->actions_.push(OpenPaths{std::move(dropped), false});
        app_of(w)->stale_.mark(Stale::Events);
    });
}

// [SECTION] frame loop

bool App::closing() const {
    return glfwWindowShouldClose(window_.get());
}

void App::run(std::optional<double> max_seconds) {
    const double end = max_seconds ? now_s() + *max_seconds : 0.0;
    while (ok_ && !glfwWindowShouldClose(window_.get())) {
        // Pending events here: a frame that asked for more (an announced export) must not wait.
        const bool busy = busy_frames_ > 0 || animation_.has_value() || stale_.any(Stale::Events);
        if (busy) {
            glfwPollEvents();
        } else {
            // Idle: no CPU until an event, the deadline, or the one frame that brings the
            // overview's readout up to date.
            double wait = std::numeric_limits<double>::infinity();
            if (max_seconds) {
                wait = end - now_s();
                if (wait <= 0) break;
            }
            if (stale_.any(Stale::Readout))
                wait = std::min(wait, std::max(0.0, readout_due_s() - now_s()));
            if (wait <= 0.0)
                glfwPollEvents(); // GLFW refuses a zero timeout
            else if (std::isfinite(wait))
                glfwWaitEventsTimeout(wait);
            else
                glfwWaitEvents();
        }
        if (max_seconds && now_s() >= end) break;
        if (queue_.drain() > 0) stale_.mark(Stale::Events);
        if (stale_.any(Stale::Events)) {
            busy_frames_ = 3;
            stale_.clear(Stale::Events);
        }
        if (busy_frames_ > 0 || animation_)
            frame();
        else if (stale_.any(Stale::Readout) && now_s() >= readout_due_s())
            frame(false);
        if (busy_frames_ > 0) --busy_frames_;
        if (busy_frames_ == 0 && !animation_) save_session_now(); // the user paused: keep the state
    }
}

void App::render_frame() {
    queue_.drain();
    frame();
}

// A frame repaints what changed since the last one: the whole window after a layer render (pan,
// zoom, scene change), a resize or an expose; otherwise only the rectangles the hover overlay
// and ImGui's changed triangles cover (the rest of the back buffer still holds the last frame's
// pixels: WindowPresenter::partial()). Each rectangle is a complete composite: layer, overlay,
// ImGui, in that order, so its pixels equal a full frame's.
void App::composite_and_present(const Vec2& viewport) {
    ImGui::Render();
    ImDrawData& ui = *ImGui::GetDrawData();
    const Theme& frame_theme = theme(ui_.style.theme);
    const int h = int(viewport.y);
    damage_.reset(int(viewport.x), h);
    if (stale_.any(Stale::Frame) || !presenter_->partial() || !imgui_clip_exact(ui))
        damage_.add_all();
    const std::optional<PixelRect> overlay = overlay_screen_rect(layer_->overlay(), ui_.camera);
    if (stale_.any(Stale::Overlay) || !(overlay == drawn_overlay_)) {
        if (drawn_overlay_) damage_.add(*drawn_overlay_);
        if (overlay) damage_.add(*overlay);
    }
    ui_damage_.diff(ui, damage_); // also on full frames: it keeps this frame's triangles
    const std::vector<PixelRect> rects = damage_.rects();
    if (damage_.full()) {
        layer_->composite(ui_.camera, frame_theme);
        render_imgui(ui);
    } else {
        for (const PixelRect& r : rects) {
            layer_->composite_in(r, ui_.camera, frame_theme);
            render_imgui_in(ui, r);
        }
    }
    if (!rects.empty()) presenter_->present(rects, h);
    drawn_overlay_ = overlay;
    stale_.clear(Stale::Overlay | Stale::Frame);
    stats_.composited_px = damage_.area();
    stats_.damage_rects = rects.size();
}

void App::repaint_frame() {
    layer_->composite(ui_.camera, theme(ui_.style.theme));
    if (ImDrawData* ui = ImGui::GetDrawData()) render_imgui(*ui);
}

Image App::capture_frame() const {
    Image image;
    image.width = int(ui_.camera.viewport.x);
    image.height = int(ui_.camera.viewport.y);
    image.rgba = read_window_rgba(image.width, image.height);
    return image;
}

Image App::capture_layer() const {
    Image image;
    image.width = layer_->target().width();
    image.height = layer_->target().height();
    image.rgba = layer_->read_rgba(); // screen order, also while a pan has moved the origin
    return image;
}

void App::rebuild_fonts() {
    std::vector<std::string_view> names;
    names.reserve(corpus_.entities.size());
    for (const Entity& e : corpus_.entities) {
        names.push_back(e.name);
        for (const std::string& alias : e.aliases)
            names.push_back(alias); // the inspector lists them
    }
    // The reader and the inspector show article text: its glyphs (Chinese quotes in the seeds)
    // join the atlas while the corpus is small enough for the scan and the atlas to stay cheap.
    std::size_t text_bytes = 0;
    for (const Document& d : corpus_.documents) text_bytes += d.text.size();
    if (text_bytes <= kMaxTextBytesForGlyphs)
        for (const Document& d : corpus_.documents) {
            names.push_back(d.title);
            names.push_back(d.text);
        }
    fonts_.build(*ImGui::GetIO().Fonts, names);
    for (const std::string& w : fonts_.warnings) std::fprintf(stderr, "%s\n", w.c_str());
    imgui_->rebuild_font_texture();
    stale_.mark(Stale::Frame); // every glyph on screen may have moved in the atlas
    ImGui::GetIO().FontDefault = fonts_.ui;
    stale_.clear(Stale::Fonts);
    label_sizes_.clear(); // measured with the old atlas
    stale_.mark(Stale::Layer | Stale::LayerFull);
}

void App::refresh_readout() {
    const double now = now_s();
    if (now < readout_due_s()) return;
    stats_.readout = {stats_.frame_ms, stats_.scene_ms, stats_.frames, now};
    stale_.clear(Stale::Readout);
}

void App::frame(bool work) {
    const auto t0 = std::chrono::steady_clock::now();
    refresh_readout();
    int fb_w = 0, fb_h = 0, win_w = 0, win_h = 0;
    window_.framebuffer_size(fb_w, fb_h);
    window_.window_size(win_w, win_h);
    // HiDPI: glyphs are baked at framebuffer pixels (re-baked when the window changes monitor)
    // and ImGui lays the UI out in window units, so text stays sharp at any scale.
    const float fb_scale = win_w > 0 && fb_w > 0 ? float(fb_w) / float(win_w) : 1.0f;
    if (fb_scale != fonts_.scale) {
        fonts_.scale = fb_scale;
        stale_.mark(Stale::Fonts);
    }
    if (stale_.any(Stale::Fonts)) rebuild_fonts();
    ImGui::GetIO().FontGlobalScale = 1.0f / fonts_.scale;
    const Vec2 viewport{float(std::max(fb_w, 1)), float(std::max(fb_h, 1))};
    if (!(ui_.camera.viewport == viewport)) {
        ui_.camera.viewport = viewport;
        stale_.mark(Stale::Layer | Stale::Frame);
    }

    imgui_->new_frame();
    build_ui();
    apply_pending_actions(now_s());
    update_scene_and_layer();

    // Composite: the cached layer, then the hover overlay, then ImGui.
    const HoverTarget hover = input_.hover;
    if (!(hover == overlay_hover_)) {
        layer_->upload_overlay(build_hover_overlay(view_.scene(), hover, theme(ui_.style.theme)));
        overlay_hover_ = hover;
        stale_.mark(Stale::Overlay);
    }
    composite_and_present(viewport);
    ++stats_.frames;
    stats_.frame_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (work) stale_.mark(Stale::Readout);
}

void App::build_ui() {
    const float pixel_ratio = ImGui::GetIO().DisplayFramebufferScale.x > 0
                                  ? ImGui::GetIO().DisplayFramebufferScale.x
                                  : 1.0f;
    explore_.build(corpus_);
    explore_.update_paths(corpus_, ui_.path_from, ui_.path_to);
    const PanelContext ctx{corpus_, stats_, diagnostics_, status_, &explore_, &workspace_};
    handle_shortcuts();
    const float menu_height = draw_main_menu(ctx, ui_, actions_);
    stats_.panel_sections = ui_.show_side_panel
                                ? draw_side_panel(ctx, ui_, actions_, menu_height,
                                                  ImGui::GetIO().DisplaySize.y - menu_height)
                                : 0;
    if (std::optional<CanvasNote> note = canvas_note())
        draw_canvas_note(*note, side_panel_px() / pixel_ratio);
    draw_reader_pane(ctx, ui_, actions_, menu_height, ImGui::GetIO().DisplaySize.y - menu_height);
    draw_shortcuts_window(ctx, ui_, actions_);
    draw_open_dialog(ctx, ui_, actions_);
    draw_save_view_window(ctx, ui_, actions_);
    draw_export_dialog(ctx, ui_, actions_);
    const std::vector<CanvasCallout> callouts =
        layout_canvas_callouts(ui_, view_.scene(), pixel_ratio);
    draw_canvas_callouts(callouts, theme(ui_.style.theme));
    input_.callouts = callout_hits(callouts);
    draw_note_editor(ui_, actions_);
    handle_canvas_input(input_, view_, ui_, pixel_ratio, actions_);
    draw_canvas_menu(input_, ui_, actions_);
    if (input_.drag.kind == CanvasDrag::Kind::None)
        draw_hover_tooltip(corpus_, &explore_.filter, view_.scene(), input_.hover);
    draw_link_budget_hint(stats_, side_panel_px() / pixel_ratio);
    if (auto box = box_select_rect(input_, pixel_ratio)) {
        const Rgba s = theme(ui_.style.theme).selection;
        ImDrawList* list = ImGui::GetForegroundDrawList();
        list->AddRectFilled({box->first.x, box->first.y}, {box->second.x, box->second.y},
                            IM_COL32(s.r, s.g, s.b, 40));
        list->AddRect({box->first.x, box->first.y}, {box->second.x, box->second.y},
                      IM_COL32(s.r, s.g, s.b, 200));
    }
}

std::optional<CanvasNote> App::canvas_note() const {
    if (busy() || !corpus_.entities.empty()) return std::nullopt;
    return app::canvas_note(corpus_, source_.inputs, diagnostics_);
}

// Ctrl+F search, Ctrl+O open, Ctrl+S save the view, Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) undo and
// redo corrections, F1 lists the shortcuts (Help window), F9 hides the side panel, Esc closes
// the topmost menu or window.
void App::handle_shortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    auto ctrl = [&](int key) { return io.KeyCtrl && ImGui::IsKeyPressed(key, false); };
    if (ctrl(GLFW_KEY_F)) actions_.push(FocusSearch{true});
    if (ctrl(GLFW_KEY_O)) actions_.push(ShowOpenDialog{true});
    if (ctrl(GLFW_KEY_S)) actions_.push(ShowSaveView{true});
    if (ctrl(GLFW_KEY_E)) actions_.push(ShowExportDialog{true});
    if (ctrl(GLFW_KEY_Q)) actions_.push(AppCommand{Quit{}});
    if (!io.WantTextInput) {
        if (ctrl(GLFW_KEY_Z) && !io.KeyShift) actions_.push(UndoCorrection{});
        if (ctrl(GLFW_KEY_Y) || (ctrl(GLFW_KEY_Z) && io.KeyShift)) actions_.push(RedoCorrection{});
    }
    if (ImGui::IsKeyPressed(GLFW_KEY_F1, false)) actions_.push(ShowShortcuts{!ui_.show_shortcuts});
    if (ImGui::IsKeyPressed(GLFW_KEY_F9, false)) actions_.push(ShowSidePanel{!ui_.show_side_panel});
    input_.escape_taken =
        ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false) && close_topmost_on_escape(ui_, actions_);
    // F, L, A, R and an Esc that closed nothing are the canvas's (canvas_input.cpp), taken only
    // when no box has the keyboard.
}

// [SECTION] scene

void App::apply_pending_actions(double now) {
    if (pending_export_ && --pending_export_frames_ <= 0) {
        run_export(*pending_export_);
        pending_export_.reset();
        stale_.mark(
            Stale::Frame); // it drew with this context: repaint the window whole, to be safe
        stale_.mark(Stale::Events); // frames to show the outcome
    }
    std::vector<Action> actions = actions_.take();
    for (Action& a : actions)
        if (AppCommand* command = std::get_if<AppCommand>(&a))
            run_command(std::move(*command));
        else if (const ExportFile* e = std::get_if<ExportFile>(&a))
            announce_export(*e);
    ApplyContext ctx{corpus_, positions_, view_.scene().bounds};
    ctx.covered_left_px = side_panel_px();
    ctx.covered_right_px = reader_px();
    const Changes changes = apply_actions(std::move(actions), ui_, ctx);
    if (changes.scene || changes.view) stale_.mark(Stale::Session);
    if (changes.scene) stale_.mark(Stale::Scene);
    if (changes.view) stale_.mark(Stale::Layer);
    if (changes.animate_to) animation_ = CameraAnimation{ui_.camera, *changes.animate_to, now};
    if (animation_) {
        ui_.camera = animation_->at(now);
        stale_.mark(Stale::Layer);
        if (animation_->finished(now)) animation_.reset();
    }
}

void App::update_scene_and_layer() {
    if (stale_.any(Stale::Scene)) {
        // The filter hides nodes; positions are kept, so nodes that stay do not move (warm start).
        const std::span<const ReviewState> review =
            curation_ ? std::span<const ReviewState>(curation_->report().link_review)
                      : std::span<const ReviewState>();
        explore_.refilter(corpus_, ui_.filter, review);
        view_.rebuild(corpus_, positions_, ui_, &explore_.filter);
        layer_->upload_scene(view_.scene());
        overlay_hover_ = {HoverTarget::Kind::Node,
                          ~0u}; // force the overlay to follow the new scene
        if (stale_.any(Stale::Fit) && !view_.scene().nodes.empty()) {
            ui_.camera = fit_visible_canvas(view_.scene().bounds, ui_.camera.viewport,
                                            side_panel_px(), 40.0f, reader_px());
            stale_.clear(Stale::Fit);
        }
        stale_.clear(Stale::Scene);
        stale_.mark(Stale::Layer);
    }
    // A pan that ended (no drag) left labels only where they were placed: one full render.
    if (!stale_.any(Stale::Layer) && layer_->panned() && input_.drag.kind != CanvasDrag::Kind::Pan)
        stale_.mark(Stale::Layer);
    if (!stale_.any(Stale::Layer)) return;
    const auto t0 = std::chrono::steady_clock::now();
    const Theme& layer_theme = theme(ui_.style.theme);
    const GLuint atlas = GLuint(reinterpret_cast<std::uintptr_t>(ImGui::GetIO().Fonts->TexID));
    // Panning shifts the layer and draws only the exposed strips (labels keep their placement).
    layer_->set_edge_mode(choose_edge_mode(view_.scene(), ui_.camera));
    if (!stale_.any(Stale::LayerFull) && layer_->can_pan_to(ui_.camera, layer_theme)) {
        if (std::string err = layer_->render_panned(ui_.camera, layer_theme, atlas); !err.empty())
            status_ = err;
        stats_.scene_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count();
        ++stats_.scene_renders;
        stale_.clear(Stale::Layer);
        stale_.mark(Stale::Frame); // the layer moved under the whole window
        return;
    }
    // The label font is baked at fonts_.scale; glyph metrics only need the rest of the way.
    const float pixel_ratio = ImGui::GetIO().DisplayFramebufferScale.x > 0
                                  ? ImGui::GetIO().DisplayFramebufferScale.x
                                  : 1.0f;
    const float scale = pixel_ratio / fonts_.scale;
    if (label_sizes_.size() != corpus_.entities.size())
        label_sizes_ = measure_labels(*fonts_.label, corpus_, scale);
    // Labels under the side panel or the reader could not be read: they go beside the node
    // where it is free, or not at all.
    std::vector<ScreenBox> callouts;
    for (const CanvasCallout& c : layout_canvas_callouts(ui_, view_.scene(), pixel_ratio))
        callouts.push_back({c.layout.box.x0 * pixel_ratio, c.layout.box.y0 * pixel_ratio,
                            c.layout.box.x1 * pixel_ratio, c.layout.box.y1 * pixel_ratio});
    view_.place(ui_.camera, label_sizes_, ui_.show_labels, side_panel_px(), reader_px(),
                ui_.label_offsets, pixel_ratio, callouts);
    layer_->upload_labels(layout_label_glyphs(*fonts_.label, scale, corpus_,
                                              view_.scene().node_entity, view_.labels()));
    if (std::string err = layer_->render(ui_.camera, layer_theme, atlas); !err.empty())
        status_ = err;
    stats_.labels = view_.labels().size();
    stats_.thin_lines = layer_->edge_mode().thin_lines;
    stats_.links_in_view = layer_->scene_buffers().links_in_view();
    stats_.links_drawn = layer_->scene_buffers().links_drawn();
    ++stats_.scene_renders;
    stats_.scene_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    stale_.clear(Stale::Layer | Stale::LayerFull);
    stale_.mark(Stale::Frame);
}

} // namespace kg::app
