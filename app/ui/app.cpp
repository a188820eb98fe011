// [SECTION] setup  [SECTION] loading and layout  [SECTION] frame loop  [SECTION] scene
#include "ui/app.hpp"

#include "ui/apply_actions.hpp"
#include "ui/graph_positions.hpp"
#include "ui/hover_tooltip.hpp"
#include "ui/label_text.hpp"
#include "ui/panels/panel_registry.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <chrono>
#include <cstdio>

namespace kg::app {
namespace {

double now_s() { return glfwGetTime(); }

App* app_of(GLFWwindow* w) { return static_cast<App*>(glfwGetWindowUserPointer(w)); }

constexpr float kSidePanelWidth = 300.0f;

} // namespace

// [SECTION] setup

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
    queue_.set_wake([] { glfwPostEmptyEvent(); });
    ok_ = true;
}

App::~App() {
    // Stop the workers before the queue and GL go away; their results are dropped.
    layout_ = {};
    loader_ = {};
}

void App::install_event_hooks() {
    glfwSetWindowUserPointer(window_.get(), this);
    // Any input or window event means the next frames may look different.
    glfwSetCursorPosCallback(window_.get(), [](GLFWwindow* w, double, double) { app_of(w)->event_seen_ = true; });
    glfwSetMouseButtonCallback(window_.get(), [](GLFWwindow* w, int, int, int) { app_of(w)->event_seen_ = true; });
    glfwSetScrollCallback(window_.get(), [](GLFWwindow* w, double, double) { app_of(w)->event_seen_ = true; });
    glfwSetKeyCallback(window_.get(), [](GLFWwindow* w, int, int, int, int) { app_of(w)->event_seen_ = true; });
    glfwSetCharCallback(window_.get(), [](GLFWwindow* w, unsigned int) { app_of(w)->event_seen_ = true; });
    glfwSetWindowFocusCallback(window_.get(), [](GLFWwindow* w, int) { app_of(w)->event_seen_ = true; });
    glfwSetCursorEnterCallback(window_.get(), [](GLFWwindow* w, int) { app_of(w)->event_seen_ = true; });
    glfwSetFramebufferSizeCallback(window_.get(), [](GLFWwindow* w, int, int) {
        app_of(w)->event_seen_ = true;
        app_of(w)->layer_dirty_ = true;
    });
    glfwSetWindowRefreshCallback(window_.get(), [](GLFWwindow* w) { app_of(w)->event_seen_ = true; });
}

// [SECTION] loading and layout

void App::load(Loader loader) {
    status_ = "Loading articles...";
    loader_ = std::jthread([this, loader = std::move(loader)](std::stop_token stop) {
        Diagnostics diagnostics;
        // Exceptions never cross the thread edge: they become a diagnostic.
        Corpus corpus;
        try {
            corpus = loader(stop, diagnostics);
        } catch (const std::exception& e) {
            diagnostics.push_back({"(loading)", e.what()});
        }
        if (stop.stop_requested()) return;
        queue_.post([this, c = std::move(corpus), d = std::move(diagnostics)]() mutable {
            diagnostics_ = std::move(d);
            for (const Diagnostic& diag : diagnostics_) std::fprintf(stderr, "%s\n", format_diagnostic(diag).c_str());
            corpus_ = std::move(c);
            explore_.reset();
            positions_.assign(corpus_.entities.size(), Vec2{});
            // A new corpus: keep the camera and style, drop marks that point at old entities.
            UiState fresh;
            fresh.camera = ui_.camera;
            fresh.style = ui_.style;
            ui_ = std::move(fresh);
            fonts_dirty_ = scene_dirty_ = true;
            start_layout();
        });
    });
}

