// Surname and pair resolution: short references become mentions of entities named earlier.
#include "extract/coreference.hpp"

#include "extract/head_of.hpp"
#include "extract/name_scan.hpp"
#include "extract/span_at.hpp"
#include "extract/text_class.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>

namespace kg {
namespace {

EntityType type_of(const ExtractIndex& index, const std::vector<DiscoveredEntity>& discovered,
                   EntityRef r) {
    return r.discovered ? discovered[r.index].type : index.kb->entities[r.index].type;
}

const std::string& name_of(const ExtractIndex& index,
                           const std::vector<DiscoveredEntity>& discovered, EntityRef r) {
    return r.discovered ? discovered[r.index].name : index.kb->entities[r.index].name;
}

// Capitalized words that are also months, days or common words: never taken as a bare surname.
bool unsafe_surname(std::string_view lower) {
    static const std::set<std::string_view> kWords{
        "january",   "february",  "march",   "april",    "may",      "june",   "july",
        "august",    "september", "october", "november", "december", "monday", "tuesday",
        "wednesday", "thursday",  "friday",  "saturday", "sunday",   "will",   "long",
        "young",     "white",     "black",   "north",    "south",    "east",   "west"};
    return lower.size() < 2 || kWords.count(lower) > 0;
}

// The most common family names of Korea (Statistics Korea, 2015 census: the top 30) and China
// (Ministry of Public Security, 2020 ranking: the top 40), in romanization; those that are also
// English words ("He", "Long", "Song", "Fan") are left out, since a sentence may open with them.
bool is_east_asian_family_name(std::string_view word) {
    static const std::set<std::string_view> kNames{
        "Kim",   "Lee",  "Park", "Choi",  "Jung", "Kang",  "Cho",   "Yoon",  "Jang",  "Lim",
        "Han",   "Oh",   "Seo",  "Shin",  "Kwon", "Hwang", "Ahn",   "Yoo",   "Moon",  "Baek",
        "Heo",   "Nam",  "Noh",  "Chung", "Roh",  "Jeon",  "Ko",    "Ryu",   "Wang",  "Li",
        "Zhang", "Liu",  "Chen", "Yang",  "Zhao", "Huang", "Zhou",  "Wu",    "Xu",    "Sun",
        "Hu",    "Zhu",  "Gao",  "Lin",   "Guo",  "Luo",   "Liang", "Zheng", "Xie",   "Tang",
        "Feng",  "Dong", "Xiao", "Cheng", "Cao",  "Yuan",  "Deng",  "Peng",  "Jiang", "Cai",
        "Jia",   "Ding", "Wei",  "Xue",   "Pan",  "Xi",    "Qin",   "Lu"};
    return kNames.count(word) > 0;
}

// True when a word character ends right before `i` (a byte that is ASCII or a UTF-8 lead byte),
// as a walk from the start of the text by char_length steps sees it: a stray continuation byte
// there is a character of its own (no word character), not the end of the one before it.
bool word_char_ends_at(std::string_view text, std::size_t i) {
    if (i == 0) return false;
    const auto j = char_start_before(text, i);
    return j && is_word_char_at(text, *j);
}

// A sentence that opens with one of `pronouns` (after an optional "And" or "But" and an opening
// quote; the pronoun's first letter in either case) and goes on with a lower-case word: "Both
// support a world order...", "They pushed hard to keep...", "It also sanctioned...". The span of
// the pronoun, or an empty span. "Both Beijing and Moscow" names its pair itself.
Span leading_pronoun(std::string_view text, Span sentence,
                     std::initializer_list<std::string_view> pronouns) {
    std::size_t i = sentence.start;
    auto skip = [&] {
        while (i < sentence.end && (ascii_space(text[i]) || text[i] == '"' || text[i] == '(')) ++i;
        if (text.substr(i, 3) == "\xE2\x80\x9C") i += 3; // “
    };
    auto word = [&]() -> std::string_view {
        std::size_t j = i;
        while (j < sentence.end &&
               ((text[j] >= 'a' && text[j] <= 'z') || (text[j] >= 'A' && text[j] <= 'Z')))
            ++j;
        return text.substr(i, j - i);
    };
    auto pronoun = [&](std::string_view w, bool lower) {
        return std::any_of(pronouns.begin(), pronouns.end(), [&](std::string_view p) {
            return w.size() == p.size() && w.substr(1) == p.substr(1) &&
                   w[0] == (lower ? char(p[0] - 'A' + 'a') : p[0]);
        });
    };
    skip();
    std::string_view w = word();
    if (w == "And" || w == "But") {
        i += w.size();
        skip();
        w = word();
        if (!pronoun(w, true)) return {};
    } else if (!pronoun(w, false)) {
        return {};
    }
    const Span found{std::uint32_t(i), std::uint32_t(i + w.size())};
    i += w.size();
    if (i >= sentence.end || text[i] != ' ') return {};
    ++i;
    return i < sentence.end && text[i] >= 'a' && text[i] <= 'z' ? found : Span{};
}

// A pronoun subject after a sentence's opening phrase: "In a statement read on television, he
// accused ...", "On Monday, she met ...". The sentence opens with a capitalized word (not a quote),
// its first comma comes within `kOpeningWords` words, and a lower-case pronoun of `pronouns`
// follows it, then a lower-case word. The span of the pronoun, or an empty span.
Span pronoun_after_opening(std::string_view text, Span sentence,
                           std::initializer_list<std::string_view> pronouns) {
    constexpr std::size_t kOpeningWords = 12;
    std::size_t i = sentence.start;
    while (i < sentence.end && ascii_space(text[i])) ++i;
    if (i >= sentence.end || !(text[i] >= 'A' && text[i] <= 'Z')) return {};
    // The pronoun after the first comma first: every sentence is asked, and few have one there.
    const std::size_t comma = text.substr(i, sentence.end - i).find(',');
    if (comma == std::string_view::npos) return {};
    const std::size_t at = i + comma + 2;
    if (at >= sentence.end || text[at - 1] != ' ') return {};
    Span found{};
    for (std::string_view p : pronouns) {
        const std::size_t end = at + p.size();
        if (end + 1 < sentence.end && text.substr(at, p.size()) == p && text[end] == ' ' &&
            text[end + 1] >= 'a' && text[end + 1] <= 'z') {
            found = {std::uint32_t(at), std::uint32_t(end)};
            break;
        }
    }
    if (found.size() == 0) return {};
    std::size_t words = 1;
    for (; i < at - 2; ++i) {
        if (text[i] == '"' || text[i] == '(' || text[i] == ';' || text[i] == ':') return {};
        if (text[i] == ' ' && ++words > kOpeningWords) return {};
    }
    return found;
}

// True when the mention ending at `end` is a possessive ("Faye's prime minister"): a name that
// qualifies another, rarely the subject of its sentence.
bool possessive_at(std::string_view text, std::uint32_t end) {
    return text.substr(end, 2) == "'s" || text.substr(end, 4) == "\xE2\x80\x99s";
}

// " and ", the words between two names of one phrase.
bool only_and(std::string_view between) {
    while (!between.empty() && ascii_space(between.front())) between.remove_prefix(1);
    while (!between.empty() && ascii_space(between.back())) between.remove_suffix(1);
    return between == "and";
}

// A knowledge-base leader who heads their state or government (head_of.hpp).
bool head_of_state(const ExtractIndex& index, EntityRef r) {
    if (r.discovered) return false;
    const std::vector<KbEntity>& all = index.kb->entities;
    const KbEntity& leader = all[r.index];
    auto of = std::find_if(all.begin(), all.end(),
                           [&](const KbEntity& e) { return e.id == leader.affiliation; });
    return of != all.end() && heads(leader, *of);
}

} // namespace

// The last word of a full name, without generational suffixes.
std::vector<std::string> surnames_of(std::string_view name) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < name.size()) {
        while (i < name.size() && (ascii_space(name[i]) || name[i] == ',')) ++i;
        std::size_t j = i;
        while (j < name.size() && !ascii_space(name[j]) && name[j] != ',') ++j;
        if (j > i) words.push_back(name.substr(i, j - i));
        i = j;
    }
    static const std::set<std::string_view> kSuffix{"Jr", "Jr.", "Sr", "Sr.",
                                                    "II", "III", "IV", "Ph.D."};
    while (!words.empty() && kSuffix.count(words.back())) words.pop_back();
    if (words.size() < 2) return {};
    std::string last = ascii_lower(words.back());
    std::vector<std::string> out{last};
    const std::size_t dash = words.back().rfind('-');
    // "al-Assad" is also written "Assad"; "Jin-ho" is a Korean given name, never written alone.
    if (dash != std::string_view::npos && dash + 1 < last.size() &&
        ascii_upper(words.back()[dash + 1]))
        out.push_back(last.substr(dash + 1));
    // "Kim Jin-ho", "Wang Yi": an East Asian name puts the family name first.
    if (words.size() <= 3 && is_east_asian_family_name(words.front()))
        out.push_back(ascii_lower(words.front()));
    std::erase_if(out, [](const std::string& s) { return unsafe_surname(s); });
    return out;
}

