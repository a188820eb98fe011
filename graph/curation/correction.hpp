// One analyst correction of the extracted graph, and the overlay of all of them (a Curation).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// What a correction does. Ids as written in the curation file are in correction_kind_id().
enum class CorrectionKind : std::uint8_t {
    Merge,          // entity absorbs other (mentions, aliases, links)
    Split,          // mentions of entity found by `values` (aliases) move to a new entity `value`
    Rename,         // entity gets name `value` (the old name stays as an alias)
    SetType,        // entity type id `value`
    SetRegion,      // region ids `values` (a country's first one is its region)
    SetAffiliation, // affiliation entity id `value` ("" clears it)
    AddAlias,       // alias `value`, applied to every article (knowledge base) and found in text
    Hide,           // entity and its links leave the graph
    AcceptLink,     // links between entity and other (kind `value`, "" = any) are reviewed as right
    RejectLink,     // ... are wrong and leave the graph
    AcceptPassage,  // one evidence passage of the entity-other link is right
    RejectPassage,  // ... is wrong: it no longer counts; a link left with none disappears
    Note,           // a note `value` on entity (or on the entity-other link)
    Unknown,        // an entry this version does not understand; kept verbatim in `raw`
};

// A passage identified so that it survives re-extraction and added articles (document ids
// shift): the document's path plus a hash of the sentence text (whitespace-insensitive).
struct PassageRef {
    std::string doc_path;
    std::string hash; // passage_hash() of the sentence
    std::string text; // the sentence, for people reading the file
    friend bool operator==(const PassageRef&, const PassageRef&) = default;
};

struct Correction {
    CorrectionKind kind = CorrectionKind::Note;
    std::string entity; // the target entity id (merge: the one kept; links: one end)
    std::string other;  // merge: the absorbed id; links, passages, link notes: the other end
    std::string value;  // see CorrectionKind
    std::vector<std::string> values; // set-region: region ids; split: the aliases that move
    std::string name;   // merge: the absorbed entity's name; split: the new entity's name
    PassageRef passage; // accept/reject passage
    std::string what;   // human description ("Merge 'Lavrov' into Sergey Lavrov")
    std::string why;    // the analyst's reason, optional
    std::string raw;    // Unknown: the original JSON entry
    friend bool operator==(const Correction&, const Correction&) = default;
};

// The overlay: corrections in the order they were made (later ones see earlier ones' effect).
struct Curation {
    std::vector<Correction> corrections;
    friend bool operator==(const Curation&, const Curation&) = default;
};

// Stable id of a kind as written in the file ("merge", "reject-passage", ...).
std::string_view correction_kind_id(CorrectionKind kind);
std::optional<CorrectionKind> correction_kind_from_id(std::string_view id);

// True for kinds that also change the knowledge base (so they reach new articles).
bool changes_knowledge_base(CorrectionKind kind);

// 16 hex digits of FNV-1a 64 over the text with whitespace runs collapsed and trimmed.
std::string passage_hash(std::string_view sentence);

// Why a correction can never make sense, whatever the corpus: an entity merged into or split into
// itself, affiliated with itself, or a link from an entity to itself. Empty when it is well formed.
// Such corrections are refused everywhere: on load (skipped with a diagnostic), by
// CurationSession::apply, and by both stages of applying.
std::string correction_problem(const Correction& c);

// A one-line description for undo menus and the curation list: `what` when set, else generated.
std::string describe_correction(const Correction& c);

} // namespace kg
