// Compiling the knowledge base's names and cues into phrase matchers.
#include "extract/extract_index.hpp"

#include "extract/coreference.hpp"
#include "extract/diacritics.hpp"
#include "extract/text_class.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace kg {
namespace {

PhraseCase casing_of(std::string_view s) {
    if (is_acronym(s)) {
        auto letters = std::count_if(s.begin(), s.end(), [](char c) { return ascii_alpha(c); });
        // Long acronyms are often written in title case ("Nato", "BRICs"); short ones never ("US"
        // vs "us").
        return letters >= 4 ? PhraseCase::Acronym : PhraseCase::Exact;
    }
    bool upper = std::any_of(s.begin(), s.end(), [](char c) { return ascii_upper(c); });
    return upper ? PhraseCase::Capitalized : PhraseCase::Insensitive;
}

bool is_vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Adds the name's phrase, and its spelling with typographic apostrophes ("Xi’an") when it has one.
void add_alias(const std::string& alias, std::uint32_t value, std::vector<Phrase>& out) {
    out.push_back(alias_phrase(alias, value));
    if (alias.find('\'') == std::string::npos) return;
    std::string curly;
    for (char c : alias) curly += c == '\'' ? std::string("\u2019") : std::string(1, c);
    out.push_back(alias_phrase(curly, value));
}

// FNV-1a over everything build_extract_index reads, with separators between strings.
class Fingerprint {
  public:
    void add(std::string_view s) {
        for (char c : s) mix(static_cast<unsigned char>(c));
        mix(0xFF); // never inside UTF-8 text
    }
    void add(std::uint64_t n) {
        for (int i = 0; i < 8; ++i) mix(static_cast<unsigned char>(n >> (8 * i)));
    }
    void add(const std::vector<std::string>& list) {
        add(list.size());
        for (const std::string& s : list) add(s);
    }
    std::uint64_t value() const { return h_; }

  private:
    void mix(unsigned char b) { h_ = (h_ ^ b) * 0x100000001b3ull; }
    std::uint64_t h_ = 0xcbf29ce484222325ull;
};

std::uint64_t fingerprint_of(const KnowledgeBase& kb) {
    Fingerprint f;
    f.add(kb.entities.size());
    for (const KbEntity& e : kb.entities) {
        f.add(e.id);
        f.add(e.name);
        f.add(std::uint64_t(e.type));
        f.add(e.aliases);
    }
    for (const auto& cues : kb.topic_cues) f.add(cues);
    f.add(kb.cooperation_cues);
    f.add(kb.tension_cues);
    f.add(kb.meeting_cues);
    for (const auto& p : kb.pair_cues) f.add(p);
    f.add(kb.non_entities.size());
    for (const auto& n : kb.non_entities) f.add(n.text);
    return f.value();
}

// "Viktor Orban" and "Viktor Orbn" for Viktor Orbán: a person's or leader's name whose accents
// were folded or dropped still names that one entity, unless the spelling names another too.
void add_lost_diacritic_forms(const KnowledgeBase& kb, std::vector<Phrase>& aliases) {
    std::set<std::string, std::less<>> taken;
    for (const KbEntity& e : kb.entities) {
        taken.insert(e.name);
        taken.insert(e.aliases.begin(), e.aliases.end());
    }
    std::map<std::string, std::int64_t> owner; // spelling -> entity, -1 when two entities share it
    for (std::uint32_t i = 0; i < kb.entities.size(); ++i) {
        const KbEntity& e = kb.entities[i];
        if (e.type != EntityType::Person && e.type != EntityType::Leader) continue;
        auto note = [&](const std::string& n) {
            for (std::string& form : lost_diacritic_forms(n)) {
                if (taken.count(form)) continue;
                auto [it, fresh] = owner.emplace(std::move(form), i);
                if (!fresh && it->second != i) it->second = -1;
            }
        };
        note(e.name);
        for (const std::string& a : e.aliases) note(a);
    }
    for (const auto& [form, i] : owner)
        if (i >= 0) add_alias(form, std::uint32_t(i), aliases);
}

} // namespace

Phrase alias_phrase(const std::string& alias, std::uint32_t value) {
    Phrase p{alias, value, casing_of(alias), PhraseTail::None};
    char last = alias.empty() ? ' ' : alias.back();
    if (last == '-')
        p.tail = PhraseTail::Open;
    else if (p.casing != PhraseCase::Exact && p.casing != PhraseCase::Acronym &&
             ascii_alpha(last) && ascii_lower(last) != 's')
        p.tail = PhraseTail::Plural; // "Americans", "Russians"
    return p;
}