void resolve_surnames(const ExtractIndex& index, const Document& doc,
                      std::vector<DocMention>& mentions,
                      const std::vector<DiscoveredEntity>& discovered) {
    struct Owner {
        EntityRef ref;
        std::uint32_t after = 0; // end of the first mention
    };
    // Per surname, its owners in the order the document introduces them: a bare "Park" is the
    // last Park named before it ("Park Min-su", until an analyst "Park Ji-hoon" comes).
    std::map<std::string, std::vector<Owner>, std::less<>> owners;
    auto own = [&](const std::string& surname, const DocMention& m) {
        std::vector<Owner>& o = owners[surname];
        if (std::none_of(o.begin(), o.end(), [&](const Owner& x) { return x.ref == m.ref; }))
            o.push_back({m.ref, m.span.end});
    };
    // An entity's first mention decides; its later ones change nothing. Known entities are
    // slots 0..kb size, discovered ones after them.
    const std::size_t kb_size = index.kb->entities.size();
    std::vector<char> seen(kb_size + discovered.size(), 0);
    for (const DocMention& m : mentions) {
        char& first = seen[m.ref.discovered ? kb_size + m.ref.index : m.ref.index];
        if (first) continue;
        first = 1;
        if (!m.ref.discovered) { // surnames computed with the index (empty unless a person or
                                 // leader)
            for (const std::string& s : index.surnames[m.ref.index]) own(s, m);
            continue;
        }
        EntityType t = type_of(index, discovered, m.ref);
        if (t != EntityType::Person && t != EntityType::Leader) continue;
        for (const std::string& s : surnames_of(name_of(index, discovered, m.ref))) own(s, m);
    }
    if (owners.empty()) return;
    const std::string_view text = doc.text;
    std::vector<DocMention> added;
    // A bare surname is a word that starts with an upper-case letter (starts_upper) whose lead
    // byte begins some owner's surname. Only the bytes that can begin one are looked at, so most
    // of the text costs one table lookup per byte, not a walk over its words; the words found are
    // those a walk from the start by char_length steps would find.
    std::array<bool, 256> candidate{};
    for (const auto& [surname, owner] : owners) {
        const auto b = static_cast<unsigned char>(surname.front());
        if (b >= 'a' && b <= 'z')
            candidate[b - 'a' + 'A'] = true;
        else if (b >= 0xC0)
            candidate[b] = true;
    }
    std::string lower; // reused: one lower-case copy per candidate word, without an allocation
    std::size_t next_mention = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!candidate[static_cast<unsigned char>(text[i])] || !is_word_char_at(text, i) ||
            word_char_ends_at(text, i))
            continue;
        std::size_t j = skip_ascii_word(text, i);
        while (j < text.size() && is_word_char_at(text, j)) j += char_length(text, j);
        while (next_mention < mentions.size() && mentions[next_mention].span.end <= i)
            ++next_mention;
        bool covered = next_mention < mentions.size() && mentions[next_mention].span.start < j;
        // "Xi'an", "Lee-led": a word that goes on after an apostrophe or hyphen is another word
        // (a possessive "'s" is not).
        const bool goes_on =
            j + 1 < text.size() && (text[j] == '\'' || text[j] == '-') &&
            ascii_alpha(text[j + 1]) &&
            !(text[j + 1] == 's' && (j + 2 >= text.size() || !ascii_alpha(text[j + 2])));
        if (!covered && !goes_on && starts_upper(text, i)) {
            lower.assign(text.substr(i, j - i));
            for (char& c : lower) c = ascii_lower(c);
            if (auto it = owners.find(lower); it != owners.end()) {
                const Owner* last = nullptr;
                for (const Owner& o : it->second)
                    if (i >= o.after) last = &o;
                if (last) added.push_back({{std::uint32_t(i), std::uint32_t(j)}, last->ref});
            }
        }
        i = j - 1; // the word's end is no word character: the next word starts after it
    }
    insert_sorted(mentions, std::move(added));
}

