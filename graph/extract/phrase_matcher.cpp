// Trie construction and leftmost-longest matching with case, boundary and inflection rules.
#include "extract/phrase_matcher.hpp"

#include "extract/text_class.hpp"

#include <algorithm>
#include <array>

namespace kg {
namespace {

// The phrase as the trie stores it: ASCII lower case, runs of spaces collapsed to one.
std::string fold_phrase(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (ascii_space(c)) {
            if (!out.empty() && out.back() != ' ') out.push_back(' ');
        } else {
            out.push_back(ascii_lower(c));
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// 0-9 and a-z (either case) as 0..35, anything else as -1: the alphabet of the prefix filter.
constexpr auto kAlnumCode = [] {
    struct T {
        std::int8_t v[256];
    } t{};
    for (int c = 0; c < 256; ++c) t.v[c] = -1;
    for (int c = '0'; c <= '9'; ++c) t.v[c] = std::int8_t(c - '0');
    for (int c = 'a'; c <= 'z'; ++c) t.v[c] = t.v[c - 'a' + 'A'] = std::int8_t(10 + c - 'a');
    return t;
}();

// The codes of the leading letters and digits of `s` (at most three) and how many there are.
std::size_t alnum_prefix(std::string_view s, std::size_t pos, std::uint32_t& key) {
    key = 0;
    std::size_t k = 0;
    for (; k < 3 && pos + k < s.size(); ++k) {
        const int code = kAlnumCode.v[static_cast<unsigned char>(s[pos + k])];
        if (code < 0) break;
        key = key * 36 + std::uint32_t(code);
    }
    return k;
}

// What the trie walk reads at each byte of the text, in one lookup: the byte folded to lower
// case, or kWalkSpace for an ASCII space (a run of them matches a phrase's space).
constexpr std::uint16_t kWalkSpace = 0x100;
constexpr auto kWalkByte = [] {
    std::array<std::uint16_t, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[std::size_t(c)] =
            ascii_space(char(c)) ? kWalkSpace : static_cast<unsigned char>(ascii_lower(char(c)));
    return t;
}();

bool test_bit(const std::vector<std::uint64_t>& bits, std::uint32_t i) {
    return (bits[i >> 6] >> (i & 63)) & 1;
}
void set_bit(std::vector<std::uint64_t>& bits, std::uint32_t i) {
    bits[i >> 6] |= std::uint64_t(1) << (i & 63);
}

bool boundary_at(std::string_view text, std::size_t i) {
    // "US$350" is money: a currency prefix is not a name.
    if (is_cjk_at(text, i)) return true;
    return !is_word_char_at(text, i) && !(i < text.size() && text[i] == '$');
}

// Compares letters exactly, aligning the phrase's spaces with the text's space runs or hyphen.
bool exact_letters(std::string_view text, std::size_t start, std::size_t end,
                   std::string_view phrase) {
    std::size_t i = start;
    for (std::size_t j = 0; j < phrase.size(); ++j) {
        if (i >= end) return false;
        if (ascii_space(phrase[j])) {
            if (text[i] == '-') {
                ++i;
                continue;
            }
            while (i < end && ascii_space(text[i])) ++i;
            continue;
        }
        if (text[i] != phrase[j]) return false;
        ++i;
    }
    return true;
}

} // namespace

PhraseMatcher::PhraseMatcher(std::vector<Phrase> phrases) : phrases_(std::move(phrases)) {
    std::vector<std::uint32_t> every, lower;
    for (std::uint32_t p = 0; p < phrases_.size(); ++p) {
        every.push_back(p);
        const Phrase& ph = phrases_[p];
        // Only these can match text whose first letter is lower case.
        if (ph.casing == PhraseCase::Insensitive ||
            (!ph.text.empty() && !ascii_upper(ph.text.front())))
            lower.push_back(p);
    }
    all_ = build(every);
    lower_ = build(lower);
}

PhraseMatcher::Trie PhraseMatcher::build(const std::vector<std::uint32_t>& which) const {
    // Insert into a simple child-list tree first, then flatten into arrays that are fast to walk.
    struct Tmp {
        std::vector<std::pair<unsigned char, std::uint32_t>> kids;
        std::vector<std::uint32_t> accepts;
    };
    std::vector<Tmp> tmp(1);
    for (std::uint32_t p : which) {
        std::string folded = fold_phrase(phrases_[p].text);
        if (folded.empty()) continue;
        std::uint32_t node = 0;
        for (char c : folded) {
            auto b = static_cast<unsigned char>(c);
            auto& kids = tmp[node].kids;
            auto it =
                std::find_if(kids.begin(), kids.end(), [b](const auto& k) { return k.first == b; });
            if (it == kids.end()) {
                auto next = std::uint32_t(tmp.size());
                kids.emplace_back(b, next);
                tmp.emplace_back();
                node = next;
            } else {
                node = it->second;
            }
        }
        tmp[node].accepts.push_back(p);
    }
    Trie t;
    t.tri.assign((36 * 36 * 36 + 63) / 64, 0);
    t.bi.assign((36 * 36 + 63) / 64, 0);
    t.uni.assign(1, 0);
    for (std::uint32_t p : which) {
        const std::string folded = fold_phrase(phrases_[p].text);
        std::uint32_t key = 0;
        switch (alnum_prefix(folded, 0, key)) {
        case 3:
            set_bit(t.tri, key);
            break;
        case 2:
            set_bit(t.bi, key);
            break;
        case 1:
            set_bit(t.uni, key);
            break;
        default:
            break; // starts with another byte: never at a letter or digit of the text
        }
    }
    t.nodes.resize(tmp.size());
    for (std::uint32_t n = 0; n < tmp.size(); ++n) {
        auto& kids = tmp[n].kids;
        std::sort(kids.begin(), kids.end());
        Trie::Node& node = t.nodes[n];
        node.edges_begin = std::uint32_t(t.edges.size());
        for (auto [b, c] : kids) t.edges.push_back({b, c});
        node.edge_count = std::uint8_t(std::min<std::size_t>(kids.size(), 7));
        node.accepts_begin = std::uint32_t(t.accepts.size());
        t.accepts.insert(t.accepts.end(), tmp[n].accepts.begin(), tmp[n].accepts.end());
        node.accepts_size =
            std::uint16_t(std::min<std::size_t>(tmp[n].accepts.size(), Trie::kManyAccepts));
        if (kids.size() == 1) {
            node.only_byte = kids[0].first;
            node.link = kids[0].second;
        }
        if (n == 0 || kids.size() >= 8) {
            node.edge_count = Trie::kDense;
            node.link = std::uint32_t(t.dense.size() / 256);
            t.dense.resize(t.dense.size() + 256, 0);
            for (auto [b, c] : kids) t.dense[std::size_t(node.link) * 256 + b] = c;
        }
    }
    return t;
}

// Inlined into walk(), which calls it for every byte of every trie walk (only this file uses it).
[[gnu::always_inline]] inline std::uint32_t PhraseMatcher::Trie::child(std::uint32_t node,
                                                                       unsigned char byte) const {
    const Node& n = nodes[node];
    if (n.edge_count == kDense) return dense[std::size_t(n.link) * 256 + byte];
    if (n.edge_count == 1) return n.only_byte == byte ? n.link : 0;
    for (std::uint32_t e = n.edges_begin; e < n.edges_begin + n.edge_count; ++e) {
        if (edges[e].byte == byte) return edges[e].child;
        if (edges[e].byte > byte) break;
    }
    return 0;
}

std::size_t PhraseMatcher::accept(std::string_view text, std::size_t start, std::size_t end,
                                  std::uint32_t p) const {
    const Phrase& ph = phrases_[p];
    switch (ph.casing) {
    case PhraseCase::Insensitive:
        break;
    case PhraseCase::Capitalized:
        if (ascii_upper(ph.text.front()) && !starts_upper(text, start)) return 0;
        break;
    case PhraseCase::Exact:
        if (!exact_letters(text, start, end, ph.text)) return 0;
        break;
    case PhraseCase::Acronym:
        if (!exact_letters(text, start, end, ph.text) && !starts_upper(text, start)) return 0;
        break;
    }
    switch (ph.tail) {
    case PhraseTail::None:
        return boundary_at(text, end) ? end : 0;
    case PhraseTail::Open:
        return end;
    case PhraseTail::Plural:
        if (end < text.size() && text[end] == 's' && boundary_at(text, end + 1)) return end + 1;
        return boundary_at(text, end) ? end : 0;
    case PhraseTail::Inflect:
        for (std::string_view suffix : {"ing", "es", "ed", "s", "d"}) {
            if (text.substr(end, suffix.size()) == suffix && boundary_at(text, end + suffix.size()))
                return end + suffix.size();
        }
        return boundary_at(text, end) ? end : 0;
    case PhraseTail::Prefix: {
        std::size_t i = end;
        while (i < text.size() && is_word_char_at(text, i)) i += char_length(text, i);
        return i;
    }
    }
    return 0;
}

bool PhraseMatcher::match_at(std::string_view text, std::size_t pos,
                             std::vector<PhraseMatch>& out) const {
    if (pos >= text.size()) return false;
    char first = text[pos];
    return match_in(first >= 'a' && first <= 'z' ? lower_ : all_, text, pos, out);
}

// A phrase whose first k (<= 3) bytes are letters or digits can only be walked from a text whose
// first k bytes fold to them; text that starts with another byte is always walked.
bool PhraseMatcher::Trie::may_start(std::string_view text, std::size_t pos) const {
    if (tri.empty()) return true; // never built
    std::uint32_t key = 0;
    const std::size_t k = alnum_prefix(text, pos, key);
    switch (k) {
    case 3:
        return test_bit(tri, key) || test_bit(bi, key / 36) || test_bit(uni, key / (36 * 36));
    case 2:
        return test_bit(bi, key) || test_bit(uni, key / 36);
    case 1:
        return test_bit(uni, key);
    default:
        return true;
    }
}

std::size_t PhraseMatcher::walk(const Trie& trie, std::string_view text, std::size_t pos,
                                Stop* stops) const {
    if (!trie.may_start(text, pos)) return 0;
    std::size_t stop_count = 0;
    std::uint32_t node = 0;
    std::size_t i = pos;
    while (i < text.size()) {
        const std::uint16_t b = kWalkByte[static_cast<unsigned char>(text[i])];
        std::uint32_t next = 0;
        std::size_t step = 1;
        if (b == kWalkSpace) {
            next = trie.child(node, ' ');
            while (i + step < text.size() && ascii_space(text[i + step])) ++step;
        } else if (b == '-') {
            next = trie.child(node, '-');
            if (!next) next = trie.child(node, ' ');
        } else {
            next = trie.child(node, static_cast<unsigned char>(b));
        }
        if (!next) break;
        node = next;
        i += step;
        if (trie.nodes[node].accepts_size != 0) {
            if (stop_count == kMaxStops)
                break; // phrases longer than 64 accepting prefixes: keep what we have
            stops[stop_count++] = {node, i};
        }
    }
    return stop_count;
}

bool PhraseMatcher::match_in(const Trie& trie, std::string_view text, std::size_t pos,
                             std::vector<PhraseMatch>& out) const {
    if (trie.empty()) return false;
    // Walk the trie, remembering every accepting node with the text offset reached there.
    Stop stops[kMaxStops];
    const std::size_t stop_count = walk(trie, text, pos, stops);
    // Longest first: the first stop at which some phrase accepts wins.
    for (std::size_t s = stop_count; s-- > 0;) {
        const std::uint32_t begin = trie.nodes[stops[s].node].accepts_begin;
        const std::uint32_t end = trie.accepts_end(stops[s].node);
        std::size_t best = 0;
        for (std::uint32_t a = begin; a < end; ++a)
            best = std::max(best, accept(text, pos, stops[s].end, trie.accepts[a]));
        if (!best) continue;
        for (std::uint32_t a = begin; a < end; ++a)
            if (accept(text, pos, stops[s].end, trie.accepts[a]) == best)
                out.push_back({std::uint32_t(pos), std::uint32_t(best), trie.accepts[a]});
        return true;
    }
    return false;
}

void PhraseMatcher::find_all(std::string_view text, std::vector<PhraseMatch>& out) const {
    if (lower_.empty()) return find_all_capitalized(text, out);
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        auto c = static_cast<unsigned char>(text[i]);
        if (!is_word_char_at(text, i)) {
            i += char_length(text, i);
            continue;
        }
        if (is_cjk_at(text, i)) { // one character is one word: try here, then move on
            if (!all_.empty() && all_.dense[c]) match_at(text, i, out);
            i = out.empty() || out.back().start != i ? i + char_length(text, i) : out.back().end;
            continue;
        }
        // `i` starts a word: the loop skips whole words, and a match ends at a boundary.
        const Trie& trie = (c >= 'a' && c <= 'z') ? lower_ : all_;
        if (!trie.empty() && trie.dense[static_cast<unsigned char>(ascii_lower(char(c)))]) {
            std::size_t before = out.size();
            if (match_at(text, i, out)) {
                i = out[before].end;
                if (i < n && is_word_char_at(text, i) && is_word_char_before(text, i) &&
                    !is_cjk_at(text, i)) {
                    // An open phrase ended inside a word: finish skipping that word.
                } else {
                    continue;
                }
            }
        }
        i = skip_ascii_word(text, i);
        while (i < n && is_word_char_at(text, i) && !is_cjk_at(text, i)) i += char_length(text, i);
    }
}

// The same word starts as find_all's walk: a CJK character is a word; another word character
// starts one after a character that is none, or a CJK one (characters read as a walk from the
// start by char_length steps reads them); the walk goes on at the end of each match, where a
// word character starts a word whatever precedes it, unless the match ended inside a word.
void PhraseMatcher::find_all_capitalized(std::string_view text,
                                         std::vector<PhraseMatch>& out) const {
    if (all_.empty()) return;
    std::array<bool, 256> may_begin{}; // lower-case ASCII letters never: lower_ is empty
    for (int c = 0; c < 256; ++c)
        may_begin[std::size_t(c)] =
            !(c >= 'a' && c <= 'z') &&
            all_.dense[static_cast<unsigned char>(ascii_lower(char(c)))] != 0;
    const std::size_t n = text.size();
    std::size_t resume = 0; // where the walk goes on after the last match
    for (std::size_t i = 0; i < n; ++i) {
        if (!may_begin[static_cast<unsigned char>(text[i])] || i < resume ||
            !is_word_char_at(text, i))
            continue;
        const bool cjk = is_cjk_at(text, i);
        if (!cjk && i != resume && i > 0) {
            const std::size_t j =
                char_start_before(text, i).value_or(i - 1);                // the character before
            if (is_word_char_at(text, j) && !is_cjk_at(text, j)) continue; // inside a word
        }
        const std::size_t before = out.size();
        if (!match_at(text, i, out)) continue;
        std::size_t end = out[before].end;
        if (!cjk && end < n && is_word_char_at(text, end) && is_word_char_before(text, end) &&
            !is_cjk_at(text, end)) {
            // An open phrase ended inside a word: the walk skips the rest of that word.
            end = skip_ascii_word(text, end);
            while (end < n && is_word_char_at(text, end) && !is_cjk_at(text, end))
                end += char_length(text, end);
        }
        resume = end;
        i = end - 1;
    }
}

PhraseMatcherGroup::PhraseMatcherGroup(std::initializer_list<const PhraseMatcher*> members) {
    std::vector<Phrase> all;
    for (const PhraseMatcher* m : members) {
        if (first_.size() == kMaxMembers) break;
        first_.push_back(std::uint32_t(all.size()));
        all.insert(all.end(), m->phrases_.begin(), m->phrases_.end());
    }
    first_.push_back(std::uint32_t(all.size()));
    combined_ = PhraseMatcher(std::move(all));
    all_members_ = members_at_nodes(combined_.all_, first_);
    lower_members_ = members_at_nodes(combined_.lower_, first_);
}

std::vector<std::uint8_t>
PhraseMatcherGroup::members_at_nodes(const PhraseMatcher::Trie& trie,
                                     const std::vector<std::uint32_t>& first) {
    std::vector<std::uint8_t> members(trie.nodes.size(), 0);
    for (std::uint32_t n = 0; n < trie.nodes.size(); ++n)
        for (std::uint32_t a = trie.nodes[n].accepts_begin; a < trie.accepts_end(n); ++a) {
            // first is ascending: the member is the last one starting at or before the phrase
            const auto member =
                std::upper_bound(first.begin(), first.end(), trie.accepts[a]) - first.begin() - 1;
            members[n] |= std::uint8_t(1u << member);
        }
    return members;
}

void PhraseMatcherGroup::find_all(std::string_view text,
                                  std::initializer_list<std::vector<PhraseMatch>*> outs) const {
    // The word starts PhraseMatcher::find_all visits are the same for every member; a member only
    // skips the words inside its own last match (next[k]). Each member takes the longest stop
    // of the shared walk at which one of its own phrases accepts.
    const PhraseMatcher& m = combined_;
    const std::size_t count = std::min(outs.size(), first_.empty() ? 0 : first_.size() - 1);
    std::size_t next[kMaxMembers] = {};
    std::size_t first_next = 0; // the least of next[0, count): below it no member wants a word
    PhraseMatcher::Stop stops[PhraseMatcher::kMaxStops];
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        if (!is_word_char_at(text, i)) {
            i += char_length(text, i);
            continue;
        }
        auto c = static_cast<unsigned char>(text[i]);
        const bool cjk = is_cjk_at(text, i);
        const unsigned char key = cjk ? c : static_cast<unsigned char>(ascii_lower(char(c)));
        const bool lower = !cjk && c >= 'a' && c <= 'z';
        const PhraseMatcher::Trie& trie = lower ? m.lower_ : m.all_;
        const std::uint8_t* members = lower ? lower_members_.data() : all_members_.data();
        if (i >= first_next && !trie.empty() && trie.dense[key]) {
            const std::size_t stop_count = m.walk(trie, text, i, stops);
            bool moved = false;   // some member matched: first_next may move
            unsigned present = 0; // the members with a phrase at some stop
            for (std::size_t s = 0; s < stop_count; ++s) present |= members[stops[s].node];
            for (std::size_t k = 0; k < count && present != 0; ++k) {
                if (i < next[k] || !((present >> k) & 1)) continue;
                const std::uint32_t lo = first_[k], hi = first_[k + 1];
                std::vector<PhraseMatch>& out = **(outs.begin() + k);
                for (std::size_t s = stop_count; s-- > 0;) {
                    if (!((members[stops[s].node] >> k) & 1)) continue;
                    const std::uint32_t begin = trie.nodes[stops[s].node].accepts_begin;
                    const std::uint32_t end = trie.accepts_end(stops[s].node);
                    std::size_t best = 0;
                    std::uint32_t own = 0, last_own = 0; // the member's phrases here, the last
                    for (std::uint32_t a = begin; a < end; ++a)
                        if (std::uint32_t p = trie.accepts[a]; p >= lo && p < hi) {
                            best = std::max(best, m.accept(text, i, stops[s].end, p));
                            ++own;
                            last_own = p;
                        }
                    if (!best) continue;
                    if (own == 1) { // mostly: the one phrase is the one that accepted
                        out.push_back({std::uint32_t(i), std::uint32_t(best), last_own - lo});
                    } else {
                        for (std::uint32_t a = begin; a < end; ++a)
                            if (std::uint32_t p = trie.accepts[a];
                                p >= lo && p < hi && m.accept(text, i, stops[s].end, p) == best)
                                out.push_back({std::uint32_t(i), std::uint32_t(best), p - lo});
                    }
                    next[k] = best;
                    moved = true;
                    break;
                }
            }
            if (moved) first_next = *std::min_element(next, next + count);
        }
        if (cjk) { // one character is one word
            i += char_length(text, i);
            continue;
        }
        i = skip_ascii_word(text, i);
        while (i < n && is_word_char_at(text, i) && !is_cjk_at(text, i)) i += char_length(text, i);
    }
}

} // namespace kg