void add_cue_phrases(const std::string& cue, std::uint32_t value, std::vector<Phrase>& out) {
    if (cue.empty()) return;
    if (cue.back() == '*') {
        std::string stem = cue.substr(0, cue.size() - 1);
        if (!stem.empty()) out.push_back({stem, value, casing_of(stem), PhraseTail::Prefix});
        return;
    }
    PhraseCase casing = casing_of(cue);
    if (casing == PhraseCase::Exact || casing == PhraseCase::Acronym) {
        out.push_back({cue, value, casing, PhraseTail::Plural});
        return;
    }
    out.push_back({cue, value, casing, PhraseTail::Inflect});
    std::size_t n = cue.size();
    char last = ascii_lower(cue[n - 1]);
    char before = n >= 2 ? ascii_lower(cue[n - 2]) : ' ';
    // Spellings a plain suffix cannot reach: economy -> economies, trade -> trading.
    if (last == 'y' && n >= 2 && ascii_alpha(before) && !is_vowel(before)) {
        std::string stem = cue.substr(0, n - 1);
        out.push_back({stem + "ies", value, casing, PhraseTail::None});
        out.push_back({stem + "ied", value, casing, PhraseTail::None});
    } else if (last == 'e' && n >= 2 && !is_vowel(before)) {
        out.push_back({cue.substr(0, n - 1) + "ing", value, casing, PhraseTail::None});
    }
}

ExtractIndex build_extract_index(const KnowledgeBase& kb) {
    ExtractIndex index;
    index.kb = &kb;
    index.issue_entity.fill(-1);
    std::vector<Phrase> aliases;
    index.surnames.resize(kb.entities.size());
    for (std::uint32_t i = 0; i < kb.entities.size(); ++i) {
        const KbEntity& e = kb.entities[i];
        if (e.type == EntityType::Person || e.type == EntityType::Leader)
            index.surnames[i] = surnames_of(e.name);
        if (e.type == EntityType::Issue) {
            if (auto t = topic_from_id(e.id)) index.issue_entity[std::size_t(*t)] = i;
            continue;
        }
        add_alias(e.name, i, aliases);
        for (const std::string& a : e.aliases) add_alias(a, i, aliases);
    }
    add_lost_diacritic_forms(kb, aliases);
    // Same rules as names, so that a non-entity phrase is found wherever the name inside it is.
    for (const auto& n : kb.non_entities) add_alias(n.text, kNonEntity, aliases);
    index.aliases = PhraseMatcher(std::move(aliases));

    std::vector<Phrase> topics;
    for (std::size_t t = 0; t < kTopicCount; ++t)
        for (const std::string& cue : kb.topic_cues[t])
            add_cue_phrases(cue, std::uint32_t(t), topics);
    index.topics = PhraseMatcher(std::move(topics));

    std::vector<Phrase> kinds;
    for (const std::string& cue : kb.cooperation_cues)
        add_cue_phrases(cue, std::uint32_t(LinkKind::Cooperation), kinds);
    for (const std::string& cue : kb.tension_cues)
        add_cue_phrases(cue, std::uint32_t(LinkKind::Tension), kinds);
    for (const std::string& cue : kb.meeting_cues)
        add_cue_phrases(cue, std::uint32_t(LinkKind::Meeting), kinds);
    index.kinds = PhraseMatcher(std::move(kinds));

    std::vector<Phrase> pairs;
    for (std::size_t t = 0; t < kEntityTypeCount; ++t)
        for (const std::string& p : kb.pair_cues[t])
            pairs.push_back({p, std::uint32_t(t), PhraseCase::Insensitive, PhraseTail::None});
    index.pairs = PhraseMatcher(std::move(pairs));
    index.lexicon = build_discovery_lexicon();
    index.scan = PhraseMatcherGroup({&index.aliases, &index.topics, &index.kinds, &index.pairs,
                                     &index.lexicon.titles, &index.lexicon.org_heads,
                                     &index.lexicon.org_descriptors});
    return index;
}

WordMatches find_words(const ExtractIndex& index, std::string_view text) {
    WordMatches w;
    index.scan.find_all(text, {&w.aliases, &w.topics, &w.kinds, &w.pairs, &w.titles, &w.org_heads,
                               &w.org_descriptors});
    return w;
}

std::shared_ptr<const ExtractIndex> compiled_extract_index(const KnowledgeBase& kb) {
    const std::uint64_t fingerprint = fingerprint_of(kb);
    CompiledIndexCache& cache = kb.compiled;
    std::lock_guard lock(cache.mutex);
    // The pointer check: an index compiled for another object (before a move) is not reused.
    if (!cache.index || cache.fingerprint != fingerprint || cache.index->kb != &kb) {
        cache.index = std::make_shared<const ExtractIndex>(build_extract_index(kb));
        cache.fingerprint = fingerprint;
    }
    return cache.index;
}

} // namespace kg
