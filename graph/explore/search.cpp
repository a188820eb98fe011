// Ranked autocomplete and phrase search over folded text.
#include "explore/search.hpp"

#include "common/text_fold.hpp"

#include <algorithm>
#include <numeric>

namespace kg {
namespace {

// Score bands, one per MatchKind, so a worse kind never outranks a better one.
constexpr int kExact = 1000, kPrefix = 800, kWordPrefix = 600, kTypo = 400, kSubsequence = 200;

bool is_word_break(char c) {
    return c == ' ' || c == '-' || c == '\'' || c == '.' || c == ',';
}

// Collapses runs of spaces and trims, so "  sergei   lavrov " matches "sergei lavrov".
std::string normalize_query(std::string_view q) {
    std::string folded = fold_for_search(q), out;
    for (char c : folded) {
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// A name as searched: normalized, without a leading "the" (names and aliases carry it or not:
// "the Kremlin" and "Kremlin" are one name to the analyst).
std::string name_key(std::string_view name) {
    std::string key = normalize_query(name);
    if (key.starts_with("the ") && key.size() > 4) key.erase(0, 4);
    return key;
}

// Starting offsets of the words of `key`.
std::vector<std::size_t> word_starts(std::string_view key) {
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < key.size(); ++i)
        if (!is_word_break(key[i]) && (i == 0 || is_word_break(key[i - 1]))) starts.push_back(i);
    return starts;
}

// Query characters in order inside the key, the first one at a word start (keeps "sco" off
// "moscow"); returns the number of skipped characters, or -1 when not a subsequence.
int subsequence_gaps(std::string_view q, std::string_view key,
                     const std::vector<std::size_t>& starts) {
    int best = -1;
    for (std::size_t s : starts) {
        if (key[s] != q[0]) continue;
        std::size_t qi = 0;
        int gaps = 0;
        for (std::size_t k = s; k < key.size() && qi < q.size(); ++k) {
            if (key[k] == q[qi])
                ++qi;
            else
                ++gaps;
        }
        if (qi == q.size() && (best < 0 || gaps < best)) best = gaps;
    }
    return best;
}

// Typos tolerated for a query of this length: none below 4 characters.
std::size_t allowed_typos(std::size_t n) {
    return n < 4 ? 0 : n < 7 ? 1 : 2;
}

} // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap) {
    const std::size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > cap) return cap + 1;
    std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
    std::iota(prev.begin(), prev.end(), std::size_t(0));
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > cap) return cap + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], cap + 1);
}

EntitySearch::EntitySearch(const Corpus& corpus) {
    for (std::size_t i = 0; i < corpus.entities.size(); ++i) {
        const Entity& e = corpus.entities[i];
        mentions_.push_back(e.mentions.size());
        names_.push_back(fold_for_search(e.name));
        keys_.push_back({name_key(e.name), e.name, EntityIndex(i)});
        for (const std::string& alias : e.aliases)
            keys_.push_back({name_key(alias), alias, EntityIndex(i)});
    }
}

