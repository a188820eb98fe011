// Pair kinds: which cue words of a sentence concern which pair of its entities.
#include "extract/pair_kind.hpp"

#include "extract/cue_words.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace kg {
namespace {

constexpr std::uint32_t kNear = 4; // words between a cue and a mention for "near" (before/after)
constexpr std::uint32_t kApposition = 6; // at most this many words between names of one noun phrase
constexpr std::uint32_t kScanBytes = 64; // questions about fewer bytes scan them, not the index

using cue_words::fold;
using cue_words::iequals;
using cue_words::istarts;
using cue_words::negator;
using cue_words::one_of;

bool ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The words (letters, digits, apostrophes, non-ASCII bytes) and single punctuation marks of
// text[from, to), left to right. Dashes made of several bytes count as one mark.
template <typename F>
void each_token(std::string_view text, std::uint32_t from, std::uint32_t to, F&& f) {
    std::uint32_t i = from;
    while (i < to) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
            continue;
        }
        std::uint32_t j = i;
        auto word_byte = [&](unsigned char b) {
            return ascii_letter(char(b)) || (b >= '0' && b <= '9') || b == '\'' || b >= 0x80;
        };
        auto dash_at = [&](std::uint32_t k) { // em, en dash
            return text[k] == '\xE2' &&
                   (text.substr(k, 3) == "\xE2\x80\x94" || text.substr(k, 3) == "\xE2\x80\x93");
        };
        if (dash_at(i))
            j = std::min(to, i + 3);
        else if (word_byte(c))
            while (j < to && word_byte(static_cast<unsigned char>(text[j])) && !dash_at(j)) ++j;
        else
            j = i + 1;
        if (!f(text.substr(i, j - i))) return;
        i = j;
    }
}

// The last (up to) N tokens of text[from, to), last one first; no allocation.
template <std::size_t N = 3> struct LastTokens {
    std::array<std::string_view, N> t{};
    std::size_t n = 0;
};
template <std::size_t N = 3>
LastTokens<N> last_tokens(std::string_view text, std::uint32_t from, std::uint32_t to) {
    LastTokens<N> out;
    each_token(text, from, to, [&](std::string_view t) {
        for (std::size_t k = N - 1; k > 0; --k) out.t[k] = out.t[k - 1];
        out.t[0] = t;
        out.n = std::min(out.n + 1, N);
        return true;
    });
    return out;
}

// A word for word counts: not a lone punctuation mark.
bool counted(std::string_view t) {
    return t.size() > 1 || ascii_letter(t[0]);
}

// A cue word that belongs to something else: a capitalized word after a lower-case one and
// before another capitalized one is part of a title or name the knowledge base does not hold
// ("met Trade Commissioner Valdis Dombrovskis"; a Title Case headline keeps its cues), and
// "opposition" before a noun of politics names a camp ("opposition candidates promised ...").
bool not_a_cue(std::string_view text, Span sentence, Span cue) {
    const std::string_view word = text.substr(cue.start, cue.size());
    // Most cues are none of these: decided from the word alone, before any scan.
    const bool upper_first = word[0] >= 'A' && word[0] <= 'Z';
    if (!upper_first && !istarts(word, "opposition") && !istarts(word, "consultation") &&
        !istarts(word, "strik") && !iequals(word, "struck"))
        return false;
    std::string_view next;
    each_token(text, cue.end, std::min(sentence.end, cue.end + 32), [&](std::string_view t) {
        next = t;
        return false;
    });
    if (next.empty()) return false;
    if (iequals(word, "opposition") && cue_words::camp_noun(next)) return true;
    // "strike a separate trade deal": making a deal, not an attack.
    if (istarts(word, "strik") || iequals(word, "struck")) {
        bool deal = false;
        std::size_t n = 0;
        each_token(text, cue.end, std::min(sentence.end, cue.end + 40), [&](std::string_view t) {
            deal = one_of(t, {"deal", "deals", "agreement", "bargain", "accord", "pact", "truce"});
            return !deal && ++n < 4;
        });
        if (deal) return true;
    }
    const std::uint32_t from = cue.start > sentence.start + 24 ? cue.start - 24 : sentence.start;
    const LastTokens before = last_tokens(text, from, cue.start);
    // "recalled its ambassador for consultations", "invoked consultations under Article 4": a
    // procedure of one side or of an alliance, not a meeting of two.
    if (one_of(word, {"consultations", "consultation"}) &&
        (iequals(next, "under") ||
         (before.n > 0 && one_of(before.t[0], {"for", "invoked", "invoke", "requested"}))))
        return true;
    auto upper = [](std::string_view w) { return w[0] >= 'A' && w[0] <= 'Z'; };
    if (!upper(word) || !upper(next)) return false;
    return before.n > 0 && before.t[0][0] >= 'a' && before.t[0][0] <= 'z';
}

// Words that join two names into one side: "China and Russia", "U.S.-China", "China, Russia",
// and the capitalized titles between them ("Chinese President Xi and Russian President Putin").
bool coordinator(std::string_view t) {
    if (t[0] >= 'A' && t[0] <= 'Z') return true;
    return one_of(t, {",", "and", "or", "&", "-", "/", "the", "as", "well", "\xE2\x80\x93", "its"});
}

// Words that end a clause for the purposes of "near": cues beyond them speak of something else.
bool clause_word(std::string_view t) {
    // Most tokens are other words: their length and first letter rule them out.
    switch (t.size()) {
    case 1:
        return t[0] == ';' || t[0] == ':' || t[0] == '(' || t[0] == ')';
    case 3:
    case 5:
    case 6:
    case 7:
    case 8:
        break;
    default:
        return false;
    }
    const char f = fold(t[0]);
    if (f != 'b' && f != 'w' && f != 't' && f != 'a' && t[0] != '\xE2') return false;
    return one_of(t, {";", ":", "(", ")", "but", "while", "whereas", "although", "though", "which",
                      "who", "\xE2\x80\x94"});
}

// Negators that state an absence, not an act of refusing or reducing relations (CAMEO 12, 16).
bool plain_negator(std::string_view t) {
    return one_of(t, {"not", "no", "never", "without", "nor", "neither", "lack", "absence"}) ||
           (t.size() > 3 && iequals(t.substr(t.size() - 3), "n't")) ||
           (t.size() > 5 && t.substr(t.size() - 5) == "n\xE2\x80\x99t") || cue_words::avoidance(t);
}

