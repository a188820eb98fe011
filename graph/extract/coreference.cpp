// Surname and pair resolution: short references become mentions of entities named earlier.
#include "extract/coreference.hpp"

#include "extract/text_class.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace kg {
namespace {

EntityType type_of(const ExtractIndex& index, const std::vector<DiscoveredEntity>& discovered, EntityRef r) {
    return r.discovered ? discovered[r.index].type : index.kb->entities[r.index].type;
}

const std::string& name_of(const ExtractIndex& index, const std::vector<DiscoveredEntity>& discovered, EntityRef r) {
    return r.discovered ? discovered[r.index].name : index.kb->entities[r.index].name;
}

// Capitalized words that are also months, days or common words: never taken as a bare surname.
bool unsafe_surname(std::string_view lower) {
    static const std::set<std::string_view> kWords{
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "will", "long", "young", "white", "black", "north", "south", "east", "west"};
    return lower.size() < 2 || kWords.count(lower) > 0;
}

// True when a word character ends right before `i` (a byte that is ASCII or a UTF-8 lead byte),
// as a walk from the start of the text by char_length steps sees it: a stray continuation byte
// there is a character of its own (no word character), not the end of the one before it.
bool word_char_ends_at(std::string_view text, std::size_t i) {
    if (i == 0) return false;
    const auto j = char_start_before(text, i);
    return j && is_word_char_at(text, *j);
}

void insert_sorted(std::vector<DocMention>& mentions, std::vector<DocMention> added) {
    if (added.empty()) return;
    mentions.insert(mentions.end(), added.begin(), added.end());
    std::stable_sort(mentions.begin(), mentions.end(),
                     [](const DocMention& a, const DocMention& b) { return a.span.start < b.span.start; });
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
    static const std::set<std::string_view> kSuffix{"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "Ph.D."};
    while (!words.empty() && kSuffix.count(words.back())) words.pop_back();
    if (words.size() < 2) return {};
    std::string last = to_lower_ascii(words.back());
    std::vector<std::string> out{last};
    // "al-Assad" is also written "Assad".
    if (auto dash = last.rfind('-'); dash != std::string::npos && dash + 1 < last.size())
        out.push_back(last.substr(dash + 1));
    std::erase_if(out, [](const std::string& s) { return unsafe_surname(s); });
    return out;
}

void resolve_surnames(const ExtractIndex& index, const Document& doc, std::vector<DocMention>& mentions,
                      const std::vector<DiscoveredEntity>& discovered) {
    struct Owner {
        EntityRef ref;
        std::uint32_t after = 0; // end of the first mention
        bool ambiguous = false;
    };
    std::map<std::string, Owner, std::less<>> owners;
    auto own = [&](const std::string& surname, const DocMention& m) {
        auto [it, fresh] = owners.emplace(surname, Owner{m.ref, m.span.end});
        if (!fresh && it->second.ref != m.ref) it->second.ambiguous = true;
    };
    // An entity's first mention decides; its later ones change nothing. Known entities are
    // slots 0..kb size, discovered ones after them.
    const std::size_t kb_size = index.kb->entities.size();
    std::vector<char> seen(kb_size + discovered.size(), 0);
    for (const DocMention& m : mentions) {
        char& first = seen[m.ref.discovered ? kb_size + m.ref.index : m.ref.index];
        if (first) continue;
        first = 1;
        if (!m.ref.discovered) { // surnames computed with the index (empty unless a person or leader)
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
    // A bare surname is a word that starts with an upper-case letter (ASCII, or Latin-1 with the
    // lead byte 0xC3) that begins some owner's surname. Only the bytes that can begin one are
    // looked at, so most of the text costs one table lookup per byte, not a walk over its words;
    // the words found are those a walk from the start by char_length steps would find.
    std::array<bool, 256> candidate{};
    for (const auto& [surname, owner] : owners) {
        const auto b = static_cast<unsigned char>(surname.front());
        if (b >= 'a' && b <= 'z') candidate[b - 'a' + 'A'] = true;
        else if (b >= 0xC0) candidate[b] = true;
    }
    std::string lower; // reused: one lower-case copy per candidate word, without an allocation
    std::size_t next_mention = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!candidate[static_cast<unsigned char>(text[i])] || !is_word_char_at(text, i) || word_char_ends_at(text, i))
            continue;
        std::size_t j = skip_ascii_word(text, i);
        while (j < text.size() && is_word_char_at(text, j)) j += char_length(text, j);
        while (next_mention < mentions.size() && mentions[next_mention].span.end <= i) ++next_mention;
        bool covered = next_mention < mentions.size() && mentions[next_mention].span.start < j;
        if (!covered && starts_upper(text, i)) {
            lower.assign(text.substr(i, j - i));
            for (char& c : lower) c = ascii_lower(c);
            auto it = owners.find(lower);
            if (it != owners.end() && !it->second.ambiguous && i >= it->second.after)
                added.push_back({{std::uint32_t(i), std::uint32_t(j)}, it->second.ref});
        }
        i = j - 1; // the word's end is no word character: the next word starts after it
    }
    insert_sorted(mentions, std::move(added));
}

void resolve_pairs(const ExtractIndex& index, const Document& /*doc*/, const std::vector<Sentence>& sentences,
                   const std::vector<PhraseMatch>& pair_matches, std::vector<DocMention>& mentions,
                   const std::vector<DiscoveredEntity>& discovered) {
    if (index.pairs.size() == 0 || sentences.empty()) return;
    const std::vector<PhraseMatch>& found = pair_matches;
    if (found.empty()) return;

    // Mention counts per type, kept current as pairs resolve: the dominant pair can change.
    // Sorted vectors by entity (a map per type cost an allocation per entity and document).
    using Counts = std::vector<std::pair<EntityRef, std::size_t>>;
    std::array<Counts, kEntityTypeCount> counts;
    auto bump = [&](EntityType type, EntityRef r) {
        Counts& c = counts[std::size_t(type)];
        auto it = std::lower_bound(c.begin(), c.end(), r, [](const auto& e, EntityRef x) { return e.first < x; });
        if (it == c.end() || it->first != r) it = c.insert(it, {r, 0});
        ++it->second;
    };
    for (const DocMention& m : mentions) bump(type_of(index, discovered, m.ref), m.ref);
    // The document's dominant pair of a type: the top two, clearly ahead of the third.
    auto focus = [&](EntityType type) -> std::optional<std::pair<EntityRef, EntityRef>> {
        std::vector<std::pair<std::size_t, EntityRef>> ranked;
        for (auto [ref, n] : counts[std::size_t(type)]) ranked.push_back({n, ref});
        std::stable_sort(ranked.begin(), ranked.end(), [](auto& a, auto& b) { return a.first > b.first; });
        std::size_t third = ranked.size() > 2 ? ranked[2].first : 0;
        if (ranked.size() >= 2 && ranked[1].first >= 2 && ranked[1].first >= 2 * third)
            return std::pair{ranked[0].second, ranked[1].second};
        return std::nullopt;
    };

    for (const PhraseMatch& pm : found) {
        auto type = EntityType(index.pairs.phrase(pm.phrase).value);
        auto s = std::upper_bound(sentences.begin(), sentences.end(), pm.start,
                                  [](std::uint32_t p, const Sentence& x) { return p < x.span.start; });
        if (s == sentences.begin()) continue;
        --s;
        // The window: this sentence up to the phrase, and the sentence before it.
        std::uint32_t from = s == sentences.begin() ? s->span.start : std::prev(s)->span.start;
        std::vector<EntityRef> window;
        auto first = std::lower_bound(mentions.begin(), mentions.end(), from,
                                      [](const DocMention& m, std::uint32_t f) { return m.span.start < f; });
        for (auto m = first; m != mentions.end() && m->span.start < pm.start; ++m)
            if (m->span.end <= pm.start && type_of(index, discovered, m->ref) == type &&
                std::find(window.begin(), window.end(), m->ref) == window.end())
                window.push_back(m->ref);
        std::optional<std::pair<EntityRef, EntityRef>> pair;
        if (window.size() == 2) {
            pair = {window[0], window[1]};
        } else if (auto f = focus(type)) {
            auto has = [&](EntityRef r) { return std::find(window.begin(), window.end(), r) != window.end(); };
            if (window.size() < 2 || (has(f->first) && has(f->second))) pair = f;
        }
        if (!pair) continue;
        // Resolved at once, so that the next phrase sees this pair in its window.
        insert_sorted(mentions, {{{pm.start, pm.end}, pair->first}, {{pm.start, pm.end}, pair->second}});
        bump(type, pair->first);
        bump(type, pair->second);
    }
}

} // namespace kg