void resolve_pairs(const ExtractIndex& index, const Document& doc,
                   const std::vector<Sentence>& sentences,
                   const std::vector<PhraseMatch>& pair_matches, std::vector<DocMention>& mentions,
                   const std::vector<DiscoveredEntity>& discovered) {
    if (sentences.empty()) return;
    // The pair phrases ("the two countries": a type) and the pronouns that open a sentence
    // ("Both", "They": a pair of leaders, else of countries), in text order.
    struct Reference {
        Span span;
        std::optional<EntityType> type; // none: a pronoun
    };
    std::vector<Reference> found;
    found.reserve(pair_matches.size());
    for (const PhraseMatch& pm : pair_matches)
        found.push_back({{pm.start, pm.end}, EntityType(index.pairs.phrase(pm.phrase).value)});
    const std::size_t phrases = found.size();
    for (const Sentence& s : sentences) {
        const Span p = leading_pronoun(doc.text, s.span, {"Both", "They"});
        auto phrase_at = [&](const Reference& r) { return r.span.start == p.start; };
        if (p.size() > 0 &&
            std::none_of(found.begin(), found.begin() + std::ptrdiff_t(phrases), phrase_at))
            found.push_back({p, std::nullopt});
    }
    if (found.empty()) return;
    std::stable_sort(found.begin(), found.end(), [](const Reference& a, const Reference& b) {
        return a.span.start < b.span.start;
    });

    // Mention counts per type, kept current as pairs resolve: the dominant pair can change.
    // Sorted vectors by entity (a map per type cost an allocation per entity and document).
    using Counts = std::vector<std::pair<EntityRef, std::size_t>>;
    std::array<Counts, kEntityTypeCount> counts;
    auto bump = [&](EntityType type, EntityRef r) {
        Counts& c = counts[std::size_t(type)];
        auto it = std::lower_bound(c.begin(), c.end(), r,
                                   [](const auto& e, EntityRef x) { return e.first < x; });
        if (it == c.end() || it->first != r) it = c.insert(it, {r, 0});
        ++it->second;
    };
    for (const DocMention& m : mentions) bump(type_of(index, discovered, m.ref), m.ref);
    // The document's dominant pair of a type: the top two, clearly ahead of the third.
    auto focus = [&](EntityType type) -> std::optional<std::pair<EntityRef, EntityRef>> {
        std::vector<std::pair<std::size_t, EntityRef>> ranked;
        for (auto [ref, n] : counts[std::size_t(type)]) ranked.push_back({n, ref});
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](auto& a, auto& b) { return a.first > b.first; });
        std::size_t third = ranked.size() > 2 ? ranked[2].first : 0;
        if (ranked.size() >= 2 && ranked[1].first >= 2 && ranked[1].first >= 2 * third)
            return std::pair{ranked[0].second, ranked[1].second};
        return std::nullopt;
    };

    // The pair that opens a sentence: its first two names of `type` in one phrase ("Moscow and
    // Beijing share...", or a pair phrase or pronoun already resolved: "Both face..."), among the
    // mentions from `m` up to `end`.
    auto opening_pair = [&](std::vector<DocMention>::const_iterator m, std::uint32_t end,
                            EntityType type) -> std::optional<std::pair<EntityRef, EntityRef>> {
        const DocMention* one = nullptr;
        for (; m != mentions.end() && m->span.end <= end; ++m) {
            if (type_of(index, discovered, m->ref) != type) continue;
            if (!one) {
                one = &*m;
                continue;
            }
            if (m->ref == one->ref) continue;
            const bool same = m->span.start == one->span.start && m->span.end == one->span.end;
            const bool joined =
                one->span.end <= m->span.start &&
                only_and(doc.text.substr(one->span.end, m->span.start - one->span.end));
            if (same || joined) return std::pair{one->ref, m->ref};
            return std::nullopt;
        }
        return std::nullopt;
    };

    // The pair a reference at `pm` to two entities of `type` names, if it is clear. A pronoun
    // needs both in its window: "They" after a sentence naming no two countries is someone else.
    auto resolve = [&](Span pm, EntityType type, bool pronoun) -> bool {
        auto s =
            std::upper_bound(sentences.begin(), sentences.end(), pm.start,
                             [](std::uint32_t p, const Sentence& x) { return p < x.span.start; });
        if (s == sentences.begin()) return false;
        --s;
        // The window: this sentence up to the phrase, and the sentence before it.
        std::uint32_t from = s == sentences.begin() ? s->span.start : std::prev(s)->span.start;
        std::vector<EntityRef> window;
        auto first = first_mention_from(mentions, from);
        for (auto m = first; m != mentions.end() && m->span.start < pm.start; ++m)
            if (m->span.end <= pm.start && type_of(index, discovered, m->ref) == type &&
                std::find(window.begin(), window.end(), m->ref) == window.end())
                window.push_back(m->ref);
        // "X hosted Y and Foreign Minister Z. The two leaders agreed": the two heads of state or
        // government among them.
        if (window.size() > 2 && type == EntityType::Leader) {
            std::vector<EntityRef> heads_only;
            for (EntityRef r : window)
                if (head_of_state(index, r)) heads_only.push_back(r);
            if (heads_only.size() == 2) window = std::move(heads_only);
        }
        std::optional<std::pair<EntityRef, EntityRef>> pair;
        if (window.size() == 2) {
            pair = {window[0], window[1]};
        } else if (auto opening = pronoun ? opening_pair(first, pm.start, type) : std::nullopt) {
            pair = opening;
        } else if (auto f = focus(type)) {
            auto has = [&](EntityRef r) {
                return std::find(window.begin(), window.end(), r) != window.end();
            };
            if ((window.size() < 2 && !pronoun) || (has(f->first) && has(f->second))) pair = f;
        }
        if (!pair) return false;
        // Resolved at once, so that the next phrase sees this pair in its window.
        insert_sorted(mentions, {{pm, pair->first}, {pm, pair->second}});
        bump(type, pair->first);
        bump(type, pair->second);
        return true;
    };
    for (const Reference& r : found) {
        if (r.type)
            resolve(r.span, *r.type, false);
        else if (!resolve(r.span, EntityType::Leader, true))
            resolve(r.span, EntityType::Country, true);
    }
}

