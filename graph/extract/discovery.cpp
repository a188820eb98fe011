// Discovery of people: titles ("Foreign Minister X"), appositions ("X, Director of ..."), bylines
// ("By X"), reporting verbs ("X said"); then organizations, then every later use of a found name.
#include "extract/discovery.hpp"

#include "extract/discovery_internal.hpp"
#include "extract/discovery_lexicon.hpp"
#include "extract/name_scan.hpp"
#include "extract/text_class.hpp"

#include <algorithm>
#include <array>
#include <map>

namespace kg {
namespace {

struct Found {
    Span span;
    EntityType type = EntityType::Person;
    std::string affiliation;
    std::string role;
    std::string acronym; // "TTP" for "Tehrik-i-Taliban Pakistan (TTP)": another name in the text
};

class Discoverer {
public:
    Discoverer(const ExtractIndex& index, const Document& doc, const WordMatches& words,
               std::vector<DocMention>& mentions)
        : index_(index), kb_(*index.kb), text_(doc.text), words_(words), mentions_(mentions) {}

    std::vector<Found> run(const Document& doc) {
        for (Span s : find_organizations(index_, doc, words_.org_heads, mentions_))
            add({s, EntityType::Organization, {}, {}, {}});
        acronym_definitions();
        told_acronyms();
        titled_names();
        bylines();
        appositions_and_speech();
        return std::move(found_);
    }

private:
    const std::string& id_of(EntityRef r) const { return kb_.entities[r.index].id; }

    bool taken(std::uint32_t start, std::uint32_t end) const {
        for (const Found& f : found_)
            if (f.span.start < end && start < f.span.end) return true;
        return false;
    }

    void add(Found f) {
        if (f.span.end <= f.span.start || taken(f.span.start, f.span.end)) return;
        found_.push_back(std::move(f));
    }

    // The known organization (or discovered one) first named in [start, end), as an id.
    std::string organization_in(std::uint32_t start, std::uint32_t end) const {
        for (const Found& f : found_)
            if (f.type == EntityType::Organization && f.span.start >= start && f.span.end <= end)
                return slugify(text_.substr(f.span.start, f.span.size()));
        for (const DocMention& m : mentions_)
            if (m.span.start >= start && m.span.end <= end && !m.ref.discovered &&
                kb_.entities[m.ref.index].type == EntityType::Organization)
                return id_of(m.ref);
        return {};
    }

    // "Tehrik-i-Taliban Pakistan (TTP)", "Observer Research Foundation (ORF)": a capitalized name
    // of two words or more (places inside allowed) and the acronym it defines in parentheses.
    void acronym_definitions() {
        static constexpr std::array<std::string_view, 5> kConnectors{"of", "for", "and", "in", "on"};
        static constexpr std::array<std::string_view, 12> kStops{"The", "A", "An", "In", "On", "At", "By",
                                                                 "For", "From", "With", "And", "To"};
        for (std::size_t open = text_.find(" ("); open != std::string_view::npos; open = text_.find(" (", open + 2)) {
            const std::size_t close = text_.find(')', open + 2);
            if (close == std::string_view::npos || close < open + 4 || close > open + 10) continue;
            const std::string_view acronym = text_.substr(open + 2, close - open - 2);
            if (!is_acronym(acronym) || overlaps_mention(mentions_, std::uint32_t(open + 2), std::uint32_t(close)))
                continue; // the knowledge base knows the acronym
            std::uint32_t start = std::uint32_t(open), pos = std::uint32_t(open);
            int words = 0;
            for (int n = 0; n < 10; ++n) {
                if (n > 0 && (pos == 0 || text_[pos - 1] != ' ')) break;
                Word w = word_before(text_, pos);
                if (!w) break;
                if (w.start > 0 && (text_[w.start - 1] == '\'' || text_[w.start - 1] == '\x99')) {
                    // "America's Adversaries (X)": a possessive cuts the name; it is not one.
                    if (text_.substr(w.start, w.end - w.start) == "s") {
                        words = 0;
                        break;
                    }
                    // "Jama'at": the apostrophe is inside the word.
                    const std::size_t lead = text_[w.start - 1] == '\'' ? 1 : 3;
                    if (w.start >= lead + 1) {
                        const Word head = word_before(text_, w.start - lead);
                        if (head && head.end == w.start - lead) w.start = head.start;
                    }
                }
                const std::string_view x = text_.substr(w.start, w.end - w.start);
                if (std::find(kConnectors.begin(), kConnectors.end(), x) != kConnectors.end()) { pos = w.start; continue; }
                if ((!starts_upper(text_, w.start) && !is_particle_compound(x)) ||
                    std::find(kStops.begin(), kStops.end(), x) != kStops.end())
                    break;
                start = pos = w.start;
                ++words;
            }
            if (words < 2) continue;
            bool person_inside = false; // "Jane Roe (ORF)": a person's affiliation, not a name
            for (const DocMention& m : mentions_)
                if (m.span.start >= start && m.span.end <= open && !m.ref.discovered &&
                    (kb_.entities[m.ref.index].type == EntityType::Person || kb_.entities[m.ref.index].type == EntityType::Leader))
                    person_inside = true;
            if (person_inside || mention_exactly(start, std::uint32_t(open))) continue;
            auto same = std::find_if(found_.begin(), found_.end(), [&](const Found& f) {
                return f.span.start == start && f.span.end == open;
            });
            if (same != found_.end()) same->acronym = std::string(acronym);
            else add({{start, std::uint32_t(open)}, EntityType::Organization, {}, {}, std::string(acronym)});
        }
    }

