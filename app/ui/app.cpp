// [SECTION] setup  [SECTION] loading and layout  [SECTION] frame loop  [SECTION] scene
#include "ui/app.hpp"

#include "ui/apply_actions.hpp"
#include "ui/carry_over.hpp"
#include "ui/correction_builders.hpp"
#include "ui/graph_positions.hpp"
#include "ui/hover_tooltip.hpp"
#include "ui/label_text.hpp"
#include "ui/link_budget_hint.hpp"
#include "ui/panels/export_dialog.hpp"
#include "ui/panels/panel_registry.hpp"
#include "ui/view_state.hpp"

#include "explore/view_store.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <unordered_set>

namespace kg::app {
namespace {

double now_s() { return glfwGetTime(); }

App* app_of(GLFWwindow* w) { return static_cast<App*>(glfwGetWindowUserPointer(w)); }

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

constexpr float kSidePanelWidth = 300.0f;
constexpr std::size_t kMaxTextBytesForGlyphs = 8u << 20;

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
    presenter_.emplace(window_.get(), options.partial_present);
    stats_.partial_present = presenter_->partial();
    queue_.set_wake([] { glfwPostEmptyEvent(); });
    ok_ = true;
}

App::~App() {
    // Stop the workers before the queue and GL go away; their results are dropped.
    layout_ = {};
    loader_ = {};
    save_session_now();
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
        app_of(w)->frame_full_ = true;
    });
    // The window's pixels were lost (exposed): present all of them again.
    glfwSetWindowRefreshCallback(window_.get(), [](GLFWwindow* w) {
        app_of(w)->event_seen_ = true;
        app_of(w)->frame_full_ = true;
    });
    // Files dropped on the window join the corpus (File > Add does the same).
    glfwSetDropCallback(window_.get(), [](GLFWwindow* w, int count, const char** paths) {
        std::vector<std::filesystem::path> dropped(paths, paths + count);
        app_of(w)->actions_.push(OpenPaths{std::move(dropped), false});
        app_of(w)->event_seen_ = true;
    });
}

// [SECTION] loading and layout

void App::open(CorpusSource source, UserFiles user_files) {
    files_ = std::move(user_files);
    // The session is keyed by what the user named; it may list articles added since.
    Diagnostics diagnostics;
    pending_view_.reset();
    if (std::optional<Session> session = load_session(files_.session_for(source.inputs), diagnostics)) {
        add_inputs(source, session->inputs);
        pending_view_ = std::move(session->view);
    }
    diagnostics_.clear(); // another corpus: its own problems
    report_problems(diagnostics);
    session_key_ = source.inputs;
    source_ = std::move(source);
    refresh_views();
    start_loading(Placement::Fresh);
}

void App::add_paths(const std::vector<std::filesystem::path>& paths) {
    if (add_inputs(source_, paths) == 0) {
        workspace_.message = "Already in the graph";
        return;
    }
    session_dirty_ = true;
    start_loading(Placement::Warm);
}

void App::start_loading(Placement placement) {
    status_ = "Loading articles...";
    workspace_.inputs = source_.inputs;
    workspace_.progress = 0.0f;
    workspace_.progress_stage.clear();
    layout_ = {}; // a layout of the old corpus is of no use now
    loader_ = std::jthread([this, source = source_, placement](std::stop_token stop) {
        Diagnostics diagnostics;
        LoadedCorpus loaded;
        // Ingest reports from several threads: forward at most one update per percent.
        auto last = std::make_shared<std::atomic<int>>(-1);
        WorkControl control{stop, [this, last](float f, std::string_view stage) {
                                const int percent = int(f * 100.0f);
                                if (last->exchange(percent) == percent) return;
                                queue_.post([this, f, s = std::string(stage)] {
                                    if (workspace_.progress < 0.0f) return;
                                    workspace_.progress = f;
                                    workspace_.progress_stage = s;
                                });
                            }};
        // Exceptions never cross the thread edge: they become a diagnostic.
        try {
            loaded = load_corpus_source(source, diagnostics, control);
        } catch (const std::exception& e) {
            diagnostics.push_back({"(loading)", e.what()});
        }
        if (stop.stop_requested()) return;
        queue_.post([this, l = std::move(loaded), d = std::move(diagnostics), placement]() mutable {
            adopt(std::move(l), std::move(d), placement);
        });
    });
}

