// App: opening a corpus and adding articles (loaded on a worker), laying it out (on the layout
// worker, warm-started from the positions on screen), the session and the views list.
#include "ui/app.hpp"

#include "explore/view_store.hpp"
#include "filter/prominence.hpp"
#include "session/carry_over.hpp"
#include "session/graph_positions.hpp"
#include "session/view_state.hpp"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <unordered_set>

namespace kg::app {
namespace {

// New nodes keep this many node spacings from every other node: more than two of the largest
// radii (0.3 spacing each), so they never overlap.
constexpr float kNewNodeClearance = 0.7f;

} // namespace

void App::open(CorpusSource source, UserFiles user_files) {
    files_ = std::move(user_files);
    // The session is keyed by what the user named; it may list articles added since.
    Diagnostics diagnostics;
    pending_view_.reset();
    if (std::optional<Session> session =
            load_session(files_.session_for(source.inputs), diagnostics)) {
        add_inputs(source, session->inputs);
        pending_view_ = std::move(session->view);
        // The panel is the analyst's workspace, not the map: back at once, before the first fit.
        if (session->panels) {
            actions_.push(ShowSidePanel{session->panels->side_shown});
            actions_.push(ResizeSidePanel{session->panels->side_width});
            actions_.push(ResizeReader{session->panels->reader_width});
        }
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
    stale_.mark(Stale::Session);
    start_loading(Placement::Warm);
}

void App::start_loading(Placement placement) {
    status_ = "Loading articles...";
    workspace_.inputs = source_.inputs;
    workspace_.progress = 0.0f;
    workspace_.progress_stage.clear();
    // A layout of the old corpus is of no use now.
    if (layout_) layout_->cancel();
    layout_generation_ = 0;
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
            CorpusLoad how;
            how.curate_after_extraction = false; // the CurationSession applies the rest
            loaded = load_corpus(source, how, diagnostics, control);
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
        const bool known =
            std::any_of(diagnostics_.begin(), diagnostics_.end(), [&](const Diagnostic& k) {
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
    curation_.emplace(std::move(loaded.corpus), std::move(loaded.curation),
                      std::move(loaded.curation_file));
    if (previous && placement != Placement::Fresh) curation_->keep_redo_of(*previous);
    workspace_.curation = &*curation_;
    const std::size_t added = corpus_.documents.size();
    set_corpus(curation_->corpus(), placement);
    if (placement == Placement::Warm)
        workspace_.message =
            "Added articles: " +
            std::to_string(corpus_.documents.size() - std::min(added, corpus_.documents.size())) +
            " new, " + std::to_string(corpus_.documents.size()) + " in all";
}

void App::set_corpus(Corpus next, Placement placement) {
    Corpus old = std::exchange(corpus_, std::move(next));
    std::vector<Vec2> carried = carry_positions(old, positions_, corpus_);
    ui_ = carry_ui_state(ui_, old, corpus_);
    // New names need glyphs in the atlas (a rename, an article in another script).
    std::unordered_set<std::string_view> known;
    for (const Entity& e : old.entities) known.insert(e.name);
    for (const Entity& e : corpus_.entities)
        if (!known.contains(e.name)) stale_.mark(Stale::Fonts);
    if (old.documents.size() != corpus_.documents.size()) stale_.mark(Stale::Fonts);
    explore_.reset();
    label_sizes_.clear();
    stale_.mark(Stale::Scene);
    if (placement == Placement::Fresh) {
        open_on_default_filter();
        positions_.assign(corpus_.entities.size(), Vec2{});
        // The map of the last session: its entities keep their places, only new ones are laid
        // out (around them), so a reopened corpus looks as the analyst left it.
        std::vector<Vec2> saved;
        if (pending_view_ && !pending_view_->positions.empty())
            saved = positions_from_view(*pending_view_, corpus_);
        if (std::none_of(saved.begin(), saved.end(), has_position)) saved.clear(); // another corpus
        start_layout(std::move(saved));
        return;
    }
    std::vector<Vec2> initial = carried;
    if (placement == Placement::Warm) {
        // From an added article: ringed on the canvas until the next correction or save.
        ui_.new_entities.clear();
        for (std::size_t i = 0; i < carried.size(); ++i)
            if (!has_position(carried[i])) ui_.new_entities.push_back(EntityIndex(i));
    }
    place_beside_neighbours(corpus_, carried); // shown until the layout moves them
    keep_clear(carried, ui_.new_entities, kNewNodeClearance * spacing_of(carried));
    positions_ = std::move(carried);
    status_.clear();
    if (placement == Placement::Warm) start_layout(std::move(initial));
}

// A corpus opened afresh shows everything, or a big one its prominence budget; filters the
// analyst set (beyond a budget) carry over, and a restored session's filters win later.
void App::open_on_default_filter() {
    FilterSpec without_budget = ui_.filter;
    without_budget.top_entities = 0;
    without_budget.min_weight = 0.0;
    const bool budget_only = ui_.filter.top_entities > 0 && without_budget == FilterSpec{};
    if (ui_.filter != FilterSpec{} && !budget_only) return;
    explore_.build(corpus_);
    ui_.filter = default_filter(corpus_, explore_.graph);
}

void App::start_layout(std::vector<Vec2> initial) {
    status_ = "Laying out the graph...";
    LayoutGraph graph = layout_graph_of(corpus_);
    LayoutOptions options;
    if (!initial.empty()) {
        // Warm start after added articles: what was there keeps its place (the analyst's mental
        // map), new entities are laid out around it.
        options.pinned.assign(initial.size(), false);
        for (std::size_t i = 0; i < initial.size(); ++i)
            options.pinned[i] = has_position(initial[i]);
        for (const auto& [e, pos] : ui_.pinned)
            if (e < initial.size()) {
                initial[e] = pos;
                options.pinned[e] = true;
            }
        options.initial = std::move(initial);
    }
    layout_fresh_ = options.initial.empty();
    if (!layout_) {
        layout_ = std::make_unique<LayoutWorker>();
        layout_->set_on_publish([this] { queue_.post([this] { take_layout(); }); });
    }
    layout_generation_ = layout_->request(std::move(graph), std::move(options));
}

void App::take_layout() {
    if (!layout_ || layout_generation_ == 0) return;
    const LayoutSnapshot s = layout_->latest();
    if (s.generation != layout_generation_) return;
    if (!s.error.empty()) {
        layout_generation_ = 0;
        status_ = "Layout failed: " + s.error;
        return;
    }
    if (!s.done) {
        status_ = "Laying out the graph... " + std::to_string(int(s.progress * 100.0f)) + "%";
        return;
    }
    layout_generation_ = 0; // taken
    if (!s.positions || s.positions->size() != corpus_.entities.size()) return;
    positions_ = *s.positions;
    for (const auto& [e, pos] : ui_.pinned) positions_[e] = pos;
    // The layout moved only the new nodes; it may still have put one on another.
    if (!layout_fresh_)
        keep_clear(positions_, ui_.new_entities, kNewNodeClearance * spacing_of(positions_));
    status_.clear();
    stale_.mark(Stale::Scene);
    if (layout_fresh_) stale_.mark(Stale::Fit);
    if (pending_view_) restore_session();
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
    stale_.clear(Stale::Fit);
    stale_.mark(Stale::Scene | Stale::Layer);
    workspace_.message = "Restored the last session";
}

void App::save_session_now() {
    if (!stale_.any(Stale::Session) || session_key_.empty() || !curation_) return;
    Session session{source_.inputs, saved_view_of(ui_, corpus_, "session", positions_),
                    PanelLayout{ui_.side_panel_width, ui_.show_side_panel, ui_.reader_width}};
    if (std::string err = save_session(files_.session_for(session_key_), session); !err.empty()) {
        diagnostics_.push_back(
            {files_.session_for(session_key_).string(), "session not saved: " + err});
        workspace_.message = "Session not saved: " + err;
    }
    stale_.clear(Stale::Session);
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
    open_on_default_filter();
    positions_ = std::move(positions);
    positions_.resize(corpus_.entities.size());
    status_.clear();
    stale_.mark(Stale::Fonts | Stale::Scene | Stale::Fit);
    stale_.mark(Stale::Events);
}

} // namespace kg::app
