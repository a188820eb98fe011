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
    struct Cue {
        Span span;
        LinkKind kind;
        bool directed;
        mutable std::int8_t negated = -1; // -1 not decided yet (see negated())
    };
    bool negated(const Cue& c) const;
    LinkKind stated_kind(const Cue& c) const;
    int joint(std::size_t a, std::size_t b) const;
    bool coordinated(std::size_t x, std::size_t y) const;
    bool speaker(std::size_t m) const;
    PairRelation group_kind(std::size_t x, std::size_t y) const;
    PairRelation between_kind(std::size_t x, std::size_t y) const;
    PairRelation near_kind(std::size_t x, std::size_t y) const;
    bool clause_break(std::uint32_t from, std::uint32_t to) const;
    bool comma_between(std::uint32_t from, std::uint32_t to) const;

    std::string_view text_;
    Span sentence_;
    std::span<const NamedSpan> mentions_;
    std::vector<Cue> cues_;
};

} // namespace kg