// Problems go to stderr and the Problems panel once: a reload (added articles, an alias) reads
// the same bad files again and must not list them twice.
void App::report_problems(const Diagnostics& diagnostics) {
    for (const Diagnostic& d : diagnostics) {
        const bool known = std::any_of(diagnostics_.begin(), diagnostics_.end(), [&](const Diagnostic& k) {
            return k.path == d.path && k.message == d.message;
        });
        if (known) continue;
        std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
        diagnostics_.push_back(d);
    }
}

void App::adopt(LoadedCorpus loaded, Diagnostics diagnostics, Placement placement) {
    report_problems(diagnostics);
    workspace_.progress = -1.0f;
    std::optional<CurationSession> previous = std::move(curation_);
    curation_.emplace(std::move(loaded.extracted), std::move(loaded.curation), std::move(loaded.curation_file));
    if (previous && placement != Placement::Fresh) curation_->keep_redo_of(*previous);
    workspace_.curation = &*curation_;
    const std::size_t added = corpus_.documents.size();
    set_corpus(curation_->corpus(), placement);
    if (placement == Placement::Warm)
        workspace_.message = "Added articles: " + std::to_string(corpus_.documents.size() - std::min(added, corpus_.documents.size())) +
                             " new, " + std::to_string(corpus_.documents.size()) + " in all";
}

void App::set_corpus(Corpus next, Placement placement) {
    Corpus old = std::exchange(corpus_, std::move(next));
    std::vector<Vec2> carried = carry_positions(old, positions_, corpus_);
    ui_ = carry_ui_state(ui_, old, corpus_);
    // New names need glyphs in the atlas (a rename, an article in another script).
    std::unordered_set<std::string_view> known;
    for (const Entity& e : old.entities) known.insert(e.name);
    for (const Entity& e : corpus_.entities) fonts_dirty_ = fonts_dirty_ || !known.contains(e.name);
    fonts_dirty_ = fonts_dirty_ || old.documents.size() != corpus_.documents.size();
    explore_.reset();
    label_sizes_.clear();
    scene_dirty_ = true;
    if (placement == Placement::Fresh) {
        positions_.assign(corpus_.entities.size(), Vec2{});
        start_layout({});
        return;
    }
    std::vector<Vec2> initial = carried;
    place_beside_neighbours(corpus_, carried); // shown until the layout moves them
    positions_ = std::move(carried);
    status_.clear();
    if (placement == Placement::Warm) start_layout(std::move(initial));
}

void App::start_layout(std::vector<Vec2> initial) {
    status_ = "Laying out the graph...";
    LayoutGraph graph = layout_graph_of(corpus_);
    LayoutOptions options;
    if (!initial.empty()) {
        // Warm start after added articles: what was there keeps its place (the analyst's mental
        // map), new entities are laid out around it.
        options.pinned.assign(initial.size(), false);
        for (std::size_t i = 0; i < initial.size(); ++i) options.pinned[i] = has_position(initial[i]);
        for (const auto& [e, pos] : ui_.pinned)
            if (e < initial.size()) {
                initial[e] = pos;
                options.pinned[e] = true;
            }
        options.initial = std::move(initial);
    }
    const bool fresh = options.initial.empty();
    layout_ = std::jthread([this, graph = std::move(graph), options = std::move(options), fresh](std::stop_token stop) {
        std::vector<Vec2> positions;
        try {
            positions = compute_layout(graph, options, WorkControl{stop, {}});
        } catch (const std::exception& e) {
            queue_.post([this, what = std::string(e.what())] { status_ = "Layout failed: " + what; });
            return;
        }
        if (stop.stop_requested()) return;
        queue_.post([this, p = std::move(positions), fresh]() mutable {
            if (p.size() != corpus_.entities.size()) return; // a stale result for another corpus
            positions_ = std::move(p);
            for (const auto& [e, pos] : ui_.pinned) positions_[e] = pos;
            status_.clear();
            scene_dirty_ = true;
            fit_pending_ = fit_pending_ || fresh;
            if (pending_view_) restore_session();
        });
    });
}