// Cues that have an actor and a recipient ("X sanctions Y", "X's support for Y", "X visited Y");
// the others are symmetric ("talks", "rivalry", "cooperation").
bool directed_cue(std::string_view cue) {
    static constexpr std::array<std::string_view, 49> kStems{
        "support",  "back",    "aid",       "assist",   "help",    "endorse",  "invest",
        "protect",  "prop up", "side with", "defer",    "embrace", "bolster",  "sanction",
        "threat",   "pressur", "oppos",     "against",  "contain", "challeng", "criticis",
        "criticiz", "condemn", "accuse",    "veto",     "boycott", "attack",   "retaliat",
        "warn",     "punish",  "expel",     "coercion", "counter", "weaken",   "dominat",
        "visit",    "host",    "receiv",    "mediat",   "broker",  "arming",   "invade",
        "invasion", "impos",   "strike",    "block",    "overthr", "blam",     "recogni"};
    return std::any_of(kStems.begin(), kStems.end(),
                       [&](std::string_view s) { return istarts(cue, s); });
}

// Reporting verbs: "Lavrov said", "Weiss argues".
bool reporting_verb(std::string_view t) {
    return one_of(t, {"said",      "says",      "say",        "stated",     "states",    "argued",
                      "argues",    "noted",     "notes",      "added",      "wrote",     "writes",
                      "explained", "explains",  "believes",   "thinks",     "claimed",   "claims",
                      "insisted",  "suggested", "suggests",   "observed",   "commented", "remarked",
                      "told",      "stressed",  "emphasized", "emphasised", "according"});
}

template <typename Cues, typename Kind> LinkKind majority(const Cues& cues, Kind&& kind_of) {
    std::array<std::uint16_t, 3> votes{0, 0, 0};
    for (const auto& c : cues)
        if (std::size_t(kind_of(c)) < 3) ++votes[std::size_t(kind_of(c))];
    auto best = std::max_element(votes.begin(), votes.end()); // ties: cooperation, tension, meeting
    return *best > 0 ? LinkKind(best - votes.begin()) : LinkKind::CoMention;
}

} // namespace

// Negated within the three words before it: "did not agree", "no deal", "refused to meet".
// Decided on first use: most cues of a sentence never concern a pair.
bool SentenceRelations::negated(const Cue& c) const {
    if (c.negated < 0) {
        c.negated = 0;
        std::uint32_t from =
            c.span.start > sentence_.start + 40 ? c.span.start - 40 : sentence_.start;
        const LastTokens before = last_tokens(text_, from, c.span.start);
        for (std::size_t k = 0; k < before.n; ++k) {
            if (clause_word(before.t[k]) || before.t[k] == ",") break;
            // 1: an act that ends or refuses (it wins); 2: a plain "not"; 3: an avoidance; 4:
            // an act given up ("lifted"), undone by a negator before it ("refused to lift").
            if (c.negated <= 0 && cue_words::yield_word(before.t[k])) {
                c.negated = 4;
                // "refused to ease its curbs": the refusal may lie beyond the cue's own window.
                const auto at = std::uint32_t(before.t[k].data() - text_.data());
                const LastTokens more = last_tokens(text_, at > from + 24 ? at - 24 : from, at);
                for (std::size_t m = 0; m < more.n; ++m) {
                    if (clause_word(more.t[m]) || more.t[m] == ",") break;
                    if (negator(more.t[m])) c.negated = 0;
                }
                if (c.negated == 0) break;
                continue;
            }
            if (!negator(before.t[k])) continue;
            if (c.negated == 4) { // "did not lift": the act stands
                c.negated = 0;
                break;
            }
            c.negated = c.negated == 1 || !plain_negator(before.t[k]) ? 1
                        : cue_words::avoidance(before.t[k])           ? 3
                                                            : std::max<std::int8_t>(c.negated, 2);
        }
        // "meant to make X's cooperation unnecessary": an end of it, said after it.
        std::size_t n = 0;
        each_token(
            text_, c.span.end, std::min(sentence_.end, c.span.end + 32), [&](std::string_view t) {
                if (cue_words::one_of(t, {"unnecessary", "obsolete", "redundant", "impossible"}))
                    c.negated = 1;
                return ++n < 2;
            });
    }
    return c.negated > 0;
}

bool SentenceRelations::directed(const Cue& c) const {
    if (c.directed < 0) c.directed = directed_cue(text_.substr(c.span.start, c.span.size()));
    return c.directed > 0;
}

// What a cue states once negation is applied: "did not agree" is tension; "did not meet", "no
// rivalry", "avoided confrontation" and "have not coordinated" (working together not done is
// no disagreement) state nothing.
LinkKind SentenceRelations::stated_kind(const Cue& c) const {
    if (!negated(c)) return c.kind;
    if (c.negated == 4 && c.kind == LinkKind::Tension) return LinkKind::Cooperation;
    if (c.negated == 4 && c.kind == LinkKind::Cooperation) return LinkKind::Tension;
    return c.kind == LinkKind::Cooperation &&
                   (c.negated == 1 ||
                    !cue_words::joint_work(text_.substr(c.span.start, c.span.size())))
               ? LinkKind::Tension
               : LinkKind::CoMention;
}

SentenceRelations::SentenceRelations(std::string_view text, Span sentence,
                                     std::span<const NamedSpan> mentions,
                                     std::span<const KindCue> cues)
    : text_(text), sentence_(sentence), mentions_(mentions) {
    cues_.reserve(cues.size());
    for (const KindCue& c : cues) {
        // A cue inside a name ("Partnership for Peace") is part of the name.
        bool in_name = std::any_of(mentions.begin(), mentions.end(), [&](const NamedSpan& m) {
            return c.span.start >= m.span.start && c.span.end <= m.span.end;
        });
        if (!in_name && !not_a_cue(text, sentence, c.span))
            cues_.push_back({c.span, c.kind, -1, 0});
    }
    sentence_kind_ = majority(cues_, [](const Cue& c) { return c.kind; });
    // Every question the rules ask of the words lies between two of the spans.
    lo_ = sentence.end;
    hi_ = sentence.start;
    std::uint32_t latest = 0;
    for (Cue& c : cues_) {
        latest = std::max(latest, c.span.end);
        c.end_max = latest;
        lo_ = std::min(lo_, c.span.start);
        hi_ = std::max(hi_, c.span.end);
    }
    std::uint32_t entities = 0;
    for (const NamedSpan& m : mentions) {
        lo_ = std::min(lo_, m.span.start);
        hi_ = std::max(hi_, m.span.end);
        entities = std::max(entities, m.entity + 1);
    }
    hi_ = std::min<std::uint32_t>(hi_, std::uint32_t(text.size()));
    // Mention indexes grouped by entity, in text order (a counting sort).
    first_of_.assign(entities + 1, 0);
    for (const NamedSpan& m : mentions) ++first_of_[m.entity + 1];
    for (std::size_t e = 1; e < first_of_.size(); ++e) first_of_[e] += first_of_[e - 1];
    by_entity_.resize(mentions.size());
    std::vector<std::uint32_t> next(first_of_.begin(), first_of_.end() - 1);
    for (std::size_t i = 0; i < mentions.size(); ++i)
        by_entity_[next[mentions[i].entity]++] = std::uint32_t(i);
    speaks_.assign(mentions.size(), -1);
}