void resolve_subject_pronouns(const ExtractIndex& index, const Document& doc,
                              const std::vector<Sentence>& sentences,
                              const std::vector<PhraseMatch>& cues,
                              std::vector<DocMention>& mentions,
                              const std::vector<DiscoveredEntity>& discovered) {
    const std::string_view text = doc.text;
    for (std::size_t k = 1; k < sentences.size(); ++k) {
        const Span s = sentences[k].span;
        Span p = leading_pronoun(text, s, {"It", "He", "She"});
        if (p.size() == 0) p = pronoun_after_opening(text, s, {"it", "he", "she"});
        if (p.size() == 0) continue;
        // The pronoun acts: a cue within its next three words ("It also sanctioned", "He has
        // since met"). "It is", "It was" open a sentence about something else.
        // The cues are in text order (one left-to-right walk of the matcher).
        const auto next = std::partition_point(
            cues.begin(), cues.end(), [&](const PhraseMatch& c) { return c.start < p.end; });
        if (next == cues.end() || next->start >= s.end) continue;
        const PhraseMatch* cue = &*next;
        std::size_t words = 0;
        bool comma = false, be = false;
        for (std::size_t i = p.end; i < cue->start;) {
            while (i < cue->start && (ascii_space(text[i]) || text[i] == ','))
                comma |= text[i++] == ',';
            const std::size_t j = text.find(' ', i);
            const std::string_view w = text.substr(i, std::min<std::size_t>(j, cue->start) - i);
            if (w.empty()) break;
            be |= words == 0 && (w == "is" || w == "was" || w == "'s" || w == "seems");
            ++words;
            i += w.size();
        }
        if (words > 2 || comma || be) continue;
        // Its subject: the first name of the pronoun's kind in the sentence before; for a person,
        // the first that is no possessive ("Faye's prime minister, Ousmane Sonko, struck ...":
        // Sonko), else the first. A name of that kind in the opening phrase before the pronoun
        // ("After Xi arrived, he met ...") is its subject already.
        const bool person = text[p.start] == 'H' || text[p.start] == 'h' || text[p.start] == 'S' ||
                            text[p.start] == 's';
        auto fits = [&](EntityRef r) {
            const EntityType type = type_of(index, discovered, r);
            return person ? type == EntityType::Leader || type == EntityType::Person
                          : type == EntityType::Country || type == EntityType::Organization;
        };
        auto opening = first_mention_from(mentions, s.start);
        while (opening != mentions.end() && opening->span.end <= p.start && !fits(opening->ref))
            ++opening;
        if (opening != mentions.end() && opening->span.end <= p.start) continue;
        const Span prev = sentences[k - 1].span;
        const DocMention* subject = nullptr;
        for (const DocMention& m : mentions) {
            if (m.span.start < prev.start) continue;
            if (m.span.end > prev.end) break;
            if (!fits(m.ref)) continue;
            if (!subject) subject = &m;
            if (!person || !possessive_at(text, m.span.end)) {
                subject = &m;
                break;
            }
        }
        // At once: the next sentence may say "It" again.
        if (subject) insert_sorted(mentions, {{p, subject->ref}});
    }
}

