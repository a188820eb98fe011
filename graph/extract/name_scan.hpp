// Reading words and capitalized names on one line of text, for the discovery rules.
#pragma once

#include "extract/doc_scan.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace kg {

// A word: letters and digits, with inner hyphens and apostrophes ("al-Assad", "O'Neill").
struct Word {
    std::uint32_t start = 0;
    std::uint32_t end = 0; // 0 when there is no word
    explicit operator bool() const { return end > start; }
};

// The word starting at `pos` after skipping spaces and tabs (never a newline or punctuation).
Word word_after(std::string_view text, std::size_t pos);

// True when word_after, walking the text from its start, would begin a word at `pos`, a Latin
// letter or digit: the character before it is no Latin letter or digit, nor an inner joiner right
// after one ("Jean-Pierre", "O'Neill"). Lets a scan jump to the words it wants.
bool begins_word(std::string_view text, std::size_t pos);

// The word ending at `pos` before skipping spaces and tabs.
Word word_before(std::string_view text, std::size_t pos);

// A capitalized name starting at the first word after `pos`: up to five words, initials ("S.") and
// particles ("al", "van") allowed; stops at punctuation, lower-case words and known mentions.
struct NameSpan {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    int words = 0;
    bool known = false; // the first word is already a known mention
};
NameSpan name_after(std::string_view text, std::size_t pos,
                    const std::vector<DocMention>& mentions);

// The first mention that starts at or after `pos` (`mentions` sorted by start).
std::vector<DocMention>::const_iterator first_mention_from(const std::vector<DocMention>& mentions,
                                                           std::uint32_t pos);

// True when a mention overlaps [start, end). `mentions` must be sorted by start.
bool overlaps_mention(const std::vector<DocMention>& mentions, std::uint32_t start,
                      std::uint32_t end);

// Adds `added` to `mentions`, keeping them sorted by start (at equal starts, those already there
// first).
void insert_sorted(std::vector<DocMention>& mentions, std::vector<DocMention> added);

// The mention that starts exactly at `start`, or nullptr.
const DocMention* mention_starting(const std::vector<DocMention>& mentions, std::uint32_t start);

// The mention that ends exactly at `end` (the last one), or nullptr.
const DocMention* mention_ending(const std::vector<DocMention>& mentions, std::uint32_t end);

// The text of [start, end) with every run of white space made one space.
std::string squeeze(std::string_view text);

} // namespace kg