// The tokens once per sentence, on the first question about its words.
void SentenceRelations::index_tokens() const {
    indexed_ = true;
    std::uint32_t words = 0, clauses = 0;
    if (lo_ < hi_)
        each_token(text_, lo_, hi_, [&](std::string_view t) {
            const auto start = std::uint32_t(t.data() - text_.data());
            const bool dash = t == "\xE2\x80\x94" || t == "\xE2\x80\x93";
            const bool clause = clause_word(t);
            tokens_.push_back({start, start + std::uint32_t(t.size()), words, clauses, dash});
            words += counted(t);
            clauses += clause;
            if (t == ",") commas_.push_back(start);
            return true;
        });
    tokens_.push_back({hi_, hi_, words, clauses, false}); // the end: counts of all
}

SentenceRelations::Tally SentenceRelations::tally(std::uint32_t from, std::uint32_t to) const {
    Tally t;
    if (from >= to) return t;
    auto add = [&](std::string_view w) {
        t.words += counted(w);
        t.clause |= clause_word(w);
        return true;
    };
    auto scan = [&] {
        each_token(text_, from, to, add);
        return t;
    };
    // A few words are read faster than the index is built: most questions are about the four
    // words next to a name.
    if (from < lo_ || to > hi_ || to - from <= kScanBytes) return scan();
    if (!indexed_) index_tokens();
    const std::size_t n = tokens_.size() - 1; // less the end
    const auto real_end = tokens_.begin() + std::ptrdiff_t(n);
    std::size_t i =
        std::size_t(std::partition_point(tokens_.begin(), real_end,
                                         [&](const Token& k) { return k.end <= from; }) -
                    tokens_.begin());
    if (i < n && tokens_[i].start < from) {
        // `from` inside a word ("Russia|'s"): the scan from there reads the rest of that word.
        if (tokens_[i].dash) return scan();
        const std::uint32_t e = std::min(tokens_[i].end, to);
        add(text_.substr(from, e - from));
        if (e >= to) return t;
        ++i;
    }
    const std::size_t k =
        std::size_t(std::partition_point(tokens_.begin() + std::ptrdiff_t(i), real_end,
                                         [&](const Token& x) { return x.end <= to; }) -
                    tokens_.begin());
    t.words += tokens_[k].words_before - tokens_[i].words_before;
    t.clause |= tokens_[k].clauses_before > tokens_[i].clauses_before;
    if (k < n && tokens_[k].start < to) // `to` inside a word: its first bytes
        add(text_.substr(tokens_[k].start, to - tokens_[k].start));
    return t;
}

// The sentence's cue majority once negated cooperation is read as stated: "have not coordinated"
// votes for no kind, "did not agree" for tension. A negated rivalry still names the rivalry the
// sentence is about ("the lesson is not to compete with Moscow").
LinkKind SentenceRelations::stated_majority() const {
    if (stated_majority_ < 0)
        stated_majority_ = std::int8_t(majority(cues_, [&](const Cue& c) {
            return c.kind == LinkKind::Cooperation ? stated_kind(c) : c.kind;
        }));
    return LinkKind(stated_majority_);
}

LinkKind SentenceRelations::sentence_kind() const {
    return sentence_kind_;
}

LinkKind SentenceRelations::sentence_kind(std::span<const KindCue> cues) {
    return majority(cues, [](const KindCue& c) { return c.kind; });
}

bool SentenceRelations::comma_between(std::uint32_t from, std::uint32_t to) const {
    if (from >= to) return false;
    if (from < lo_ || to > hi_ || to - from <= kScanBytes)
        return text_.substr(from, to - from).find(',') != std::string_view::npos;
    if (!indexed_) index_tokens();
    auto c = std::lower_bound(commas_.begin(), commas_.end(), from);
    return c != commas_.end() && *c < to;
}

bool SentenceRelations::clause_break(std::uint32_t from, std::uint32_t to) const {
    return tally(from, to).clause;
}

// The asides of the sentence, left to right: ", which ...", ", who ...", ", backed by X", ", led
// jointly by X", and after a name ", a close ally of Y" or ", the Finnish grid operator" (not ",
// the United States and ...": a list). Each runs to the next comma, semicolon, colon, bracket or
// dash that is not followed by a name (a list inside it: ", which borders Laos, Myanmar and ..."),
// or to the sentence end.
const std::vector<SentenceRelations::Aside>& SentenceRelations::asides() const {
    if (asides_found_) return asides_;
    asides_found_ = true;
    // Asked for every sentence with a pair: only the words after each ", " are read.
    const std::string_view sentence = text_.substr(sentence_.start, sentence_.size());
    auto name_starts_at = [&](std::uint32_t p) {
        return std::any_of(mentions_.begin(), mentions_.end(),
                           [&](const NamedSpan& m) { return m.span.start == p; });
    };
    // A name ends at p that is no object of a preposition: "In Washington, the administration
    // ..." opens the main clause after an introductory phrase, not an apposition.
    auto subject_name_ends_at = [&](std::uint32_t p) {
        return std::any_of(mentions_.begin(), mentions_.end(), [&](const NamedSpan& m) {
            if (m.span.end != p) return false;
            const std::uint32_t from =
                m.span.start > sentence_.start + 16 ? m.span.start - 16 : sentence_.start;
            const LastTokens<1> before = last_tokens<1>(text_, from, m.span.start);
            return before.n == 0 ||
                   !one_of(before.t[0],
                           {"in",   "In",   "at",   "At",    "from",   "From",  "to",  "on",
                            "On",   "with", "With", "after", "After",  "for",   "For", "by",
                            "than", "of",   "into", "near",  "across", "Across"});
        });
    };
    // The word at offset i of the sentence (letters only), and the offset after it and its space.
    auto word_at = [&](std::size_t i) {
        std::size_t j = i;
        while (j < sentence.size() && ascii_letter(sentence[j])) ++j;
        return sentence.substr(i, j - i);
    };
    auto next_word = [&](std::string_view w) {
        const std::size_t e = std::size_t(w.data() - sentence.data()) + w.size();
        return e < sentence.size() && sentence[e] == ' ' ? word_at(e + 1) : std::string_view{};
    };
    for (std::size_t c = sentence.find(", "); c != std::string_view::npos;) {
        const auto comma = std::uint32_t(sentence_.start + c);
        const std::string_view w = word_at(c + 2);
        bool aside = !w.empty() && one_of(w, {"which", "who", "whom", "whose"});
        // A participle and its agent: ", backed by", ", mediated partly by".
        if (!aside && w.size() > 3 && w[0] >= 'a' && w[0] <= 'z' && w.ends_with("ed")) {
            const std::string_view n = next_word(w);
            aside = n == "by" || (n.ends_with("ly") && next_word(n) == "by");
        }
        // An apposition: a common noun phrase right after a name.
        if (!aside && (w == "a" || w == "an" || w == "the") && subject_name_ends_at(comma)) {
            const std::string_view n = next_word(w);
            aside =
                w != "the" ||
                (!n.empty() &&
                 !name_starts_at(std::uint32_t(sentence_.start + (n.data() - sentence.data()))));
        }
        std::size_t end = c + 2;
        if (aside) {
            // To the next mark that closes it; a comma before a name goes on (a list inside).
            for (; end < sentence.size(); ++end) {
                const char k = sentence[end];
                if (k == ';' || k == ':' || k == '(' || k == ')') break;
                if (sentence.substr(end, 3) == "\xE2\x80\x94" ||
                    sentence.substr(end, 3) == "\xE2\x80\x93")
                    break;
                if (k == ',' && !(end + 2 < sentence.size() && sentence[end + 1] == ' ' &&
                                  name_starts_at(std::uint32_t(sentence_.start + end + 2))))
                    break;
            }
            const bool after_name =
                std::any_of(mentions_.begin(), mentions_.end(),
                            [&](const NamedSpan& m) { return m.span.end == comma; });
            asides_.push_back({comma, std::uint32_t(sentence_.start + end), after_name});
        }
        // The closing comma may open the next aside.
        c = end < sentence.size() ? sentence.find(", ", aside ? end : c + 2)
                                  : std::string_view::npos;
    }
    return asides_;
}

