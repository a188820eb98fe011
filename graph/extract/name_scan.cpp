// Word and name scanning shared by the discovery rules.
#include "extract/name_scan.hpp"

#include "extract/discovery_lexicon.hpp"
#include "extract/text_class.hpp"

#include <algorithm>

namespace kg {
namespace {

bool latin_word_char(std::string_view text, std::size_t i) {
    return is_word_char_at(text, i) && !is_cjk_at(text, i);
}

std::size_t advance(std::string_view text, std::size_t i) {
    return i + char_length(text, i);
}

bool is_inner_joiner(std::string_view text, std::size_t i) {
    if (i >= text.size()) return false;
    if (text[i] == '-' || text[i] == '\'') return is_word_char_at(text, i + 1);
    if (static_cast<unsigned char>(text[i]) != 0xE2) return false; // most word ends: no quote
    // A right single quote inside a name ("O’Neill"), but not a possessive "’s".
    if (text.substr(i, 3) == "\xE2\x80\x99")
        return is_word_char_at(text, i + 3) &&
               !(text.substr(i + 3, 1) == "s" && !is_word_char_at(text, i + 4));
    return false;
}

// True when the character that ends right before `i` (a byte that is ASCII or a UTF-8 lead byte)
// is a Latin letter or digit, as a walk by char_length steps from the start reads the text: a
// stray continuation byte there is a character of its own, not the end of the one before it.
bool latin_word_char_ends_at(std::string_view text, std::size_t i) {
    return i > 0 && latin_word_char(text, char_start_before(text, i).value_or(i - 1));
}

} // namespace

bool begins_word(std::string_view text, std::size_t pos) {
    if (pos == 0) return true;
    // Most calls: an ASCII byte before `pos` is a character of its own (and no part of a quote).
    if (const auto prev = static_cast<unsigned char>(text[pos - 1]);
        prev < 0x80 && prev != '-' && prev != '\'')
        return !detail::kAsciiWord.v[prev];
    if (latin_word_char_ends_at(text, pos)) return false;
    // A joiner continues the word before it (word_after takes it when a word character follows).
    if (pos >= 1 && (text[pos - 1] == '-' || text[pos - 1] == '\'') &&
        is_inner_joiner(text, pos - 1))
        return !latin_word_char_ends_at(text, pos - 1);
    if (pos >= 3 && static_cast<unsigned char>(text[pos - 3]) == 0xE2 &&
        is_inner_joiner(text, pos - 3))
        return !latin_word_char_ends_at(text, pos - 3);
    return true;
}

Word word_after(std::string_view text, std::size_t pos) {
    std::size_t i = pos;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (!latin_word_char(text, i)) return {};
    std::size_t start = i;
    while (i < text.size()) {
        i = skip_ascii_word(text, i); // most of the word: ASCII letters and digits
        if (i >= text.size()) break;
        if (latin_word_char(text, i))
            i = advance(text, i);
        else if (is_inner_joiner(text, i))
            i += text[i] == '-' || text[i] == '\'' ? 1 : 3;
        else
            break;
    }
    return {std::uint32_t(start), std::uint32_t(i)};
}

Word word_before(std::string_view text, std::size_t pos) {
    std::size_t i = std::min(pos, text.size());
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
    std::size_t end = i;
    while (i > 0 && (is_word_char_before(text, i) || text[i - 1] == '-')) {
        --i;
        while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
    }
    while (i < end && text[i] == '-') ++i;
    return {std::uint32_t(i), std::uint32_t(end)};
}

std::vector<DocMention>::const_iterator first_mention_from(const std::vector<DocMention>& mentions,
                                                           std::uint32_t pos) {
    return std::lower_bound(mentions.begin(), mentions.end(), pos,
                            [](const DocMention& m, std::uint32_t p) { return m.span.start < p; });
}

bool overlaps_mention(const std::vector<DocMention>& mentions, std::uint32_t start,
                      std::uint32_t end) {
    auto it = first_mention_from(mentions, end);
    // Mentions are short; look back a few for one that reaches into [start, end).
    for (int k = 0; k < 8 && it != mentions.begin(); ++k) {
        --it;
        if (it->span.end > start && it->span.start < end) return true;
    }
    return false;
}

void insert_sorted(std::vector<DocMention>& mentions, std::vector<DocMention> added) {
    if (added.empty()) return;
    mentions.insert(mentions.end(), added.begin(), added.end());
    std::stable_sort(
        mentions.begin(), mentions.end(),
        [](const DocMention& a, const DocMention& b) { return a.span.start < b.span.start; });
}

const DocMention* mention_starting(const std::vector<DocMention>& mentions, std::uint32_t start) {
    auto it = first_mention_from(mentions, start);
    return (it != mentions.end() && it->span.start == start) ? &*it : nullptr;
}

const DocMention* mention_ending(const std::vector<DocMention>& mentions, std::uint32_t end) {
    auto it = first_mention_from(mentions, end);
    for (int k = 0; k < 8 && it != mentions.begin(); ++k) {
        --it;
        if (it->span.end == end) return &*it;
    }
    return nullptr;
}

NameSpan name_after(std::string_view text, std::size_t pos,
                    const std::vector<DocMention>& mentions) {
    NameSpan name;
    std::size_t i = pos;
    std::uint32_t pending_particle_end = 0;
    for (int n = 0; n < 6; ++n) {
        Word w = word_after(text, i);
        if (!w) break;
        std::string_view s = text.substr(w.start, w.end - w.start);
        if (overlaps_mention(mentions, w.start, w.end)) {
            if (name.words == 0) name.known = true;
            break;
        }
        if (starts_upper(text, w.start) || is_particle_compound(s)) {
            bool initial = s.size() == 1 && w.end < text.size() && text[w.end] == '.';
            if (!initial && (is_acronym(s) || is_name_stopword(s))) break;
            if (name.words == 0) name.start = w.start;
            ++name.words;
            name.end = initial ? w.end + 1 : w.end;
            pending_particle_end = 0;
        } else if (name.words > 0 && is_name_particle(s)) {
            pending_particle_end = w.end; // kept only if a capitalized word follows
        } else {
            break;
        }
        i = pending_particle_end ? pending_particle_end : name.end;
        // Only spaces may separate the words of a name.
        if (i >= text.size() || (text[i] != ' ' && text[i] != '\t')) break;
    }
    return name;
}

std::string squeeze(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (ascii_space(c)) {
            if (!out.empty() && out.back() != ' ') out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

} // namespace kg
