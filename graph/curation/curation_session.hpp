// Interactive curation: apply, undo and redo corrections, with the file saved after each step.
#pragma once

#include "common/diagnostics.hpp"
#include "curation/apply_curation.hpp"

#include <filesystem>

namespace kg {

// Owns the extracted corpus (with the knowledge-base part of the loaded curation already in it)
// and the corrections. Each step re-applies the active corrections to a copy of the extracted
// corpus, so undo is exact and a correction never depends on indices. The copy shares the
// documents (model/documents.hpp): a step copies entities and links, never the text.
class CurationSession {
  public:
    // `extracted` came from a knowledge base patched with apply_to_knowledge_base(`loaded`).
    // `file` is where autosave writes (empty = no autosave).
    CurationSession(Corpus extracted, Curation loaded, std::filesystem::path file);

    const Corpus& corpus() const { return curated_; }        // what the panels show
    const CurationReport& report() const { return report_; } // indexed like corpus()
    Curation active() const;                                 // corrections in effect now
    const std::filesystem::path& file() const { return file_; }

    // Adds a correction (dropping anything that could be redone), re-applies and autosaves.
    // Returns the correction's outcome (a correction that does not apply is still kept). A
    // correction that can never make sense (correction_problem(), e.g. a self-merge) is refused:
    // nothing changes, and the outcome says why.
    CorrectionOutcome apply(Correction c, Diagnostics& diagnostics);
    bool can_undo() const { return cursor_ > 0; }
    bool can_redo() const { return cursor_ < history_.size(); }
    // Undo/redo one step; false when there is nothing to undo/redo.
    bool undo(Diagnostics& diagnostics);
    bool redo(Diagnostics& diagnostics);
    // Descriptions for "Undo ..." / "Redo ..." menu items; empty when unavailable.
    std::string undo_description() const;
    std::string redo_description() const;
    // True when the corrections that change the knowledge base differ from the ones the corpus
    // was extracted with: aliases then reach text only after re-extraction (offer a reload).
    bool needs_reextraction() const;
    // After re-extraction a new session starts from the file; this keeps `previous`'s redo steps
    // when both have the same corrections in effect (so undo, re-extract, redo still works).
    void keep_redo_of(const CurationSession& previous);

  private:
    void recompute();
    void autosave(Diagnostics& diagnostics) const;

    Corpus extracted_;
    std::vector<Correction> history_; // [0, cursor_) active, [cursor_, end) redoable
    std::size_t cursor_ = 0;
    std::vector<Correction> extracted_with_; // knowledge-base corrections at extraction time
    std::filesystem::path file_;
    Corpus curated_;
    CurationReport report_;
};

} // namespace kg