const SentenceRelations::Aside* SentenceRelations::aside_at(std::uint32_t pos) const {
    for (const Aside& a : asides())
        if (a.start < pos && pos < a.end) return &a;
    return nullptr;
}

// A cue of an aside that lies wholly in text[from, to).
bool SentenceRelations::in_aside_between(const Cue& c, std::uint32_t from, std::uint32_t to) const {
    const Aside* a = aside_at(c.span.start);
    return a && a->start >= from && a->end <= to;
}

// The stated majority of the main clause: what an aside says is about the name before it.
LinkKind SentenceRelations::main_clause_majority() const {
    if (main_majority_ < 0) {
        std::vector<Cue> main;
        for (const Cue& c : cues_)
            if (!aside_at(c.span.start)) main.push_back(c);
        main_majority_ = std::int8_t(majority(main, [&](const Cue& c) {
            return c.kind == LinkKind::Cooperation ? stated_kind(c) : c.kind;
        }));
    }
    return LinkKind(main_majority_);
}

// What lies between mentions a and b (a starting first): 0 not a coordination, 1 coordinators
// only (commas, capitalized titles, other names), 2 with a conjunction ("and", "or", "-", "/") or
// nothing at all. A person next to an organization or country needs the conjunction: "IAEA
// Director General Rafael Grossi" and "Kaja Kallas, the EU's ..." are titles and appositions.
int SentenceRelations::joint(std::size_t a, std::size_t b) const {
    const Span sa = mentions_[a].span, sb = mentions_[b].span;
    if (sb.start <= sa.end) return 2; // one phrase names both ("the two sides")
    bool only = true, conjunction = false;
    std::size_t m = a + 1;
    each_token(text_, sa.end, sb.start, [&](std::string_view t) {
        const auto at = std::uint32_t(t.data() - text_.data());
        while (m < b && mentions_[m].span.end <= at) ++m;
        if (m < b && mentions_[m].span.start <= at) return true; // a word of another name
        only = coordinator(t);
        // A hyphen joins names only where it touches one ("U.S.-China"), not inside a title
        // between them ("United Nations Secretary-General Guterres").
        const bool touches = at == sa.end || at + t.size() == sb.start;
        conjunction |=
            one_of(t, {"and", "or", "&"}) || (touches && one_of(t, {"-", "/", "\xE2\x80\x93"}));
        return only;
    });
    if (!only) return 0;
    if (conjunction) return 2;
    return mentions_[a].individual == mentions_[b].individual ? 1 : 0;
}

// x and y are mention indexes, x starting first: names of one list ("China and Russia",
// "Chinese President Xi and Russian President Putin"), with a conjunction in it ("Niger, Mali and
// Burkina Faso"; not "Within Mercosur, Argentina").
bool SentenceRelations::coordinated(std::size_t x, std::size_t y) const {
    int j = joint(x, y);
    if (j != 1) return j == 2;
    // "Jamaica, the Bahamas, Belize and El Salvador": the list goes on to its conjunction.
    for (std::size_t m = y + 1, prev = y; m < mentions_.size(); ++m) {
        if (mentions_[m].span.start < mentions_[prev].span.end) continue;
        j = joint(prev, m);
        if (j != 1) return j == 2;
        prev = m;
    }
    return false;
}

bool SentenceRelations::speaker(std::size_t m) const {
    if (speaks_[m] < 0) speaks_[m] = std::int8_t(speaks(m));
    return speaks_[m] > 0;
}

bool SentenceRelations::speaks(std::size_t m) const {
    const NamedSpan& n = mentions_[m];
    if (!n.can_speak) return false;
    // "Lavrov said", "Lavrov, the foreign minister, said" is left out: the first word after.
    bool after = false;
    std::uint32_t to = std::min(sentence_.end, n.span.end + 24);
    each_token(text_, n.span.end, to, [&](std::string_view t) {
        if (t == ",") return true;
        after = reporting_verb(t);
        return false;
    });
    if (after) return true;
    // "said Lavrov", "according to Lavrov".
    std::uint32_t from = n.span.start > sentence_.start + 24 ? n.span.start - 24 : sentence_.start;
    const LastTokens before = last_tokens(text_, from, n.span.start);
    if (before.n >= 1 && one_of(before.t[0], {"said", "says", "told"})) return true;
    return before.n >= 2 && iequals(before.t[0], "to") && iequals(before.t[1], "according");
}

// Scans back from pos and stops where even the latest end of the cues left is too far: fewer
// words lie between a later end and pos.
template <typename Pred>
const SentenceRelations::Cue* SentenceRelations::last_near_before(std::uint32_t pos,
                                                                  Pred&& pred) const {
    for (std::size_t i = first_starting_at(pos); i-- > 0;) {
        const Cue& c = cues_[i];
        if (c.span.end <= pos) {
            const Tally t = tally(c.span.end, pos);
            if (t.words <= kNear && pred(c, t)) return &c;
        }
        if (i > 0 && cues_[i - 1].end_max <= pos && word_count(cues_[i - 1].end_max, pos) > kNear)
            break;
    }
    return nullptr;
}