    // "told VOA", "according to RFE": an acronym that people talk to is a news organization.
    void told_acronyms() {
        for (std::string_view lead : {"told ", "according to ", "According to ", "said to "}) {
            for (std::size_t i = text_.find(lead); i != std::string_view::npos; i = text_.find(lead, i + 1)) {
                const Word w = word_after(text_, i + lead.size());
                if (!w) continue;
                const std::string_view x = text_.substr(w.start, w.end - w.start);
                if (x.size() < 3 || x.size() > 6 || !is_acronym(x) || overlaps_mention(mentions_, w.start, w.end))
                    continue;
                add({{w.start, w.end}, EntityType::Organization, {}, {}, {}});
            }
        }
    }

    // True when a known entity is named by exactly [start, end).
    bool mention_exactly(std::uint32_t start, std::uint32_t end) const {
        const DocMention* m = mention_starting(mentions_, start);
        return m && m->span.end == end;
    }

    // "Russian Foreign Minister X", "President X", "analyst X".
    void titled_names() {
        for (const PhraseMatch& t : words_.titles) {
            auto kind = TitleKind(index_.lexicon.titles.phrase(t.phrase).value);
            if (t.end < text_.size() && text_[t.end] != ' ' && text_[t.end] != ',') continue;
            // "a State Department spokesman, Matthew Miller, said": the name set off by commas.
            std::uint32_t after = t.end;
            bool set_off = t.end + 2 < text_.size() && text_[t.end] == ',' && text_[t.end + 1] == ' ';
            if (set_off) after = t.end + 1;
            NameSpan name = name_after(text_, after, mentions_);
            if (set_off && (name.words < 2 || name.end >= text_.size() || text_[name.end] != ',')) continue;
            if (name.known || name.words == 0) continue;
            if (name.words == 1 && (kind == TitleKind::Role || is_known_surname(name))) continue;
            Found f{{name.start, name.end}, kind == TitleKind::Official ? EntityType::Leader : EntityType::Person, {}, {}, {}};
            std::uint32_t role_start = t.start;
            if (const DocMention* m = mention_ending_before(t.start);
                m && !m->ref.discovered && kb_.entities[m->ref.index].type == EntityType::Country) {
                f.affiliation = id_of(m->ref); // "Russian Foreign Minister" -> russia
                role_start = m->span.start;
            }
            // "Dr." is a title, not a role: the apposition after the name says what the person does.
            if (kind != TitleKind::Honorific) f.role = squeeze(text_.substr(role_start, t.end - role_start));
            if (auto a = apposition(name); a && (f.role.empty() || f.affiliation.empty())) {
                if (f.role.empty()) {
                    f.role = a->role;
                    f.type = a->type;
                }
                if (f.affiliation.empty()) f.affiliation = a->affiliation;
            }
            add(std::move(f));
        }
    }

    // "Mr Daly" after "Robert Daly": the surname of someone the document already names.
    bool is_known_surname(const NameSpan& name) const {
        std::string word = to_lower_ascii(text_.substr(name.start, name.end - name.start));
        for (const DocMention& m : mentions_) {
            if (m.ref.discovered) continue;
            const KbEntity& e = kb_.entities[m.ref.index];
            if (e.type != EntityType::Person && e.type != EntityType::Leader) continue;
            std::string lower = to_lower_ascii(e.name);
            if (lower.size() > word.size() && lower.ends_with(word) && lower[lower.size() - word.size() - 1] == ' ')
                return true;
        }
        return false;
    }