std::vector<EntityMatch> EntitySearch::find(std::string_view query, std::size_t limit) const {
    const std::string q = name_key(query);
    std::vector<EntityMatch> best(names_.size());
    std::vector<std::uint8_t> found(names_.size(), 0);
    if (q.empty()) return {};
    const std::size_t typos = allowed_typos(q.size());
    for (const Key& key : keys_) {
        const std::string_view k = key.folded;
        int score = -1;
        MatchKind kind = MatchKind::Exact;
        // Shorter keys rank first inside a band: "SCO" before "SCO Secretariat".
        const int tightness =
            int(std::max<std::ptrdiff_t>(0, 99 - std::ptrdiff_t(k.size() - q.size())));
        const std::vector<std::size_t> starts = word_starts(k);
        if (k == q) {
            score = kExact;
        } else if (k.starts_with(q)) {
            score = kPrefix + tightness, kind = MatchKind::Prefix;
        } else if (std::any_of(starts.begin(), starts.end(),
                               [&](std::size_t s) { return k.substr(s).starts_with(q); })) {
            score = kWordPrefix + tightness, kind = MatchKind::WordPrefix;
        } else {
            // A typo against the whole key, one of its words, or the start of a word
            // (so "lavorv" finds "Lavrov" and "sergie lav" still finds "Sergei Lavrov").
            std::size_t d = typos + 1;
            if (typos > 0) {
                d = edit_distance(q, k, typos);
                for (std::size_t s : starts) {
                    const std::string_view rest = k.substr(s);
                    const std::size_t word_end = std::min(rest.find(' '), rest.size());
                    d = std::min(d, edit_distance(q, rest.substr(0, word_end), typos));
                    d = std::min(d, edit_distance(
                                        q, rest.substr(0, std::min(q.size(), rest.size())), typos));
                }
            }
            if (d <= typos) {
                score = kTypo + 100 - int(d) * 40, kind = MatchKind::Typo;
            } else if (q.size() >= 2) {
                const int gaps = subsequence_gaps(q, k, starts);
                if (gaps >= 0)
                    score = kSubsequence + std::max(0, 99 - gaps), kind = MatchKind::Subsequence;
            }
        }
        if (score < 0) continue;
        EntityMatch& b = best[key.entity];
        if (!found[key.entity] || score > b.score) {
            found[key.entity] = 1;
            b = {key.entity, kind, key.original, score};
        }
    }
    std::vector<EntityMatch> out;
    for (std::size_t i = 0; i < best.size(); ++i)
        if (found[i]) out.push_back(best[i]);
    std::sort(out.begin(), out.end(), [&](const EntityMatch& a, const EntityMatch& b) {
        if (a.score != b.score) return a.score > b.score;
        if (mentions_[a.entity] != mentions_[b.entity])
            return mentions_[a.entity] > mentions_[b.entity];
        if (names_[a.entity] != names_[b.entity]) return names_[a.entity] < names_[b.entity];
        return a.entity < b.entity;
    });
    if (out.size() > limit) out.resize(limit);
    return out;
}

PassageSearch::PassageSearch(const Corpus& corpus) : corpus_(&corpus) {
    docs_.reserve(corpus.documents.size());
    for (const Document& d : corpus.documents) {
        FoldedDoc f;
        f.text = fold_for_search(d.text, &f.origin);
        docs_.push_back(std::move(f));
    }
}

std::vector<PassageMatch> PassageSearch::find(std::string_view query, std::size_t limit) const {
    std::vector<PassageMatch> out;
    const std::string q = normalize_query(query);
    if (q.empty()) return out;
    for (std::size_t d = 0; d < docs_.size() && out.size() < limit; ++d) {
        const Document& doc = corpus_->documents[d];
        const FoldedDoc& f = docs_[d];
        std::uint32_t last_sentence_end = 0;
        for (std::size_t at = f.text.find(q); at != std::string::npos && out.size() < limit;
             at = f.text.find(q, at + 1)) {
            const Span match{f.origin[at], f.origin[at + q.size()]};
            // The sentence holding the match: the last one starting at or before it.
            auto it = std::upper_bound(
                doc.sentences.begin(), doc.sentences.end(), match.start,
                [](std::uint32_t pos, const Sentence& s) { return pos < s.span.start; });
            Span sentence;
            if (it != doc.sentences.begin() && std::prev(it)->span.end > match.start) {
                sentence = std::prev(it)->span;
            } else {
                // No segmentation here: fall back to the surrounding line.
                const std::size_t from = doc.text.rfind('\n', match.start);
                const std::size_t to = doc.text.find('\n', match.end);
                sentence = {std::uint32_t(from == std::string::npos ? 0 : from + 1),
                            std::uint32_t(to == std::string::npos ? doc.text.size() : to)};
            }
            if (!out.empty() && out.back().doc == d && sentence.end <= last_sentence_end) continue;
            out.push_back({DocIndex(d), sentence, match});
            last_sentence_end = sentence.end;
        }
    }
    return out;
}

Span passage_context(std::string_view text, Span sentence, Span match, std::size_t radius) {
    const std::uint32_t end = std::min<std::uint32_t>(sentence.end, std::uint32_t(text.size()));
    const std::uint32_t start = std::min(sentence.start, end);
    match.start = std::clamp(match.start, start, end);
    match.end = std::clamp(match.end, match.start, end);
    Span out{start, end};
    if (match.start - start > radius) {
        // The first space after the cut: the context starts on a whole word.
        const std::size_t space = text.find(' ', match.start - radius);
        if (space != std::string_view::npos && space < match.start)
            out.start = std::uint32_t(space + 1);
    }
    if (end - match.end > radius) {
        const std::size_t space = text.rfind(' ', match.end + radius);
        if (space != std::string_view::npos && space >= match.end) out.end = std::uint32_t(space);
    }
    return out;
}

} // namespace kg