// Both names on one side ("China and Russia ..."): the cue before the group when it is about the
// group ("tensions between X and Y", "joint X-Y drills"), else the first cue after it. A tension
// cue after the group with another entity beyond it puts the group on one side against that
// entity: the members cooperate.
PairRelation SentenceRelations::group_kind(std::size_t x, std::size_t y, bool& none) const {
    std::size_t first = x, last = y;
    while (first > 0 && coordinated(first - 1, first)) --first;
    while (last + 1 < mentions_.size() && coordinated(last, last + 1)) ++last;
    const std::uint32_t gs = mentions_[first].span.start;
    std::uint32_t ge = 0;
    for (std::size_t m = first; m <= last; ++m) ge = std::max(ge, mentions_[m].span.end);

    const Cue* before = last_near_before(
        gs, [&](const Cue& c, Tally t) { return !t.clause && !comma_between(c.span.end, gs); });
    const Cue* after = nullptr;
    for (std::size_t i = first_starting_at(ge); i < cues_.size() && !after; ++i) {
        if (clause_break(ge, cues_[i].span.start)) break; // and so for every later cue
        // "X and Y have been close for years, and Z spoke with W": a clause of its own.
        if (new_clause_between(ge, cues_[i].span.start)) break;
        after = &cues_[i];
    }
    bool between = false; // "between X and Y", "among them"
    bool by = false;      // "was opened by X and Y": the agents of one act
    {
        std::string_view last_word;
        std::uint32_t from = gs > sentence_.start + 16 ? gs - 16 : sentence_.start;
        each_token(text_, from, gs, [&](std::string_view t) {
            last_word = t;
            return true;
        });
        between = one_of(last_word, {"between", "among", "amongst"});
        by = iequals(last_word, "by");
    }
    if (after && stated_kind(*after) == LinkKind::CoMention) {
        // "have not coordinated": no work together; "do not compete": one side.
        none = after->kind == LinkKind::Cooperation;
        // "X and Y have avoided direct fighting": rivals holding back (what the sentence says
        // of them), not one side.
        if (none || after->negated == 3) return {};
        after = nullptr;
    }
    // The group names what the next word is ("hosted a China-Japan-South Korea summit", "the
    // India-Pakistan clash"): that word is about the members, whatever comes before.
    if (after && !between && after->kind == LinkKind::Meeting && !directed(*after) &&
        word_count(ge, after->span.start) == 0)
        return {stated_kind(*after), 0};
    if (before && (between || !after || word_count(before->span.end, gs) <= 2)) {
        // "sanctioned by X and Y", "support for X and Y": both on the same end of one act.
        if (directed(*before) && !between && !negated(*before)) return {LinkKind::Cooperation, 0};
        return {stated_kind(*before), 0};
    }
    // Named together with no cue ("India, Brazil and the UAE would not"): one side. The agents
    // of a passive whose verb is no cue ("was opened by X and Y at a ceremony") act together,
    // whatever the cues after them say.
    if (!after || by) return {LinkKind::Cooperation, 0};
    // "Relations between X and Y slid into a crisis over deportations": about the two.
    if (between) return {stated_kind(*after), 0};
    // "Brazil and Colombia refused to recognize the result": one side refusing an act on
    // someone or something else ("did not agree" is between them).
    if (negated(*after) && directed(*after)) return {LinkKind::Cooperation, 0};
    // "X and Y oppose Z", "X and Y hosted talks", "X and Y clashed with Z": acting together on
    // someone or something else. "X and Y clashed", "X-Y rivalry": tension between them.
    if (!negated(*after) && after->kind != LinkKind::Cooperation) {
        // "X and Y blamed each other": the act goes from one to the other.
        if (reciprocal_after(after->span.end)) return {stated_kind(*after), 0};
        if (directed(*after)) return {LinkKind::Cooperation, 0};
        // A member named again after the cue is no third side: "Ottawa and Beijing remain at
        // loggerheads over the detention of Canadian citizens".
        auto member = [&](const NamedSpan& m) {
            for (std::size_t g = first; g <= last; ++g)
                if (mentions_[g].entity == m.entity) return true;
            return false;
        };
        bool target = std::any_of(mentions_.begin() + std::ptrdiff_t(last) + 1, mentions_.end(),
                                  [&](const NamedSpan& m) {
                                      return !member(m) && m.span.start >= after->span.end &&
                                             word_count(after->span.end, m.span.start) <= kNear &&
                                             !comma_between(after->span.end, m.span.start) &&
                                             !clause_break(after->span.end, m.span.start);
                                  });
        if (target && after->kind == LinkKind::Tension) return {LinkKind::Cooperation, 0};
        // "Japan and Australia expressed concern", "X and Y condemned the test": one side's act
        // on someone unnamed. Only a mutual state ("clashed", "are rivals") is between them.
        if (after->kind == LinkKind::Tension &&
            !cue_words::mutual_tension(text_.substr(after->span.start, after->span.size())))
            return {LinkKind::Cooperation, 0};
    }
    return {stated_kind(*after), 0};
}