    // The known mention that ends right before `pos` (only spaces between).
    const DocMention* mention_ending_before(std::uint32_t pos) const {
        std::uint32_t p = pos;
        while (p > 0 && text_[p - 1] == ' ') --p;
        return p < pos ? mention_ending(mentions_, p) : nullptr;
    }

    // "By X", "By: X; Y and Z" at the start of a line.
    void bylines() {
        for (std::size_t line = 0; line < text_.size();) {
            std::size_t i = line;
            while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t')) ++i;
            // "Interview by X", "Written by X": a byline with a word before "by"; i goes to "by".
            bool by = text_.substr(i, 2) == "By";
            for (std::string_view lead : {"Interview by", "Interviewed by", "Written by", "Text by"})
                if (!by && text_.substr(i, lead.size()) == lead) {
                    i += lead.size() - 2;
                    by = true;
                }
            if (by && i + 2 < text_.size() && (text_[i + 2] == ' ' || text_[i + 2] == ':')) {
                std::size_t p = i + 3;
                for (int n = 0; n < 6; ++n) {
                    NameSpan name = name_after(text_, p, mentions_);
                    if (name.words >= 2 && !name.known) add({{name.start, name.end}, EntityType::Person, {}, "author", {}});
                    if (name.words == 0) break;
                    p = name.end;
                    // Names are separated by ",", ";", "&" or "and" (and titles such as ", Ph.D.").
                    while (p < text_.size() && (text_[p] == ',' || text_[p] == ';' || text_[p] == ' ' || text_[p] == '&')) ++p;
                    if (text_.substr(p, 4) == "and ") p += 4;
                    if (text_.substr(p, 5) == "Ph.D.") p += 5;
                    while (p < text_.size() && (text_[p] == ',' || text_[p] == ';' || text_[p] == ' ')) ++p;
                    if (p >= text_.size() || text_[p] == '\n') break;
                }
            }
            std::size_t nl = text_.find('\n', i);
            line = nl == std::string_view::npos ? text_.size() : nl + 1;
        }
    }

    // "X, Director of the Y Institute", "X, an analyst at Y"; "X said"; "according to X".
    // Only capitalized words can start a name, so the scan jumps from one to the next (a table
    // lookup per byte finds an upper-case ASCII letter or the lead byte of a Latin-1 one) instead
    // of reading every word; it visits the words a word-by-word walk from the start would, and
    // skips the rest of a name it has read.
    void appositions_and_speech() {
        static constexpr auto kMayBeUpper = [] {
            std::array<bool, 256> t{};
            for (int c = 'A'; c <= 'Z'; ++c) t[std::size_t(c)] = true;
            t[0xC3] = true; // U+00C0..U+00FF
            return t;
        }();
        for (std::size_t i = 0; i < text_.size(); ++i) {
            if (!kMayBeUpper[static_cast<unsigned char>(text_[i])] || !starts_upper(text_, i) || !begins_word(text_, i))
                continue;
            const Word w = word_after(text_, i);
            std::size_t next = w.end;
            if (!taken(w.start, w.end)) {
                NameSpan name = name_after(text_, w.start, mentions_);
                if (name.words >= 2 && !name.known && !taken(name.start, name.end)) {
                    if (auto f = classify(name)) add(std::move(*f));
                    next = name.end;
                }
            }
            i = next - 1; // on from the end of the word or name, as the word-by-word walk goes on
        }
    }

    std::optional<Found> classify(const NameSpan& name) const {
        std::uint32_t e = name.end;
        // "X said": a reporting verb right after the name.
        if (Word v = word_after(text_, e); v && is_speech_verb(text_.substr(v.start, v.end - v.start)))
            return Found{{name.start, name.end}, EntityType::Person, {}, {}, {}};
        // "according to X", and the inverted quote attribution "..., said X".
        if (name.start >= 13 && text_.substr(name.start - 13, 13) == "according to ")
            return Found{{name.start, name.end}, EntityType::Person, {}, {}, {}};
        if (Word v = word_before(text_, name.start); v && is_speech_verb(text_.substr(v.start, v.end - v.start)))
            return Found{{name.start, name.end}, EntityType::Person, {}, {}, {}};
        return apposition(name);
    }