void resolve_heads(const ExtractIndex& index, const Document& doc, const WordMatches& words,
                   std::vector<DocMention>& mentions,
                   const std::vector<DiscoveredEntity>& discovered) {
    const std::string_view text = doc.text;
    std::vector<DocMention> added;
    for (const PhraseMatch& h : words.org_heads) {
        if (overlaps_mention(mentions, h.start, h.end)) continue;
        const bool after_the = h.start >= 4 && (text.substr(h.start - 4, 4) == "the " ||
                                                text.substr(h.start - 4, 4) == "The ");
        const bool before_title =
            std::any_of(words.titles.begin(), words.titles.end(), [&](const PhraseMatch& t) {
                return t.start == h.end + 1 && h.end < text.size() && text[h.end] == ' ';
            });
        if (!after_the && !before_title) continue;
        if (h.end + 1 < text.size() && text[h.end] == ' ' && starts_upper(text, h.end + 1) &&
            !before_title)
            continue;
        // The last organization named before it whose name ends with this head word.
        const std::string_view head = text.substr(h.start, h.end - h.start);
        const DocMention* owner = nullptr;
        for (const DocMention& m : mentions) {
            if (m.span.end > h.start) break;
            if (type_of(index, discovered, m.ref) != EntityType::Organization) continue;
            const std::string& name = name_of(index, discovered, m.ref);
            if (name.size() > head.size() && name.ends_with(head) &&
                name[name.size() - head.size() - 1] == ' ')
                owner = &m;
        }
        if (owner) added.push_back({{h.start, h.end}, owner->ref});
    }
    insert_sorted(mentions, std::move(added));
}