void App::start_layout() {
    status_ = "Laying out the graph...";
    LayoutGraph graph = layout_graph_of(corpus_);
    layout_ = std::jthread([this, graph = std::move(graph)](std::stop_token stop) {
        std::vector<Vec2> positions;
        try {
            LayoutOptions options;
            positions = compute_layout(graph, options, WorkControl{stop, {}});
        } catch (const std::exception& e) {
            queue_.post([this, what = std::string(e.what())] { status_ = "Layout failed: " + what; });
            return;
        }
        if (stop.stop_requested()) return;
        queue_.post([this, p = std::move(positions)]() mutable {
            if (p.size() != corpus_.entities.size()) return; // a stale result for another corpus
            positions_ = std::move(p);
            for (const auto& [e, pos] : ui_.pinned) positions_[e] = pos;
            status_.clear();
            scene_dirty_ = fit_pending_ = true;
        });
    });
}

void App::show(Corpus corpus, std::vector<Vec2> positions) {
    corpus_ = std::move(corpus);
    explore_.reset();
    positions_ = std::move(positions);
    positions_.resize(corpus_.entities.size());
    status_.clear();
    fonts_dirty_ = scene_dirty_ = fit_pending_ = true;
    event_seen_ = true;
}

// [SECTION] frame loop

void App::run(std::optional<double> max_seconds) {
    const double end = max_seconds ? now_s() + *max_seconds : 0.0;
    while (ok_ && !glfwWindowShouldClose(window_.get())) {
        const bool busy = busy_frames_ > 0 || animation_.has_value();
        if (busy) {
            glfwPollEvents();
        } else if (max_seconds) {
            const double left = end - now_s();
            if (left <= 0) break;
            glfwWaitEventsTimeout(left); // idle: no CPU until an event or the deadline
        } else {
            glfwWaitEvents();
        }
        if (max_seconds && now_s() >= end) break;
        if (queue_.drain() > 0) event_seen_ = true;
        if (event_seen_) {
            busy_frames_ = 3;
            event_seen_ = false;
        }
        if (busy_frames_ > 0 || animation_) frame();
        if (busy_frames_ > 0) --busy_frames_;
    }
}

void App::render_frame() {
    queue_.drain();
    frame();
}

Image App::capture_layer() const {
    Image image;
    image.width = layer_->target().width();
    image.height = layer_->target().height();
    image.rgba = layer_->target().read_rgba();
    return image;
}

void App::rebuild_fonts() {
    std::vector<std::string_view> names;
    names.reserve(corpus_.entities.size());
    for (const Entity& e : corpus_.entities) names.push_back(e.name);
    fonts_.build(*ImGui::GetIO().Fonts, names);
    for (const std::string& w : fonts_.warnings) std::fprintf(stderr, "%s\n", w.c_str());
    imgui_->rebuild_font_texture();
    ImGui::GetIO().FontDefault = fonts_.ui;
    fonts_dirty_ = false;
    label_sizes_.clear(); // measured with the old atlas
    layer_dirty_ = true;
}

void App::frame() {
    const auto t0 = std::chrono::steady_clock::now();
    if (fonts_dirty_) rebuild_fonts();
    int fb_w = 0, fb_h = 0, win_w = 0, win_h = 0;
    window_.framebuffer_size(fb_w, fb_h);
    window_.window_size(win_w, win_h);
    const Vec2 viewport{float(std::max(fb_w, 1)), float(std::max(fb_h, 1))};
    if (!(ui_.camera.viewport == viewport)) {
        ui_.camera.viewport = viewport;
        layer_dirty_ = true;
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
    }
    layer_->composite(ui_.camera, theme(ui_.style.theme));
    imgui_->render();
    glfwSwapBuffers(window_.get());
    ++stats_.frames;
    stats_.frame_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

void App::build_ui() {
    const float pixel_ratio = ImGui::GetIO().DisplayFramebufferScale.x > 0 ? ImGui::GetIO().DisplayFramebufferScale.x : 1.0f;
    explore_.build(corpus_);
    const PanelContext ctx{corpus_, stats_, diagnostics_, status_, &explore_};
    handle_shortcuts();
    if (ui_.show_side_panel) draw_side_panel(ctx, ui_, actions_, ImGui::GetIO().DisplaySize.y);
    draw_reader_window(ctx, ui_, actions_);
    draw_shortcuts_window(ctx, ui_, actions_);
    handle_canvas_input(input_, view_, ui_, pixel_ratio, actions_);
    if (input_.drag.kind == CanvasDrag::Kind::None) draw_hover_tooltip(corpus_, view_.scene(), input_.hover);
    if (auto box = box_select_rect(input_, pixel_ratio)) {
        const Rgba s = theme(ui_.style.theme).selection;
        ImDrawList* list = ImGui::GetForegroundDrawList();
        list->AddRectFilled({box->first.x, box->first.y}, {box->second.x, box->second.y}, IM_COL32(s.r, s.g, s.b, 40));
        list->AddRect({box->first.x, box->first.y}, {box->second.x, box->second.y}, IM_COL32(s.r, s.g, s.b, 200));
    }
}

// Ctrl+F search, F1 lists the shortcuts (Help window).
void App::handle_shortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_F, false)) actions_.push(FocusSearch{true});
    if (ImGui::IsKeyPressed(GLFW_KEY_F1, false)) actions_.push(ShowShortcuts{!ui_.show_shortcuts});
    // F, L and Esc are the canvas's (canvas_input.cpp), taken only when no box has the keyboard.
}