// The autosaved view of this corpus, once its layout exists (pins and camera need positions).
void App::restore_session() {
    SavedView view = std::move(*pending_view_);
    pending_view_.reset();
    Diagnostics diagnostics;
    drop_missing_ids(view, corpus_, files_.session_for(session_key_).string(), diagnostics);
    for (Diagnostic& d : diagnostics) d.severity = Diagnostic::Severity::Warning;
    report_problems(diagnostics);
    apply_saved_view(view, corpus_, ui_, positions_);
    fit_pending_ = false;
    scene_dirty_ = layer_dirty_ = true;
    workspace_.message = "Restored the last session";
}

void App::save_session_now() {
    if (!session_dirty_ || session_key_.empty() || !curation_) return;
    Session session{source_.inputs, saved_view_of(ui_, corpus_, "session")};
    if (std::string err = save_session(files_.session_for(session_key_), session); !err.empty()) {
        diagnostics_.push_back({files_.session_for(session_key_).string(), "session not saved: " + err});
        workspace_.message = "Session not saved: " + err;
    }
    session_dirty_ = false;
}

void App::refresh_views() {
    Diagnostics diagnostics;
    const ViewStore store(files_.views());
    workspace_.views = store.list();
    workspace_.views_folder = files_.views();
    workspace_.recent_views = load_recent_views(files_.settings(), diagnostics);
    // A recent view that was deleted outside the app is simply not offered.
    std::erase_if(workspace_.recent_views, [&](const std::string& n) {
        return !std::binary_search(workspace_.views.begin(), workspace_.views.end(), n);
    });
    report_problems(diagnostics);
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
    if (frame_full_ || !presenter_->partial() || !imgui_clip_exact(ui)) damage_.add_all();
    const std::optional<PixelRect> overlay = overlay_screen_rect(layer_->overlay(), ui_.camera);
    if (overlay_changed_ || !(overlay == drawn_overlay_)) {
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
    overlay_changed_ = frame_full_ = false;
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
        for (const std::string& alias : e.aliases) names.push_back(alias); // the inspector lists them
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
    frame_full_ = true; // every glyph on screen may have moved in the atlas
    ImGui::GetIO().FontDefault = fonts_.ui;
    fonts_dirty_ = false;
    label_sizes_.clear(); // measured with the old atlas
    layer_dirty_ = layer_full_ = true;
}

void App::frame() {
    const auto t0 = std::chrono::steady_clock::now();
    int fb_w = 0, fb_h = 0, win_w = 0, win_h = 0;
    window_.framebuffer_size(fb_w, fb_h);
    window_.window_size(win_w, win_h);
    // HiDPI: glyphs are baked at framebuffer pixels (re-baked when the window changes monitor)
    // and ImGui lays the UI out in window units, so text stays sharp at any scale.
    const float fb_scale = win_w > 0 && fb_w > 0 ? float(fb_w) / float(win_w) : 1.0f;
    if (fb_scale != fonts_.scale) {
        fonts_.scale = fb_scale;
        fonts_dirty_ = true;
    }
    if (fonts_dirty_) rebuild_fonts();
    ImGui::GetIO().FontGlobalScale = 1.0f / fonts_.scale;
    const Vec2 viewport{float(std::max(fb_w, 1)), float(std::max(fb_h, 1))};
    if (!(ui_.camera.viewport == viewport)) {
        ui_.camera.viewport = viewport;
        layer_dirty_ = frame_full_ = true;
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
        overlay_changed_ = true;
    }
    composite_and_present(viewport);
    ++stats_.frames;
    stats_.frame_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

void App::build_ui() {
    const float pixel_ratio = ImGui::GetIO().DisplayFramebufferScale.x > 0 ? ImGui::GetIO().DisplayFramebufferScale.x : 1.0f;
    explore_.build(corpus_);
    const PanelContext ctx{corpus_, stats_, diagnostics_, status_, &explore_, &workspace_};
    handle_shortcuts();
    const float menu_height = draw_main_menu(ctx, ui_, actions_);
    if (ui_.show_side_panel) draw_side_panel(ctx, ui_, actions_, menu_height, ImGui::GetIO().DisplaySize.y - menu_height);
    draw_reader_window(ctx, ui_, actions_);
    draw_shortcuts_window(ctx, ui_, actions_);
    draw_open_dialog(ctx, ui_, actions_);
    draw_save_view_window(ctx, ui_, actions_);
    draw_export_dialog(ctx, ui_, actions_);
    handle_canvas_input(input_, view_, ui_, pixel_ratio, actions_);
    if (input_.drag.kind == CanvasDrag::Kind::None) draw_hover_tooltip(corpus_, view_.scene(), input_.hover);
    draw_link_budget_hint(stats_, ui_.show_side_panel ? kSidePanelWidth : 0.0f);
    if (auto box = box_select_rect(input_, pixel_ratio)) {
        const Rgba s = theme(ui_.style.theme).selection;
        ImDrawList* list = ImGui::GetForegroundDrawList();
        list->AddRectFilled({box->first.x, box->first.y}, {box->second.x, box->second.y}, IM_COL32(s.r, s.g, s.b, 40));
        list->AddRect({box->first.x, box->first.y}, {box->second.x, box->second.y}, IM_COL32(s.r, s.g, s.b, 200));
    }
}

// Ctrl+F search, Ctrl+O open, Ctrl+S save the view, Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) undo and
// redo corrections, F1 lists the shortcuts (Help window).
void App::handle_shortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    auto ctrl = [&](int key) { return io.KeyCtrl && ImGui::IsKeyPressed(key, false); };
    if (ctrl(GLFW_KEY_F)) actions_.push(FocusSearch{true});
    if (ctrl(GLFW_KEY_O)) actions_.push(ShowOpenDialog{true});
    if (ctrl(GLFW_KEY_S)) actions_.push(ShowSaveView{true});
    if (ctrl(GLFW_KEY_E)) actions_.push(ShowExportDialog{true});
    if (!io.WantTextInput) {
        if (ctrl(GLFW_KEY_Z) && !io.KeyShift) actions_.push(UndoCorrection{});
        if (ctrl(GLFW_KEY_Y) || (ctrl(GLFW_KEY_Z) && io.KeyShift)) actions_.push(RedoCorrection{});
    }
    if (ImGui::IsKeyPressed(GLFW_KEY_F1, false)) actions_.push(ShowShortcuts{!ui_.show_shortcuts});
    // F, L, A, R and Esc are the canvas's (canvas_input.cpp), taken only when no box has the keyboard.
}

// [SECTION] scene

void App::apply_pending_actions(double now) {
    std::vector<Action> actions = actions_.take();
    for (Action& a : actions)
        if (AppCommand* command = std::get_if<AppCommand>(&a)) run_command(std::move(*command));
        else if (const ExportFile* e = std::get_if<ExportFile>(&a)) {
            run_export(*e);
            frame_full_ = true; // it drew with this context: repaint the window whole, to be safe
        }
    ApplyContext ctx{corpus_, positions_, view_.scene().bounds};
    const Changes changes = apply_actions(std::move(actions), ui_, ctx);
    session_dirty_ = session_dirty_ || changes.scene || changes.view;
    scene_dirty_ = scene_dirty_ || changes.scene;
    layer_dirty_ = layer_dirty_ || changes.view;
    if (changes.animate_to) animation_ = CameraAnimation{ui_.camera, *changes.animate_to, now};
    if (animation_) {
        ui_.camera = animation_->at(now);
        layer_dirty_ = true;
        if (animation_->finished(now)) animation_.reset();
    }
}

void App::run_command(AppCommand command) {
    Diagnostics diagnostics;
    const ViewStore store(files_.views());
    auto report = [&](std::string message) { workspace_.message = std::move(message); };
    std::visit(
        Overloaded{
            [&](OpenPaths& c) {
                if (c.paths.empty()) return;
                if (!c.replace) return add_paths(c.paths);
                save_session_now();
                CorpusSource source = source_;
                source.inputs = std::move(c.paths);
                open(std::move(source), files_);
            },
            [&](const SaveView& c) {
                if (auto name = store.save(saved_view_of(ui_, corpus_, c.name), diagnostics)) {
                    touch_recent_view(files_.settings(), *name, diagnostics);
                    report("Saved view '" + *name + "' to " + store.file_for(*name).string());
                    ui_.show_save_view = false;
                }
            },
            [&](const LoadView& c) {
                std::optional<SavedView> view = store.load(c.name, diagnostics);
                if (!view) return;
                drop_missing_ids(*view, corpus_, store.file_for(c.name).string(), diagnostics);
                apply_saved_view(*view, corpus_, ui_, positions_);
                touch_recent_view(files_.settings(), c.name, diagnostics);
                scene_dirty_ = layer_dirty_ = session_dirty_ = true;
                report("Loaded view '" + c.name + "'");
            },
            [&](const RenameView& c) {
                if (store.rename(c.from, c.to, diagnostics)) {
                    forget_recent_view(files_.settings(), c.from, diagnostics, sanitize_view_name(c.to));
                    report("Renamed view '" + c.from + "' to '" + sanitize_view_name(c.to) + "'");
                }
            },
            [&](const DeleteView& c) {
                if (store.remove(c.name, diagnostics)) {
                    forget_recent_view(files_.settings(), c.name, diagnostics);
                    report("Deleted view '" + c.name + "'");
                }
            },
            [&](ApplyCorrection& c) { correct(std::move(c.correction)); },
            [&](const UndoCorrection&) {
                if (!curation_ || !curation_->can_undo()) return;
                report("Undid: " + curation_->undo_description());
                curation_->undo(diagnostics);
                set_corpus(curation_->corpus(), Placement::Keep);
                reextract_if_needed();
            },
            [&](const RedoCorrection&) {
                if (!curation_ || !curation_->can_redo()) return;
                report("Redid: " + curation_->redo_description());
                curation_->redo(diagnostics);
                set_corpus(curation_->corpus(), Placement::Keep);
                reextract_if_needed();
            },
            [&](const ReviewSelectedLink& c) {
                if (!curation_ || !ui_.selection.link || *ui_.selection.link >= corpus_.links.size()) return;
                const std::uint32_t reviewed = *ui_.selection.link;
                const Link& l = corpus_.links[reviewed];
                const std::string source = corpus_.entities[l.source].id, target = corpus_.entities[l.target].id;
                const LinkKind kind = l.kind;
                correct(link_review_correction(corpus_, reviewed, c.accept));
                // Links stay sorted, so the next one to review follows the accepted link, or
                // takes the rejected one's index.
                std::optional<std::uint32_t> after;
                if (c.accept) after = find_link(corpus_, source, target, kind);
                else if (reviewed > 0) after = reviewed - 1;
                explore_.refilter(corpus_, ui_.filter, curation_->report().link_review);
                const auto next = next_unreviewed_link(corpus_, curation_->report().link_review,
                                                       explore_.filter.link_visible, after);
                ui_.selection = {};
                if (next) ui_.selection.link = *next;
                report(next ? "Next unreviewed link" : "Every visible link is reviewed");
            },
        },
        command);
    if (!diagnostics.empty()) {
        report(format_diagnostic(diagnostics.back()));
        report_problems(diagnostics);
    }
    const bool views_changed = std::holds_alternative<SaveView>(command) || std::holds_alternative<LoadView>(command) ||
                               std::holds_alternative<RenameView>(command) || std::holds_alternative<DeleteView>(command);
    if (views_changed) refresh_views(); // the views folder and the recent list, not on every correction
    session_dirty_ = true;
    event_seen_ = true;
}

// One correction: the session re-applies the overlay and autosaves the curation file; the graph
// keeps its layout (new entities appear beside their neighbours). An alias or a merge reaches
// sentences not yet matched only by extracting again, which then runs in the background.
void App::correct(Correction correction) {
    if (!curation_) return;
    Diagnostics diagnostics;
    const std::string what = describe_correction(correction);
    const CorrectionOutcome outcome = curation_->apply(std::move(correction), diagnostics);
    workspace_.message = outcome.applied ? what : what + " (does not apply: " + outcome.reason + ")";
    report_problems(diagnostics);
    set_corpus(curation_->corpus(), Placement::Keep);
    reextract_if_needed();
}

// Aliases, merges and splits reach sentences not matched yet only through extraction: run it in
// the background, keeping every position (new entities appear beside their neighbours).
void App::reextract_if_needed() {
    if (curation_ && curation_->needs_reextraction()) start_loading(Placement::Keep);
}

void App::update_scene_and_layer() {
    if (scene_dirty_) {
        // The filter hides nodes; positions are kept, so nodes that stay do not move (warm start).
        const std::span<const ReviewState> review =
            curation_ ? std::span<const ReviewState>(curation_->report().link_review) : std::span<const ReviewState>();
        if (explore_.refilter(corpus_, ui_.filter, review)) {
            const bool all = ui_.filter == FilterSpec{};
            ui_.visible = all ? std::vector<std::uint8_t>{} : explore_.filter.node_visible;
            ui_.visible_links = all ? std::vector<std::uint8_t>{} : explore_.filter.link_visible;
        }
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
    // A pan that ended (no drag) left labels only where they were placed: one full render.
    if (!layer_dirty_ && layer_->panned() && input_.drag.kind != CanvasDrag::Kind::Pan) layer_dirty_ = true;
    if (!layer_dirty_) return;
    const auto t0 = std::chrono::steady_clock::now();
    const Theme& layer_theme = theme(ui_.style.theme);
    const GLuint atlas = GLuint(reinterpret_cast<std::uintptr_t>(ImGui::GetIO().Fonts->TexID));
    // Panning shifts the layer and draws only the exposed strips (labels keep their placement).
    layer_->set_edge_mode(choose_edge_mode(view_.scene(), ui_.camera));
    if (!layer_full_ && layer_->can_pan_to(ui_.camera, layer_theme)) {
        if (std::string err = layer_->render_panned(ui_.camera, layer_theme, atlas); !err.empty()) status_ = err;
        stats_.scene_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        ++stats_.scene_renders;
        layer_dirty_ = false;
        frame_full_ = true; // the layer moved under the whole window
        return;
    }
    // The label font is baked at fonts_.scale; glyph metrics only need the rest of the way.
    const float pixel_ratio = ImGui::GetIO().DisplayFramebufferScale.x > 0 ? ImGui::GetIO().DisplayFramebufferScale.x : 1.0f;
    const float scale = pixel_ratio / fonts_.scale;
    if (label_sizes_.size() != corpus_.entities.size()) label_sizes_ = measure_labels(*fonts_.label, corpus_, scale);
    // Labels under the side panel could not be read: they go right of the node or not at all.
    const float covered_left = ui_.show_side_panel ? kSidePanelWidth * pixel_ratio : 0.0f;
    view_.place(ui_.camera, label_sizes_, ui_.show_labels, covered_left);
    layer_->upload_labels(layout_label_glyphs(*fonts_.label, scale, corpus_, view_.scene().node_entity, view_.labels()));
    if (std::string err = layer_->render(ui_.camera, layer_theme, atlas); !err.empty())
        status_ = err;
    stats_.labels = view_.labels().size();
    stats_.thin_lines = layer_->edge_mode().thin_lines;
    stats_.links_in_view = layer_->scene_buffers().links_in_view();
    stats_.links_drawn = layer_->scene_buffers().links_drawn();
    ++stats_.scene_renders;
    stats_.scene_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    layer_dirty_ = layer_full_ = false;
    frame_full_ = true;
}

} // namespace kg::app