void resolve_country_references(const ExtractIndex& index, const Document& doc,
                                const std::vector<Sentence>& sentences,
                                std::vector<DocMention>& mentions,
                                const std::vector<DiscoveredEntity>& discovered) {
    const std::string_view text = doc.text;
    constexpr std::string_view kPhrase = "he country";
    // The countries named in `span`, each once, in text order.
    std::vector<EntityRef> named;
    auto countries_in = [&](Span span) {
        named.clear();
        auto m = first_mention_from(mentions, span.start);
        for (; m != mentions.end() && m->span.end <= span.end; ++m)
            if (type_of(index, discovered, m->ref) == EntityType::Country &&
                std::find(named.begin(), named.end(), m->ref) == named.end())
                named.push_back(m->ref);
    };
    for (std::size_t at = text.find(kPhrase); at != std::string_view::npos;
         at = text.find(kPhrase, at + 1)) {
        if (at == 0 || (text[at - 1] != 't' && text[at - 1] != 'T')) continue;
        const std::size_t start = at - 1, end = at + kPhrase.size();
        if (start > 0 && is_word_char_at(text, start - 1)) continue;
        if (end < text.size() && is_word_char_at(text, end)) continue; // "the countryside"
        if (text.substr(end, 4) == " of ") continue;
        const std::int64_t s = span_at(sentences, std::uint32_t(start));
        if (s < 1) continue;
        // A country named before it in its own sentence is what it refers to, or makes it
        // unclear ("Serbia buys its gas from Gazprom, and NIS, the country's only refiner").
        countries_in({sentences[std::size_t(s)].span.start, std::uint32_t(start)});
        if (!named.empty()) continue;
        for (std::int64_t back = s - 1; back >= 0 && back >= s - 2; --back) {
            countries_in(sentences[std::size_t(back)].span);
            if (named.empty()) continue;
            // At once: the next "the country" may stand on this one.
            if (named.size() == 1)
                insert_sorted(mentions, {{{std::uint32_t(start), std::uint32_t(end)}, named[0]}});
            break;
        }
    }
}

} // namespace kg
