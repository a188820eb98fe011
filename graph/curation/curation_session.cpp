// Undo/redo by re-application from the extracted corpus; autosave through the atomic writer.
#include "curation/curation_session.hpp"

#include "curation/curation_file.hpp"

namespace kg {
namespace {

std::vector<Correction> kb_part(const std::vector<Correction>& list, std::size_t count) {
    std::vector<Correction> out;
    for (std::size_t i = 0; i < count && i < list.size(); ++i)
        if (changes_knowledge_base(list[i].kind)) out.push_back(list[i]);
    return out;
}

} // namespace

CurationSession::CurationSession(Corpus extracted, Curation loaded, std::filesystem::path file)
    : extracted_(std::move(extracted)), history_(std::move(loaded.corrections)),
      cursor_(history_.size()), file_(std::move(file)) {
    extracted_with_ = kb_part(history_, cursor_);
    recompute();
}

Curation CurationSession::active() const {
    Curation c;
    c.corrections.reserve(cursor_);
    for (std::size_t i = 0; i < cursor_; ++i) c.corrections.push_back(history_[i]);
    return c;
}

void CurationSession::recompute() {
    curated_ = extracted_;
    report_ = apply_curation(active(), curated_);
}

void CurationSession::autosave(Diagnostics& diagnostics) const {
    if (file_.empty()) return;
    if (std::string err = save_curation(file_, active()); !err.empty())
        diagnostics.push_back({file_.string(), "curation not saved: " + err});
}

CorrectionOutcome CurationSession::apply(Correction c, Diagnostics& diagnostics) {
    // A correction that can never make sense is refused: not added, not undoable, not saved.
    if (std::string problem = correction_problem(c); !problem.empty()) return {false, problem};
    if (c.what.empty()) c.what = describe_correction(c);
    history_.resize(cursor_);
    history_.push_back(std::move(c));
    ++cursor_;
    recompute();
    autosave(diagnostics);
    return report_.outcomes.back();
}

bool CurationSession::undo(Diagnostics& diagnostics) {
    if (!can_undo()) return false;
    --cursor_;
    recompute();
    autosave(diagnostics);
    return true;
}

bool CurationSession::redo(Diagnostics& diagnostics) {
    if (!can_redo()) return false;
    ++cursor_;
    recompute();
    autosave(diagnostics);
    return true;
}

std::string CurationSession::undo_description() const {
    return can_undo() ? describe_correction(history_[cursor_ - 1]) : std::string();
}

std::string CurationSession::redo_description() const {
    return can_redo() ? describe_correction(history_[cursor_]) : std::string();
}

bool CurationSession::needs_reextraction() const {
    return kb_part(history_, cursor_) != extracted_with_;
}

void CurationSession::keep_redo_of(const CurationSession& previous) {
    if (previous.active() != active()) return;
    history_.insert(history_.end(), previous.history_.begin() + std::ptrdiff_t(previous.cursor_),
                    previous.history_.end());
}

} // namespace kg
