// The list of page-chrome phrases (assets/ingest/chrome_phrases.txt) that boilerplate rules use.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingestion {

// Lower-case needles searched for in a line, ignoring ASCII case, in one pass over the line: a
// bitmap of the needles' first two bytes rejects nearly every position with one lookup (prose
// paragraphs are most of the bytes and match none). The same answer as lower-casing the line and
// calling find() once per needle.
class NeedleSet {
  public:
    NeedleSet() = default;
    explicit NeedleSet(std::vector<std::string> needles);
    // True when some needle occurs in `text` (ASCII letters compared case-insensitively).
    bool found_in(std::string_view text) const;

  private:
    // Whether a needle of two bytes or more starts at `p`, which has a byte after it and whose
    // pair is in pairs_.
    bool starts_at(std::string_view text, const unsigned char* p) const;

    std::vector<std::string> needles_; // two bytes or longer, by their first two bytes
    std::vector<std::uint16_t> keys_;  // the first two bytes of each of needles_: a position
                                       // whose pair is common ("re", "co") tries only its own
    std::array<bool, 256> single_{};   // one-byte needles, by byte
    std::vector<std::uint64_t> pairs_; // 65536 bits: the first two bytes of a needle
    // Pairs of English prose ("re", "in", "co") start needles too: a position whose pair is set
    // is tried only when a needle of four or more bytes begins with its four bytes (a hash of
    // them, 65536 bits), or when its pair begins a needle of two or three bytes.
    std::vector<std::uint64_t> quads_;
    std::vector<std::uint64_t> short_pairs_;
    // 65536 bits: the pairs that a needle's occurrence puts at an even offset of the text (its
    // first two bytes, its second and third, or its second and any byte), which found_in reads
    // alone.
    std::vector<std::uint64_t> covers_;
    bool has_single_ = false;   // some needle is one byte long
    bool empty_needle_ = false; // "" is found in every text
};

// True when `text` starts with the lower-case `prefix`, ASCII letters compared case-insensitively.
bool starts_with_folded(std::string_view text, std::string_view prefix);

struct ChromePhrases {
    std::vector<std::string> line;     // whole-line matches, in match_key() form
    std::vector<std::string> prefix;   // lower-case line prefixes
    std::vector<std::string> contains; // lower-case substrings of any line
    std::vector<std::string> short_;   // lower-case substrings of short, sentence-less lines
    std::vector<std::string> tail;     // whole-line markers of trailing boxes, match_key() form
    std::vector<std::string> bio;      // lower-case prefixes of author biographies
    std::vector<std::string> credit;   // lower-case words that mark a photo credit
    std::vector<std::string> related;  // lower-case labels of a related-reading line
    bool loaded = false;               // false when the asset file was missing or empty
    NeedleSet contains_set;            // `contains`, compiled by parse_chrome_phrases
    NeedleSet short_set;               // `short_`, compiled by parse_chrome_phrases
};

// Parses the phrase file format (sections [line] [prefix] [contains] [short] [tail] [bio]
// [credit] [related]).
ChromePhrases parse_chrome_phrases(std::string_view text);

// The phrases from assets_dir()/ingest/chrome_phrases.txt, read once per process (immutable).
const ChromePhrases& default_chrome_phrases();

// Lower-case words joined by single spaces, punctuation dropped: "Read More »" -> "read more".
std::string match_key(std::string_view line);

} // namespace kg::ingestion
