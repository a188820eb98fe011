// App: the commands panels ask for (open, views, curation, files) and corrections to the graph.
#include "ui/app.hpp"

#include "common/overloaded.hpp"
#include "explore/view_store.hpp"
#include "session/carry_over.hpp"
#include "session/correction_builders.hpp"
#include "session/view_state.hpp"

#include <GLFW/glfw3.h>

#include <variant>

namespace kg::app {
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
                if (auto name = store.save(saved_view_of(ui_, corpus_, c.name, positions_,
                                                         explore_.filter.node_visible),
                                           diagnostics)) {
                    touch_recent_view(files_.settings(), *name, diagnostics);
                    report("Saved view '" + *name + "' to " + store.file_for(*name).string());
                    ui_.show_save_view = false;
                    ui_.new_entities.clear(); // saved: the analyst has taken them in
                    stale_.mark(Stale::Scene);
                }
            },
            [&](const LoadView& c) {
                std::optional<SavedView> view = store.load(c.name, diagnostics);
                if (!view) return;
                drop_missing_ids(*view, corpus_, store.file_for(c.name).string(), diagnostics);
                apply_saved_view(*view, corpus_, ui_, positions_);
                touch_recent_view(files_.settings(), c.name, diagnostics);
                stale_.mark(Stale::Scene | Stale::Layer | Stale::Session);
                report("Loaded view '" + c.name + "'");
            },
            [&](const RenameView& c) {
                if (store.rename(c.from, c.to, diagnostics)) {
                    forget_recent_view(files_.settings(), c.from, diagnostics,
                                       sanitize_view_name(c.to));
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
                if (!curation_ || !ui_.selection.link ||
                    *ui_.selection.link >= corpus_.links.size())
                    return;
                const std::uint32_t reviewed = *ui_.selection.link;
                const Link& l = corpus_.links[reviewed];
                const std::string source = corpus_.entities[l.source].id,
                                  target = corpus_.entities[l.target].id;
                const LinkKind kind = l.kind;
                correct(link_review_correction(corpus_, reviewed, c.accept));
                // Links stay sorted, so the next one to review follows the accepted link, or
                // takes the rejected one's index.
                std::optional<std::uint32_t> after;
                if (c.accept)
                    after = find_link(corpus_, source, target, kind);
                else if (reviewed > 0)
                    after = reviewed - 1;
                explore_.refilter(corpus_, ui_.filter, curation_->report().link_review);
                const auto next = next_unreviewed_link(corpus_, curation_->report().link_review,
                                                       explore_.filter.link_visible, after);
                ui_.selection = {};
                if (next) ui_.selection.link = *next;
                report(next ? "Next unreviewed link" : "Every visible link is reviewed");
            },
            [&](const Quit&) {
                stale_.mark(Stale::Session); // the map as it is now, whatever was saved before
                save_session_now();
                glfwSetWindowShouldClose(window_.get(), GLFW_TRUE);
            },
        },
        command);
    if (!diagnostics.empty()) {
        report(format_diagnostic(diagnostics.back()));
        report_problems(diagnostics);
    }
    const bool views_changed =
        std::holds_alternative<SaveView>(command) || std::holds_alternative<LoadView>(command) ||
        std::holds_alternative<RenameView>(command) || std::holds_alternative<DeleteView>(command);
    if (views_changed)
        refresh_views(); // the views folder and the recent list, not on every correction
    stale_.mark(Stale::Session);
    stale_.mark(Stale::Events);
}

// One correction: the session re-applies the overlay and autosaves the curation file; the graph
// keeps its layout (new entities appear beside their neighbours). An alias or a merge reaches
// sentences not yet matched only by extracting again, which then runs in the background.
void App::correct(Correction correction) {
    if (!curation_) return;
    Diagnostics diagnostics;
    const std::string what = describe_correction(correction);
    const CorrectionOutcome outcome = curation_->apply(std::move(correction), diagnostics);
    workspace_.message =
        outcome.applied ? what : what + " (does not apply: " + outcome.reason + ")";
    report_problems(diagnostics);
    ui_.new_entities.clear(); // the analyst has moved on: new entities are no longer marked
    set_corpus(curation_->corpus(), Placement::Keep);
    reextract_if_needed();
}

// Aliases, merges and splits reach sentences not matched yet only through extraction: run it in
// the background, keeping every position (new entities appear beside their neighbours).
void App::reextract_if_needed() {
    if (curation_ && curation_->needs_reextraction()) start_loading(Placement::Keep);
}

} // namespace kg::app