// The cues between the two names. Tension wins (an opposition between the two sides is tension
// across them, whatever else the words between say); otherwise the cue nearest the second name
// ("signed a deal with Y", "X's support for Y"). Direction: the first name acts on the second,
// unless "by" comes between the cue and the second (passive).
PairRelation SentenceRelations::between_kind(std::size_t x, std::size_t y, bool& none) const {
    std::uint32_t from = mentions_[x].span.end;
    const std::uint32_t to = mentions_[y].span.start;
    // "X endorsed the plan, while Y walked out", "X backed it; Y delayed it": the second clause's
    // cues only.
    const std::uint32_t contrast =
        clause_break(from, to) ||
                text_.substr(from, to - from).find("even ") != std::string_view::npos
            ? contrast_end(from, to)
            : 0;
    const Cue* before_contrast = nullptr;
    if (contrast > from) {
        for (std::size_t i = first_starting_at(from);
             i < cues_.size() && cues_[i].span.end <= contrast; ++i)
            if (stated_kind(cues_[i]) != LinkKind::CoMention) before_contrast = &cues_[i];
        from = contrast;
    }
    const Cue* nearest = nullptr;
    const Cue* meeting = nullptr; // the latest meeting cue before `nearest`
    const Cue* tension = nullptr; // in the second name's own stretch of the sentence (no comma)
    for (std::size_t i = first_starting_at(from); i < cues_.size() && cues_[i].span.start < to;
         ++i) {
        const Cue& c = cues_[i];
        // "China, which is at odds with Japan, signed a deal with Russia": the aside is China's.
        if (c.span.end > to || in_aside_between(c, from, to)) continue;
        const LinkKind k = stated_kind(c);
        // "have not coordinated ... with Y"
        none |= k == LinkKind::CoMention && c.kind == LinkKind::Cooperation && negated(c);
        if (k == LinkKind::CoMention) continue;
        if (nearest && stated_kind(*nearest) == LinkKind::Meeting) meeting = nearest;
        // "criticised the court and praised Y": a second act, joined by "and", is the one on Y.
        if (tension && k != LinkKind::Tension) {
            const LastTokens<1> last = last_tokens<1>(text_, tension->span.end, c.span.start);
            if (last.n > 0 && iequals(last.t[0], "and")) tension = nullptr;
        }
        nearest = &c;
        if (k == LinkKind::Tension && !comma_between(c.span.end, to)) tension = &c;
    }
    const Cue* chosen = tension ? tension : nearest;
    const LinkKind chosen_kind = chosen ? stated_kind(*chosen) : LinkKind::CoMention;
    if (!chosen && before_contrast) {
        // Two sides taking contrary stands ("X endorsed the plan, while Y walked out"), unless
        // the second does the same ("X reopened the crossing, while Y freed prisoners").
        const LinkKind first = stated_kind(*before_contrast);
        for (std::size_t i = first_starting_at(mentions_[y].span.end); i < cues_.size(); ++i) {
            const Tally t = tally(mentions_[y].span.end, cues_[i].span.start);
            if (t.words > kNear || t.clause) break;
            if (stated_kind(cues_[i]) == first) return {first, 0};
        }
        return {LinkKind::Tension, 0};
    }
    if (!chosen) {
        // "sent contingents that patrol alongside Y": on Y's side.
        if (partner_before(from, to)) return {LinkKind::Cooperation, 0};
        return {};
    }
    if (chosen_kind == LinkKind::Tension && opposed(*chosen)) return {LinkKind::Cooperation, 1};
    // "fought alongside Y": the act is shared with Y.
    if (chosen_kind == LinkKind::Tension) {
        if (partner_before(chosen->span.end, to)) return {LinkKind::Cooperation, 0};
    }
    // "hosted talks on a Gaza ceasefire with Y", "met Y": what a meeting is about does not
    // make it cooperation.
    if (chosen_kind == LinkKind::Cooperation && meeting && !tension &&
        meeting_about(*meeting, *chosen))
        return {LinkKind::Meeting, 0};
    // "hosts the IAEA's uranium bank": a thing of Y's on X's soil, not a visit ("hosted Iran's
    // president" is one).
    if (chosen_kind == LinkKind::Meeting && istarts(text_.substr(chosen->span.start), "host")) {
        const std::uint32_t ye = mentions_[y].span.end;
        const std::string_view after =
            text_.substr(ye, std::min<std::size_t>(4, text_.size() - ye));
        if (after.starts_with("'s") || after.starts_with("\xE2\x80\x99s")) {
            std::string_view owned;
            each_token(text_, ye + (after[0] == '\'' ? 2 : 4), std::min(sentence_.end, ye + 40),
                       [&](std::string_view t) {
                           owned = t;
                           return false;
                       });
            if (!owned.empty() && !cue_words::role_noun(owned)) return {LinkKind::Cooperation, 1};
        }
    }
    std::int8_t direction = 0;
    if (directed(*chosen) && !negated(*chosen)) {
        bool passive = false;
        each_token(text_, chosen->span.end, to, [&](std::string_view t) {
            passive |= iequals(t, "by");
            return true;
        });
        direction = passive ? -1 : 1;
    }
    return {chosen_kind, direction};
}

// The end of the last contrast word of text[from, to) ("while", "whereas", a semicolon, "even as",
// "even though"; ", but", ", although", ", though"), or 0: the clause after it has its own
// subject and its own cues.
std::uint32_t SentenceRelations::contrast_end(std::uint32_t from, std::uint32_t to) const {
    std::uint32_t end = 0;
    std::string_view prev;
    each_token(text_, from, to, [&](std::string_view t) {
        // "allied with but separate from" joins two words, not two clauses.
        if (one_of(t, {"while", "whereas", ";"}) ||
            (prev == "," && one_of(t, {"but", "although", "though"})) ||
            (iequals(prev, "even") && one_of(t, {"as", "though"})))
            end = std::uint32_t(t.data() + t.size() - text_.data());
        prev = t;
        return true;
    });
    return end;
}

// ", and" followed by a capitalized word in text[from, to): a clause with a subject of its own.
bool SentenceRelations::new_clause_between(std::uint32_t from, std::uint32_t to) const {
    std::string_view prev2, prev;
    bool found = false;
    each_token(text_, from, to, [&](std::string_view t) {
        found = prev2 == "," && prev == "and" && t[0] >= 'A' && t[0] <= 'Z';
        prev2 = prev;
        prev = t;
        return !found;
    });
    return found;
}

// "each other" or "one another" right after pos (the object of the cue ending there).
bool SentenceRelations::reciprocal_after(std::uint32_t pos) const {
    std::array<std::string_view, 2> t{};
    std::size_t n = 0;
    each_token(text_, pos, std::min(sentence_.end, pos + 16), [&](std::string_view w) {
        t[n++] = w;
        return n < t.size();
    });
    return n == 2 && ((iequals(t[0], "each") && iequals(t[1], "other")) ||
                      (iequals(t[0], "one") && iequals(t[1], "another")));
}

// A partner word ends text[from, to), with a determiner after it or not: "alongside the Kenyans".
bool SentenceRelations::partner_before(std::uint32_t from, std::uint32_t to) const {
    const LastTokens last = last_tokens(text_, from, to);
    if (last.n > 0 && cue_words::partner_word(last.t[0])) return true;
    return last.n > 1 && one_of(last.t[0], {"the", "its", "their", "his", "her"}) &&
           cue_words::partner_word(last.t[1]);
}

// "as [a|the] ROLE of" right before mention m.
bool SentenceRelations::role_of_before(std::size_t m) const {
    const std::uint32_t to = mentions_[m].span.start;
    // Asked of every pair: most names have no "of " right before them.
    if (to < sentence_.start + 3 || !iequals(text_.substr(to - 3, 3), "of ")) return false;
    const std::uint32_t from = to > sentence_.start + 40 ? to - 40 : sentence_.start;
    const auto [t, n] = last_tokens<4>(text_, from, to);
    if (n < 3 || !iequals(t[0], "of") || !cue_words::role_noun(t[1])) return false;
    return iequals(t[2], "as") ||
           (n == 4 && one_of(t[2], {"a", "an", "the"}) && iequals(t[3], "as"));
}