    // "X, <clause with a title or role>": the clause runs to the next , ; . ( or line end; its
    // first organization is the affiliation.
    std::optional<Found> apposition(const NameSpan& name) const {
        const std::uint32_t e = name.end;
        if (e + 1 < text_.size() && text_[e] == ',' && text_[e + 1] == ' ') {
            std::uint32_t cs = e + 2, ce = cs;
            while (ce < text_.size() && ce - cs < 160 && std::string_view(",;()\n").find(text_[ce]) == std::string_view::npos &&
                   !(text_[ce] == '.' && (ce + 1 >= text_.size() || text_[ce + 1] == ' ' || text_[ce + 1] == '\n')))
                ++ce;
            std::vector<PhraseMatch> roles;
            index_.lexicon.titles.find_all(text_.substr(cs, ce - cs), roles);
            for (const PhraseMatch& r : roles) {
                auto kind = TitleKind(index_.lexicon.titles.phrase(r.phrase).value);
                if (kind == TitleKind::Honorific) continue;
                Found f{{name.start, name.end}, kind == TitleKind::Official ? EntityType::Leader : EntityType::Person,
                        organization_in(cs, ce), squeeze(text_.substr(cs, ce - cs)), {}};
                if (f.role.size() > 120) f.role.resize(120);
                return f;
            }
        }
        return std::nullopt;
    }

    const ExtractIndex& index_;
    const KnowledgeBase& kb_;
    std::string_view text_;
    const WordMatches& words_;
    std::vector<DocMention>& mentions_;
    std::vector<Found> found_;
};

} // namespace

void discover_entities(const ExtractIndex& index, const Document& doc, const WordMatches& words,
                       std::vector<DocMention>& mentions, std::vector<DiscoveredEntity>& discovered) {
    std::vector<Found> found = Discoverer(index, doc, words, mentions).run(doc);
    if (found.empty()) return;
    std::map<std::string, std::uint32_t> by_id;
    std::vector<Phrase> names;
    for (const Found& f : found) {
        std::string name = squeeze(std::string_view(doc.text).substr(f.span.start, f.span.size()));
        std::string id = slugify(name);
        if (id.empty()) continue;
        auto [it, fresh] = by_id.emplace(id, std::uint32_t(discovered.size()));
        if (fresh) {
            discovered.push_back({id, name, f.type, f.affiliation, f.role});
            names.push_back({name, it->second, PhraseCase::Capitalized, PhraseTail::None});
            if (!f.acronym.empty()) names.push_back({f.acronym, it->second, PhraseCase::Exact, PhraseTail::None});
        } else if (discovered[it->second].affiliation.empty()) {
            discovered[it->second].affiliation = f.affiliation;
        }
    }
    // A discovered name wins over the known names inside it ("Carnegie Moscow Center" over Moscow),
    // and every use of a discovered name in the document is a mention.
    std::vector<PhraseMatch> uses;
    PhraseMatcher(names).find_all(doc.text, uses);
    std::vector<DocMention> added;
    for (const PhraseMatch& u : uses) added.push_back({{u.start, u.end}, {names[u.phrase].value, true}});
    for (const Found& f : found) {
        auto it = by_id.find(slugify(squeeze(std::string_view(doc.text).substr(f.span.start, f.span.size()))));
        if (it != by_id.end()) added.push_back({f.span, {it->second, true}});
    }
    std::sort(added.begin(), added.end(), [](const DocMention& a, const DocMention& b) {
        return std::tie(a.span.start, a.span.end) < std::tie(b.span.start, b.span.end);
    });
    added.erase(std::unique(added.begin(), added.end(), [](const DocMention& a, const DocMention& b) {
                    return a.span.start == b.span.start;
                }), added.end());
    // Known mentions inside a discovered organization give way; elsewhere known mentions win.
    std::vector<DocMention> kept;
    for (const DocMention& m : mentions) {
        bool inside = std::any_of(found.begin(), found.end(), [&](const Found& f) {
            return f.type == EntityType::Organization && m.span.start >= f.span.start && m.span.end <= f.span.end;
        });
        if (!inside) kept.push_back(m);
    }
    std::erase_if(added, [&](const DocMention& a) {
        bool in_org = std::any_of(found.begin(), found.end(), [&](const Found& f) {
            return f.type == EntityType::Organization && a.span.start >= f.span.start && a.span.end <= f.span.end;
        });
        return !in_org && overlaps_mention(kept, a.span.start, a.span.end);
    });
    kept.insert(kept.end(), added.begin(), added.end());
    std::stable_sort(kept.begin(), kept.end(),
                     [](const DocMention& a, const DocMention& b) { return a.span.start < b.span.start; });
    mentions = std::move(kept);
}

} // namespace kg
