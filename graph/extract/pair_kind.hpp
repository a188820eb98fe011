// The relation between two entities named in one sentence: its kind for that pair (not for the
// whole sentence) and, where the sentence gives one, its direction. Shallow rules over the words
// between and around the two mentions; see docs/extraction.md ("Kinds per pair").
#pragma once

#include "model/document.hpp"
#include "model/taxonomy.hpp"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace kg {

// A relation cue word of the sentence (link_cues.json): cooperation, tension or meeting.
struct KindCue {
    Span span;
    LinkKind kind = LinkKind::CoMention;
};

// One mention in the sentence of the entity with local number `entity`.
struct NamedSpan {
    Span span;
    std::uint32_t entity = 0;
    bool can_speak =
        false; // an analyst or other person: "X said ..." makes X a speaker, not a party
    bool individual = false; // a person or leader (not a country or organization)
};

// The kind of one pair and who acts on whom: direction +1 first -> second (the order asked),
// -1 second -> first, 0 none stated.
struct PairRelation {
    LinkKind kind = LinkKind::CoMention;
    std::int8_t direction = 0;
    friend bool operator==(const PairRelation&, const PairRelation&) = default;
};

// Decides pair relations for one sentence. `text` is the document text; the spans lie inside
// `sentence`; `mentions` are sorted by start; `cues` are sorted by start.
class SentenceRelations {
  public:
    SentenceRelations(std::string_view text, Span sentence, std::span<const NamedSpan> mentions,
                      std::span<const KindCue> cues);

    // Whether a sentence is small enough for pair rules (their cost grows with the square of its
    // mentions and with its length): real sentences are; a 10 MB line of names is not.
    static bool fits(Span sentence, std::size_t mentions, std::size_t entities) {
        return sentence.size() <= kMaxBytes && mentions <= kMaxMentions && entities <= kMaxEntities;
    }
    static constexpr std::uint32_t kMaxBytes = 4096;
    static constexpr std::size_t kMaxMentions = 128, kMaxEntities = 32;

    // The relation of entity `a` to entity `b` (local numbers; a != b, both mentioned).
    PairRelation relation(std::uint32_t a, std::uint32_t b) const;

    // The most frequent cue kind of the whole sentence (ties: cooperation, tension, meeting), or
    // co-mention: what the sentence is about, for links to issue areas.
    LinkKind sentence_kind() const;
    static LinkKind sentence_kind(std::span<const KindCue> cues);

  private:
    // One token of the sentence (see each_token in pair_kind.cpp) with what the rules ask of it.
    struct Token {
        std::uint32_t start, end;
        std::uint32_t words_before;   // counted words (not lone punctuation marks) before it
        std::uint32_t clauses_before; // clause words (clause_word) before it
        bool dash; // a dash of several bytes: a query starting inside it is scanned, not indexed
    };
    void index_tokens() const;
    // Counted words and whether a clause word lies in text[from, to): what each_token over that
    // range finds. A range of a few words is scanned; a longer one is answered from the
    // sentence's tokens (binary search and prefix counts), indexed on the first such question.
    struct Tally {
        std::uint32_t words = 0;
        bool clause = false;
    };
    Tally tally(std::uint32_t from, std::uint32_t to) const;
    std::uint32_t word_count(std::uint32_t from, std::uint32_t to) const {
        return tally(from, to).words;
    }

    struct Cue {
        Span span;
        LinkKind kind;
        mutable std::int8_t directed = -1; // -1 not decided yet (see directed())
        std::uint32_t end_max;             // the latest end among the cues up to this one
        mutable std::int8_t negated = -1;  // -1 not decided yet (see negated())
    };
    // The index of the first cue starting at or after pos.
    std::size_t first_starting_at(std::uint32_t pos) const;
    // The last cue (by start) that ends at most four words before pos and passes pred(cue, tally
    // of the words between).
    template <typename Pred> const Cue* last_near_before(std::uint32_t pos, Pred&& pred) const;
    bool negated(const Cue& c) const;
    bool directed(const Cue& c) const; // directed_cue(), decided on first use
    LinkKind stated_kind(const Cue& c) const;
    int joint(std::size_t a, std::size_t b) const;
    bool coordinated(std::size_t x, std::size_t y) const;
    bool speaker(std::size_t m) const; // speaks(m), decided once per mention
    bool speaks(std::size_t m) const;
    // `none` is set where the words state that the pair does nothing together ("have not
    // coordinated"): no sentence majority then.
    PairRelation group_kind(std::size_t x, std::size_t y, bool& none) const;
    PairRelation between_kind(std::size_t x, std::size_t y, bool& none) const;
    PairRelation near_kind(std::size_t x, std::size_t y) const;
    bool apposition(std::size_t x, std::size_t y) const;
    bool role_list(std::size_t x, std::size_t y) const;
    LinkKind stated_majority() const;
    std::uint32_t contrast_end(std::uint32_t from, std::uint32_t to) const;
    bool meeting_about(const Cue& meeting, const Cue& topic) const;
    bool partner_before(std::uint32_t from, std::uint32_t to) const;
    bool new_clause_between(std::uint32_t from, std::uint32_t to) const;
    bool role_of_before(std::size_t m) const;
    bool compared_or_own(std::size_t x, std::size_t y) const;
    bool reciprocal_after(std::uint32_t pos) const; // "each other", "one another"
    bool opposed(const Cue& c) const; // a tension cue whose act the words before oppose
    bool clause_break(std::uint32_t from, std::uint32_t to) const;
    bool comma_between(std::uint32_t from, std::uint32_t to) const;

    // An aside of the sentence, from its comma to the mark that closes it (or the sentence end): a
    // relative clause (", which ...", ", who ..."), a participle with its agent (", backed by
    // X,") or an apposition after a name (", a close ally of Y,"). It speaks of the name before
    // it, not of the names around it.
    struct Aside {
        std::uint32_t start, end;
        bool after_name; // its antecedent is a name ("Oman, which ..."), not a noun ("The talks,
                         // ...")
    };
    const std::vector<Aside>& asides() const; // found on first use
    const Aside* aside_at(std::uint32_t pos) const;
    bool in_aside_between(const Cue& c, std::uint32_t from, std::uint32_t to) const;
    LinkKind main_clause_majority() const; // stated_majority() of the cues in no aside

    std::string_view text_;
    Span sentence_;
    std::span<const NamedSpan> mentions_;
    std::vector<Cue> cues_; // sorted by start
    LinkKind sentence_kind_ = LinkKind::CoMention;
    mutable std::int8_t stated_majority_ = -1; // -1 not decided yet (see stated_majority())
    mutable std::int8_t main_majority_ = -1;   // -1 not decided yet (see main_clause_majority())
    mutable bool asides_found_ = false;
    mutable std::vector<Aside> asides_;
    // The tokens from the first span's start to the last one's end, built on first use, then
    // the end of the last as a token of its own (the counts of all).
    std::uint32_t lo_ = 0, hi_ = 0;
    mutable bool indexed_ = false;
    mutable std::vector<Token> tokens_;
    mutable std::vector<std::uint32_t> commas_; // byte offsets of ',' in [lo_, hi_)
    // Mention indexes by local entity, in text order: those of entity e are
    // by_entity_[first_of_[e], first_of_[e + 1]). Whether each mention speaks (-1: not decided).
    std::vector<std::uint32_t> by_entity_, first_of_;
    mutable std::vector<std::int8_t> speaks_;
};

} // namespace kg