// The second name right after "than" (a comparison), or after his/her/its/their and role
// nouns whose owner is the first name: the nearest individual before for his/her, the nearest
// state or body for its/their.
bool SentenceRelations::compared_or_own(std::size_t x, std::size_t y) const {
    const std::uint32_t to = mentions_[y].span.start;
    const std::uint32_t from = std::max(mentions_[x].span.end, to > 48 ? to - 48 : 0u);
    if (from >= to) return false;
    const auto [t, n] = last_tokens<6>(text_, from, to);
    if (n == 0) return false;
    if (iequals(t[0], "than")) return true;
    std::size_t k = 0;
    while (k < n && cue_words::role_noun(t[k])) ++k;
    if (k == 0 || k == n) return false;
    const bool person = one_of(t[k], {"his", "her"});
    if (!person && !one_of(t[k], {"its", "their"})) return false;
    if (mentions_[x].individual != person) return false;
    // No other owner of that kind between the first name and the pronoun.
    for (std::size_t m = x + 1; m < y; ++m)
        if (mentions_[m].individual == person && mentions_[m].entity != mentions_[x].entity)
            return false;
    return true;
}

// A cooperation cue that says what a meeting is about: a few words after the meeting cue, in
// its phrase ("talks on a ceasefire", "a summit on trade"), not another act ("met and signed").
bool SentenceRelations::meeting_about(const Cue& meeting, const Cue& topic) const {
    if (topic.span.start < meeting.span.end) return false;
    const Tally t = tally(meeting.span.end, topic.span.start);
    if (t.words > kNear || t.clause || comma_between(meeting.span.end, topic.span.start))
        return false;
    bool about = false;
    each_token(text_, meeting.span.end, topic.span.start, [&](std::string_view w) {
        about = one_of(w, {"on", "about", "over", "regarding", "concerning"});
        return false;
    });
    return about;
}

// y is one of a list of a state's officials or firms: "U.S. envoy Tom Barrack and deputy envoy
// Morgan Ortagus", "China's state firms CGN and CNNC" (x the state).
bool SentenceRelations::role_list(std::size_t x, std::size_t y) const {
    for (std::size_t m = x + 1; m < y; ++m) {
        if (mentions_[m].span.start < mentions_[x].span.end || !apposition(x, m)) continue;
        bool conjunction = false, roles = true;
        each_token(text_, mentions_[m].span.end, mentions_[y].span.start, [&](std::string_view t) {
            if (one_of(t, {"and", ","}))
                conjunction = true;
            else
                roles = cue_words::role_noun(t);
            return roles;
        });
        if (conjunction && roles) return true;
    }
    return false;
}

// A hostile act that the words just before oppose: "opposes the isolation of Venezuela",
// "condemned the sanctions on Iran" side with its target.
bool SentenceRelations::opposed(const Cue& c) const {
    const std::size_t i = std::size_t(&c - cues_.data());
    if (i == 0 || negated(c)) return false;
    const Cue& p = cues_[i - 1];
    if (p.kind != LinkKind::Tension || p.span.end > c.span.start || negated(p)) return false;
    const std::string_view verb = text_.substr(p.span.start, p.span.size());
    if (!istarts(verb, "oppos") && !istarts(verb, "against") && !istarts(verb, "condemn") &&
        !istarts(verb, "criticis") && !istarts(verb, "criticiz") && !istarts(verb, "reject") &&
        !istarts(verb, "protest"))
        return false;
    std::size_t n = 0;
    bool only_determiners = true;
    each_token(text_, p.span.end, c.span.start, [&](std::string_view t) {
        only_determiners =
            ++n <= 2 && one_of(t, {"the", "a", "an", "any", "further", "new", "its", "their"});
        return only_determiners;
    });
    return only_determiners;
}

// x and y are mention indexes, x first, with no cue between: one noun phrase names both, an
// apposition or a title. "Ali Larijani, secretary of the Supreme National Security Council", "Roza
// Otunbayeva, a former president of Kyrgyzstan" (a comma, a role, then of/at/for); "The
// Taliban's chief spokesman, Zabihullah Mujahid" (a possessive, then the role); "United Nations
// Secretary-General António Guterres" (capitalized titles between a person and a body).
bool SentenceRelations::apposition(std::size_t x, std::size_t y) const {
    const std::uint32_t from = mentions_[x].span.end, to = mentions_[y].span.start;
    if (from >= to) return false;
    const Tally between = tally(from, to);
    if (between.clause || between.words > kApposition) return false;
    std::array<std::string_view, kApposition + 8> t{};
    std::size_t n = 0;
    each_token(text_, from, to, [&](std::string_view w) {
        if (n == t.size()) return false;
        t[n++] = w;
        return true;
    });
    if (n == 0 || n == t.size()) return false;
    auto lower_word = [](std::string_view w) { return w[0] >= 'a' && w[0] <= 'z'; };
    auto upper_word = [](std::string_view w) { return w[0] >= 'A' && w[0] <= 'Z'; };
    for (std::size_t i = 0; i < n; ++i)
        if (one_of(t[i], {"and", "or", "&", "/"})) return false; // a list, not one phrase
    // "of Moscow's partners": the second name is not where the phrase ends.
    const std::string_view after = text_.substr(mentions_[y].span.end, 4);
    const bool possessed = after.starts_with("'s") || after.starts_with("\xE2\x80\x99s");
    if (t[0] == ",") {
        // A role, then the body it belongs to: ", a former president of".
        if (possessed) return false;
        bool role = false, of = false;
        for (std::size_t i = 1; i < n; ++i) {
            if (!lower_word(t[i])) return false;
            of |= one_of(t[i], {"of", "at", "for"});
            role |= !of && !one_of(t[i], {"the", "a", "an", "its", "his", "her", "their"});
        }
        return role && of && one_of(t[n - 1], {"of", "at", "for", "the"});
    }
    // Role and head nouns only: "U.S. envoy Tom Barrack", "China's state firms CGN".
    auto roles_from = [&](std::size_t i) {
        for (; i < n; ++i)
            if (!cue_words::role_noun(t[i]) && t[i] != ",") return false;
        return true;
    };
    if (one_of(t[0], {"'s", "\xE2\x80\x99s"})) {
        // "The Taliban's chief spokesman, Zabihullah Mujahid": a person named by a role; not
        // "Russia's share of India's arms".
        if (possessed) return false;
        if (!mentions_[y].individual) return n >= 2 && roles_from(1);
        for (std::size_t i = 1; i + 1 < n; ++i)
            if ((!lower_word(t[i]) && !upper_word(t[i])) || one_of(t[i], {"of", "at", "for"}))
                return false;
        return n >= 2 && (lower_word(t[n - 1]) || upper_word(t[n - 1]) || t[n - 1] == ",");
    }
    if (!mentions_[x].individual && !possessed && roles_from(0)) return true;
    if (mentions_[x].individual == mentions_[y].individual) return false;
    for (std::size_t i = 0; i < n; ++i)
        if (!upper_word(t[i]) && t[i] != "-") return false;
    return true;
}

