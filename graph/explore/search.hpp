// Search: autocomplete over entity names and aliases (ranked, fuzzy), and passage text search.
#pragma once

#include "model/corpus.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// How a query matched, best first; the ranking tiers of the autocomplete.
enum class MatchKind : std::uint8_t { Exact, Prefix, WordPrefix, Typo, Subsequence };

// One autocomplete suggestion.
struct EntityMatch {
    EntityIndex entity = 0;
    MatchKind kind = MatchKind::Exact;
    std::string matched; // the name or alias that matched, as written in the corpus
    int score = 0;       // higher is better; tiers never overlap
};

// Autocomplete index over names and aliases. Case- and accent-insensitive ("sergei" finds
// "Sergei Lavrov", "nicolas" finds "Nicolás Maduro"), with typos ("lavorv") by edit distance.
class EntitySearch {
  public:
    explicit EntitySearch(const Corpus& corpus);

    // Up to `limit` matches ordered by score, then mentions, then name (deterministic).
    std::vector<EntityMatch> find(std::string_view query, std::size_t limit = 20) const;

  private:
    struct Key {
        std::string folded;
        std::string original;
        EntityIndex entity;
    };
    std::vector<Key> keys_;
    std::vector<std::size_t> mentions_;
    std::vector<std::string> names_;
};

// One sentence that contains the query text.
struct PassageMatch {
    DocIndex doc = 0;
    Span sentence; // the whole sentence (or the surrounding line when the document has none)
    Span match;    // the matched text inside it, in original bytes
};

// Full-text search over document sentences, case- and accent-insensitive, as a phrase.
// Keeps a pointer to the corpus, which must outlive it; rebuild after the corpus changes.
class PassageSearch {
  public:
    explicit PassageSearch(const Corpus& corpus);

    // Sentences containing `query`, in (document, position) order, one per sentence.
    std::vector<PassageMatch> find(std::string_view query, std::size_t limit = 200) const;

  private:
    struct FoldedDoc {
        std::string text;
        std::vector<std::uint32_t> origin;
    };
    const Corpus* corpus_;
    std::vector<FoldedDoc> docs_;
};

// The part of `sentence` (bytes of `text`) to show around `match`: at most about `radius`
// bytes on each side, cut at a space so no word is split (nor a UTF-8 character). A short
// sentence comes back whole.
Span passage_context(std::string_view text, Span sentence, Span match, std::size_t radius = 80);

// Optimal-string-alignment distance (Levenshtein plus adjacent transposition), capped:
// returns `cap + 1` as soon as the distance must exceed `cap`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap);

} // namespace kg
