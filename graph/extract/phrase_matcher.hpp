// A byte trie of phrases anchored at word starts: leftmost-longest matching over cleaned text.
// Used for entity aliases (case and boundary rules) and for topic and link cues (inflections).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// How a phrase's letters must agree with the text.
enum class PhraseCase : std::uint8_t {
    Insensitive, // "energy": any case
    Capitalized, // "Beijing": first letter upper case, the rest any case ("BEIJING" too)
    Exact,       // "US", "SCO": exactly as written (acronyms)
    Acronym,     // "BRICS": exactly, or with an upper-case first letter ("BRICs", "Nato")
};

// What may follow a phrase before the word boundary.
enum class PhraseTail : std::uint8_t {
    None,    // the boundary comes right after the phrase
    Plural,  // an optional "s" ("Americans")
    Inflect, // an optional regular ending: s, es, ed, d, ing
    Prefix,  // any further word characters ("sanction*")
    Open,    // no boundary needed (a hyphen prefix such as "Sino-")
};

struct Phrase {
    std::string text;
    std::uint32_t value = 0; // caller's payload, reported back with each match
    PhraseCase casing = PhraseCase::Insensitive;
    PhraseTail tail = PhraseTail::None;
};

struct PhraseMatch {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    std::uint32_t phrase = 0; // index into the matcher's phrases
};

class PhraseMatcher {
  public:
    PhraseMatcher() = default;
    // Builds the trie; a space in a phrase matches any run of spaces, or one hyphen, in the text.
    explicit PhraseMatcher(std::vector<Phrase> phrases);

    // Appends the leftmost-longest, non-overlapping matches in `text` (offsets relative to it).
    // Every phrase that accepts the chosen longest span is reported, in phrase order.
    void find_all(std::string_view text, std::vector<PhraseMatch>& out) const;

    // The longest match that starts exactly at `pos` (a word start), or false.
    bool match_at(std::string_view text, std::size_t pos, std::vector<PhraseMatch>& out) const;

    const Phrase& phrase(std::uint32_t i) const { return phrases_[i]; }
    std::size_t size() const { return phrases_.size(); }

  private:
    friend class PhraseMatcherGroup;
    // A byte trie over folded phrases. Nodes with many children get a dense table (the first
    // levels), the rest a short sorted edge list.
    struct Trie {
        // 16 bytes: four nodes to a cache line and none split over two (the walk is bound by
        // loads of nodes).
        struct Node {
            std::uint32_t edges_begin = 0; // edge list of a node with 2..7 children
            std::uint32_t accepts_begin = 0;
            // The only child of a node with one (most nodes deep inside names: the walk then
            // reads no edge list), or the index of a dense node's table.
            std::uint32_t link = 0;
            std::uint16_t accepts_size = 0; // kManyAccepts: see accepts_end
            std::uint8_t edge_count = 0;    // kDense for a dense node
            unsigned char only_byte = 0;
        };
        static constexpr std::uint8_t kDense = 0xFF;
        static constexpr std::uint16_t kManyAccepts = 0xFFFF;
        struct Edge {
            unsigned char byte;
            std::uint32_t child;
        };
        std::vector<Node> nodes;
        std::vector<Edge> edges;
        std::vector<std::uint32_t> accepts;
        std::vector<std::uint32_t> dense; // 256 entries per dense node
        // The walk is bound by cache misses on nodes, and most words lead nowhere after two or
        // three letters. Which folded ASCII letter-or-digit prefixes can start a phrase: `tri`
        // for phrases whose first three bytes are such letters or digits, `bi` and `uni` for
        // phrases whose run of them is shorter (then anything may follow in the text). A word
        // whose prefix is in none of them cannot reach an accepting node.
        std::vector<std::uint64_t> tri, bi, uni;
        bool may_start(std::string_view text, std::size_t pos) const;
        std::uint32_t child(std::uint32_t node, unsigned char byte) const;
        bool empty() const { return nodes.size() <= 1; }
        // The phrases accepted at `node` are accepts[nodes[node].accepts_begin, accepts_end(node)).
        // A size that does not fit 16 bits (65,535 or more phrases folding alike, as a generated
        // knowledge base can hold) is read from the next node, whose list starts where this one's
        // ends.
        std::uint32_t accepts_end(std::uint32_t node) const {
            const Node& n = nodes[node];
            if (n.accepts_size != kManyAccepts) return n.accepts_begin + n.accepts_size;
            return node + 1 < nodes.size() ? nodes[node + 1].accepts_begin
                                           : std::uint32_t(accepts.size());
        }
    };

    Trie build(const std::vector<std::uint32_t>& which) const;
    // find_all for a matcher with no phrase that can start at a lower-case letter (discovered
    // names): jumps to the bytes that can begin a phrase instead of walking every word.
    void find_all_capitalized(std::string_view text, std::vector<PhraseMatch>& out) const;
    bool match_in(const Trie& trie, std::string_view text, std::size_t pos,
                  std::vector<PhraseMatch>& out) const;
    // A trie node that accepts some phrase, and the text offset the walk had reached there.
    struct Stop {
        std::uint32_t node;
        std::size_t end;
    };
    static constexpr std::size_t kMaxStops = 64;
    // Walks `trie` from `pos`; fills `stops` (shortest first) and returns how many.
    std::size_t walk(const Trie& trie, std::string_view text, std::size_t pos, Stop* stops) const;
    // End of the accepted text for `phrase` spanning [start, end) of folded input, or 0 if
    // rejected.
    std::size_t accept(std::string_view text, std::size_t start, std::size_t end,
                       std::uint32_t phrase) const;

    std::vector<Phrase> phrases_;
    Trie all_;   // every phrase
    Trie lower_; // phrases that can start at a lower-case letter: most names cannot, so most words
                 // stop here
};

// Several matchers compiled into one trie, so that one walk per word serves them all. Each
// member's matches are exactly what its own find_all gives (same spans, same phrase indexes).
class PhraseMatcherGroup {
  public:
    PhraseMatcherGroup() = default;
    explicit PhraseMatcherGroup(std::initializer_list<const PhraseMatcher*> members);

    // Appends the matches of member k to *outs[k]; PhraseMatch::phrase indexes that member.
    void find_all(std::string_view text,
                  std::initializer_list<std::vector<PhraseMatch>*> outs) const;

  private:
    static constexpr std::size_t kMaxMembers = 8;
    // Bit k set: some phrase of member k is accepted at this node of the trie. Most stops accept
    // phrases of one or two members, so the others skip the stop without reading its accepts.
    static std::vector<std::uint8_t> members_at_nodes(const PhraseMatcher::Trie& trie,
                                                      const std::vector<std::uint32_t>& first);
    PhraseMatcher combined_; // every member's phrases, member after member
    std::vector<std::uint8_t> all_members_, lower_members_; // members_at_nodes of combined_'s tries
    std::vector<std::uint32_t>
        first_; // index in combined_ of each member's first phrase, then the end
};

} // namespace kg