// No cue between: a cue right before the first name or right after the second, in the same clause.
PairRelation SentenceRelations::near_kind(std::size_t x, std::size_t y) const {
    const std::uint32_t xs = mentions_[x].span.start, ye = mentions_[y].span.end;
    // A cue with another name on its far side relates that name ("Abu Dhabi buys Chinese
    // technology, which American officials criticised": "buys" is not about China and the US).
    auto other = [&](const NamedSpan& m) {
        return m.entity != mentions_[x].entity && m.entity != mentions_[y].entity;
    };
    auto other_before = [&](std::uint32_t pos) {
        return std::any_of(mentions_.begin(), mentions_.end(), [&](const NamedSpan& m) {
            return other(m) && m.span.end <= pos && word_count(m.span.end, pos) <= kNear &&
                   !clause_break(m.span.end, pos);
        });
    };
    auto other_after = [&](std::uint32_t pos) {
        return std::any_of(mentions_.begin(), mentions_.end(), [&](const NamedSpan& m) {
            // "... as a strategic partner, and Italian Prime Minister Meloni signed": a comma
            // ends the cue's phrase.
            return other(m) && m.span.start >= pos && word_count(pos, m.span.start) <= kNear &&
                   !clause_break(pos, m.span.start) && !comma_between(pos, m.span.start);
        });
    };
    // Every cue ending before the first name precedes every cue after the second: the nearest
    // before wins, else the nearest after.
    const Cue* best = last_near_before(
        xs, [&](const Cue& c, Tally t) { return !t.clause && !other_before(c.span.start); });
    for (std::size_t i = first_starting_at(ye); i < cues_.size() && !best; ++i) {
        const Tally t = tally(ye, cues_[i].span.start);
        if (t.words > kNear || t.clause) break; // and so for every later cue
        if (!other_after(cues_[i].span.end)) best = &cues_[i];
    }
    return {best ? stated_kind(*best) : LinkKind::CoMention, 0};
}

std::size_t SentenceRelations::first_starting_at(std::uint32_t pos) const {
    return std::size_t(std::partition_point(cues_.begin(), cues_.end(),
                                            [&](const Cue& c) { return c.span.start < pos; }) -
                       cues_.begin());
}

PairRelation SentenceRelations::relation(std::uint32_t a, std::uint32_t b) const {
    if (std::max(a, b) + 1 >= first_of_.size()) return {};
    // The closest two mentions of a and b, in text order; ties go to the first (i, j).
    std::size_t bx = 0, by = 0;
    std::uint64_t best_gap = ~std::uint64_t(0);
    const std::span<const std::uint32_t> ma(by_entity_.data() + first_of_[a],
                                            by_entity_.data() + first_of_[a + 1]);
    const std::span<const std::uint32_t> mb(by_entity_.data() + first_of_[b],
                                            by_entity_.data() + first_of_[b + 1]);
    for (std::size_t ia = 0, ib = 0; ia < ma.size() || ib < mb.size();) {
        const bool from_a = ib == mb.size() || (ia < ma.size() && ma[ia] < mb[ib]);
        const std::size_t i = from_a ? ma[ia++] : mb[ib++];
        const std::span<const std::uint32_t> others = from_a ? mb : ma;
        for (auto o = std::upper_bound(others.begin(), others.end(), std::uint32_t(i));
             o != others.end(); ++o) {
            const std::size_t j = *o;
            std::uint64_t gap = mentions_[j].span.start > mentions_[i].span.end
                                    ? mentions_[j].span.start - mentions_[i].span.end
                                    : 0;
            // One phrase naming both ("the two leaders") only when the names are nowhere apart.
            if (mentions_[j].span.start < mentions_[i].span.end) gap = std::uint64_t(1) << 32;
            if (gap < best_gap) {
                best_gap = gap;
                bx = i;
                by = j;
            }
        }
    }
    if (best_gap == ~std::uint64_t(0)) return {};
    bool a_first = mentions_[bx].entity == a;
    if (speaker(bx) || speaker(by)) return {};
    // "hosted the talks as chair of ASEAN", "Turkey, as a member of NATO, objected": a role.
    if (role_of_before(by)) return {};
    // "hit harder than Gazprom itself": a comparison; "as did his foreign minister Vieira": the
    // official of the person or state named before.
    if (compared_or_own(bx, by)) return {};
    // "China, which is at odds with Japan, signed a deal with Russia": Japan is named in an aside
    // about China, and what follows the aside is China's act, not Japan's. An aside about a thing
    // ("The talks, brokered by Qatar, ended the war between X and Y") may tie its names to those
    // after it through the thing: the usual rules.
    if (const Aside* aside = aside_at(mentions_[bx].span.start);
        aside && aside->after_name && mentions_[by].span.start >= aside->end) {
        // The name after the aside may be named before it as well, in the aside's own main
        // clause ("Ugandan President Museveni, whose troops fight the ADF, said Uganda would not
        // join"): there it relates to the aside's name as usual.
        const std::uint32_t later = mentions_[by].entity;
        std::size_t before = mentions_.size();
        for (std::uint32_t k = first_of_[later]; k < first_of_[later + 1]; ++k)
            if (mentions_[by_entity_[k]].span.end <= aside->start) before = by_entity_[k];
        if (before == mentions_.size()) return {};
        by = bx;
        bx = before;
        a_first = mentions_[bx].entity == a;
        if (speaker(bx) || role_of_before(by) || compared_or_own(bx, by)) return {};
    }
    const Span sx = mentions_[bx].span, sy = mentions_[by].span;
    PairRelation r;
    bool none = false; // the words state that the pair does nothing together
    if (coordinated(bx, by)) {
        r = group_kind(bx, by, none);
    } else {
        r = between_kind(bx, by, none);
        // One noun phrase names both: the cues around it are about what the phrase does.
        if (r.kind == LinkKind::CoMention && (apposition(bx, by) || role_list(bx, by))) return {};
        if (r.kind == LinkKind::CoMention) r = near_kind(bx, by);
    }
    // Nothing near the pair: names close together with no cue between are one noun phrase (a
    // title, an apposition: "Kaja Kallas, the EU's foreign policy chief"), a co-mention; names
    // far apart share what the sentence as a whole says.
    if (r.kind == LinkKind::CoMention && !none &&
        (coordinated(bx, by) || word_count(sx.end, sy.start) > kApposition)) {
        const bool across = std::any_of(asides().begin(), asides().end(), [&](const Aside& s) {
            return s.start >= sx.end && s.end <= sy.start;
        });
        r.kind = across ? main_clause_majority() : stated_majority();
    }
    if (!a_first) r.direction = std::int8_t(-r.direction);
    return r;
}

} // namespace kg