// [SECTION] scene

void App::apply_pending_actions(double now) {
    ApplyContext ctx{corpus_, positions_, view_.scene().bounds};
    const Changes changes = apply_actions(actions_.take(), ui_, ctx);
    scene_dirty_ = scene_dirty_ || changes.scene;
    layer_dirty_ = layer_dirty_ || changes.view;
    if (changes.animate_to) animation_ = CameraAnimation{ui_.camera, *changes.animate_to, now};
    if (animation_) {
        ui_.camera = animation_->at(now);
        layer_dirty_ = true;
        if (animation_->finished(now)) animation_.reset();
    }
}

void App::update_scene_and_layer() {
    if (scene_dirty_) {
        // The filter hides nodes; positions are kept, so nodes that stay do not move (warm start).
        if (explore_.refilter(corpus_, ui_.filter))
            ui_.visible = ui_.filter == FilterSpec{} ? std::vector<std::uint8_t>{} : explore_.filter.node_visible;
        view_.rebuild(corpus_, positions_, ui_);
        layer_->upload_scene(view_.scene());
        overlay_hover_ = {HoverTarget::Kind::Node, ~0u}; // force the overlay to follow the new scene
        if (fit_pending_ && !view_.scene().nodes.empty()) {
            // Fit the area right of the side panel.
            const float left = ui_.show_side_panel ? kSidePanelWidth * ImGui::GetIO().DisplayFramebufferScale.x : 0.0f;
            ui_.camera = fit_camera_in(view_.scene().bounds, ui_.camera.viewport, {left + 40, 40},
                                       {ui_.camera.viewport.x - 40, ui_.camera.viewport.y - 40});
            fit_pending_ = false;
        }
        scene_dirty_ = false;
        layer_dirty_ = true;
    }
    if (!layer_dirty_) return;
    const auto t0 = std::chrono::steady_clock::now();
    const float scale = ImGui::GetIO().DisplayFramebufferScale.x > 0 ? ImGui::GetIO().DisplayFramebufferScale.x : 1.0f;
    if (label_sizes_.size() != corpus_.entities.size()) label_sizes_ = measure_labels(*fonts_.label, corpus_, scale);
    view_.place(ui_.camera, label_sizes_, ui_.show_labels);
    layer_->upload_labels(layout_label_glyphs(*fonts_.label, scale, corpus_, view_.scene().node_entity, view_.labels()));
    layer_->set_edge_mode(choose_edge_mode(view_.scene(), ui_.camera));
    const GLuint atlas = GLuint(reinterpret_cast<std::uintptr_t>(ImGui::GetIO().Fonts->TexID));
    if (std::string err = layer_->render(ui_.camera, theme(ui_.style.theme), atlas); !err.empty())
        status_ = err;
    stats_.labels = view_.labels().size();
    stats_.thin_lines = layer_->edge_mode().thin_lines;
    ++stats_.scene_renders;
    stats_.scene_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    layer_dirty_ = false;
}

} // namespace kg::app
