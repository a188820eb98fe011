// Discovery of people: titles ("Foreign Minister X"), appositions ("X, Director of ..."), bylines
// ("By X"), reporting verbs ("X said"); then organizations, then every later use of a found name.
#include "extract/discovery.hpp"

#include "common/utf8.hpp"
#include "extract/discovery_internal.hpp"
#include "extract/discovery_lexicon.hpp"
#include "extract/name_scan.hpp"
#include "extract/text_class.hpp"

#include <algorithm>
#include <array>
#include <map>

namespace kg {
namespace {

bool ascii_lower_char(char c) {
    return c >= 'a' && c <= 'z';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

struct Found {
    Found(Span s, EntityType t, std::string aff, std::string r, std::string acr)
        : span(s), type(t), affiliation(std::move(aff)), role(std::move(r)),
          acronym(std::move(acr)) {}

    Span span;
    EntityType type = EntityType::Person;
    std::string affiliation;
    std::string role;
    std::string acronym; // "TTP" for "Tehrik-i-Taliban Pakistan (TTP)": another name in the text
    bool over_known =
        false; // known names inside give way ("National Rally leader Jordan Bardella")
    bool keeps_state = false; // "Chinese coast guard": the state inside stays an actor
    std::string name;         // the name when the text writes it otherwise ("China's coast guard")
};

// The name of a found entity: as the text writes it, unless the rule gave another.
std::string name_of(const Found& f, std::string_view text) {
    return f.name.empty() ? squeeze(text.substr(f.span.start, f.span.size())) : f.name;
}

class Discoverer {
  public:
    Discoverer(const ExtractIndex& index, const Document& doc, const WordMatches& words,
               std::vector<DocMention>& mentions)
        : index_(index), kb_(*index.kb), text_(doc.text), words_(words), mentions_(mentions) {}

    std::vector<Found> run(const Document& doc) {
        for (Span s : find_organizations(index_, doc, words_.org_heads, mentions_))
            add({s, EntityType::Organization, {}, {}, {}});
        for (Span s : find_described_organizations(index_, doc, words_, mentions_))
            add({s, EntityType::Organization, {}, {}, {}});
        acronym_definitions();
        coast_guards();
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
        static constexpr std::array<std::string_view, 5> kConnectors{"of", "for", "and", "in",
                                                                     "on"};
        static constexpr std::array<std::string_view, 12> kStops{
            "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "And", "To"};
        for (std::size_t open = text_.find(" ("); open != std::string_view::npos;
             open = text_.find(" (", open + 2)) {
            const std::size_t close = text_.find(')', open + 2);
            if (close == std::string_view::npos || close < open + 4 || close > open + 10) continue;
            const std::string_view acronym = text_.substr(open + 2, close - open - 2);
            if (!is_acronym(acronym) ||
                overlaps_mention(mentions_, std::uint32_t(open + 2), std::uint32_t(close)))
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
                if (std::find(kConnectors.begin(), kConnectors.end(), x) != kConnectors.end()) {
                    pos = w.start;
                    continue;
                }
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
                    (kb_.entities[m.ref.index].type == EntityType::Person ||
                     kb_.entities[m.ref.index].type == EntityType::Leader))
                    person_inside = true;
            if (person_inside || mention_exactly(start, std::uint32_t(open))) continue;
            auto same = std::find_if(found_.begin(), found_.end(), [&](const Found& f) {
                return f.span.start == start && f.span.end == open;
            });
            if (same != found_.end())
                same->acronym = std::string(acronym);
            else
                add({{start, std::uint32_t(open)},
                     EntityType::Organization,
                     {},
                     {},
                     std::string(acronym)});
        }
    }

    // "China's coast guard", "the Philippine coast guard": a state's coast guard, named after the
    // state ("China Coast Guard") since the text leaves it lower case. The state stays a mention of
    // its own: it is an actor of the sentence. Other bodies in lower case ("the Somali foreign
    // ministry", "the Egyptian navy") name the state only, as the gold does.
    void coast_guards() {
        for (const DocMention& m : mentions_) {
            if (m.ref.discovered || kb_.entities[m.ref.index].type != EntityType::Country) continue;
            std::uint32_t p = m.span.end;
            if (text_.substr(p, 3) == "'s ")
                p += 3;
            else if (text_.substr(p, 5) == "\xE2\x80\x99s ")
                p += 5;
            else if (text_.substr(p, 1) == " ")
                p += 1;
            else
                continue;
            for (std::string_view body : {"coast guard", "border guard"}) {
                if (text_.substr(p, body.size()) != body) continue;
                const std::uint32_t end = p + std::uint32_t(body.size());
                if (end < text_.size() && ascii_alpha(text_[end])) continue;
                Found f{{m.span.start, end}, EntityType::Organization, {}, {}, {}};
                f.name = kb_.entities[m.ref.index].name +
                         (body == "coast guard" ? " Coast Guard" : " Border Guard");
                f.keeps_state = true;
                add(std::move(f));
            }
        }
    }

    // "told VOA", "according to RFE": an acronym that people talk to is a news organization.
    void told_acronyms() {
        for (std::string_view lead : {"told ", "according to ", "According to ", "said to "}) {
            for (std::size_t i = text_.find(lead); i != std::string_view::npos;
                 i = text_.find(lead, i + 1)) {
                const Word w = word_after(text_, i + lead.size());
                if (!w) continue;
                const std::string_view x = text_.substr(w.start, w.end - w.start);
                if (x.size() < 3 || x.size() > 6 || !is_acronym(x) ||
                    overlaps_mention(mentions_, w.start, w.end))
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
            bool set_off =
                t.end + 2 < text_.size() && text_[t.end] == ',' && text_[t.end + 1] == ' ';
            if (set_off) after = t.end + 1;
            // "Its envoy to the islands, Qian Bo,": a short phrase of place after the title.
            if (!set_off)
                if (const std::uint32_t comma = after_place_phrase(t.end)) {
                    set_off = true;
                    after = comma + 1;
                }
            NameSpan name = name_after(text_, after, mentions_);
            bool over_known = false;
            if (name.known && kind == TitleKind::Official)
                over_known = country_first_name(name, after);
            const std::uint32_t name_end = after_script(name.end);
            const bool plural = text_[t.end - 1] == 's';
            if (set_off &&
                (name.words < 2 || name_end >= text_.size() ||
                 (text_[name_end] != ',' && !(plural && text_.substr(name_end, 5) == " and "))))
                continue;
            if (name.known || name.words == 0) continue;
            if (name.words == 1 && (kind == TitleKind::Role || is_known_surname(name))) continue;
            Found f{{name.start, name.end},
                    kind == TitleKind::Official ? EntityType::Leader : EntityType::Person,
                    {},
                    {},
                    {}};
            std::uint32_t role_start = t.start;
            if (const DocMention* m = mention_ending_before(t.start);
                m && !m->ref.discovered && kb_.entities[m->ref.index].type == EntityType::Country) {
                f.affiliation = id_of(m->ref); // "Russian Foreign Minister" -> russia
                role_start = m->span.start;
            }
            // "Dr." is a title, not a role: the apposition after the name says what the person
            // does.
            if (kind != TitleKind::Honorific)
                f.role = squeeze(text_.substr(role_start, t.end - role_start));
            if (auto a = apposition(name); a && (f.role.empty() || f.affiliation.empty())) {
                if (f.role.empty()) {
                    f.role = a->role;
                    f.type = a->type;
                }
                if (f.affiliation.empty()) f.affiliation = a->affiliation;
            }
            f.over_known = over_known;
            // "Foreign ministers A and B": a plural title names each of a coordination.
            if (plural && text_.substr(name_end, 5) == " and ") {
                NameSpan second = name_after(text_, name_end + 5, mentions_);
                if (second.words >= 2 && !second.known) {
                    Found g = f;
                    g.span = {second.start, second.end};
                    g.over_known = false;
                    add(std::move(g));
                }
            }
            add(std::move(f));
        }
    }

    // The comma that ends " to the islands" / " in Moscow" after a title (a preposition, then at
    // most four words with no punctuation), or 0.
    std::uint32_t after_place_phrase(std::uint32_t end) const {
        const Word prep = word_after(text_, end);
        if (!prep || prep.start != end + 1) return 0;
        const std::string_view p = text_.substr(prep.start, prep.end - prep.start);
        if (p != "to" && p != "in" && p != "for" && p != "at") return 0;
        std::uint32_t pos = prep.end;
        for (int n = 0; n < 4; ++n) {
            if (text_.substr(pos, 2) == ", ") return pos;
            const Word w = word_after(text_, pos);
            if (!w || w.start != pos + 1) return 0;
            pos = w.end;
        }
        return text_.substr(pos, 2) == ", " ? pos : 0;
    }

    // "National Rally leader Jordan Bardella": a first name that is also a country's name, then a
    // capitalized surname that ends the name. Widens `name` over both; true when it did.
    bool country_first_name(NameSpan& name, std::uint32_t after) const {
        const DocMention* m = mention_starting(mentions_, word_after(text_, after).start);
        if (!m || m->ref.discovered || kb_.entities[m->ref.index].type != EntityType::Country)
            return false;
        const std::string_view first = text_.substr(m->span.start, m->span.size());
        if (first.find(' ') != std::string_view::npos || m->span.end >= text_.size() ||
            text_[m->span.end] != ' ')
            return false;
        NameSpan rest = name_after(text_, m->span.end, mentions_);
        if (rest.words != 1 || rest.known) return false;
        name = {m->span.start, rest.end, 2, false};
        return true;
    }

    // The end of a name and of its original script in parentheses after it ("Somchai Rattanakorn
    // (สมชาย รัตนากร)"): a parenthesis with no Latin letter in it belongs to the name.
    std::uint32_t after_script(std::uint32_t end) const {
        if (text_.substr(end, 2) != " (") return end;
        const std::size_t close = text_.find(')', end + 2);
        if (close == std::string_view::npos || close > end + 80) return end;
        for (std::size_t i = end + 2; i < close; ++i)
            if (ascii_alpha(text_[i])) return end;
        return std::uint32_t(close + 1);
    }

    // People named with no title: "Chile's Alberto van Klaveren", "Elina Valtonen of Finland"
    // (officials of a country), "Hun Manet and Thongsavanh Phomvihane" (beside a known leader: the
    // same kind).
    std::optional<Found> untitled(const NameSpan& name) const {
        if (name.words < 2 || name.words > 3 || has_org_word(name)) return std::nullopt;
        // "the Great Wall of China", "Tamil Nadu state": a person is never "the X" nor an X place.
        if (const Word before = word_before(text_, name.start);
            before &&
            (text_.substr(before.start, 3) == "the" || text_.substr(before.start, 3) == "The") &&
            before.end - before.start == 3)
            return std::nullopt;
        if (const Word next = word_after(text_, name.end);
            next && is_place_noun(text_.substr(next.start, next.end - next.start)))
            return std::nullopt;
        const Span span{name.start, name.end};
        // "Country's First Last"
        if (name.start >= 3) {
            std::uint32_t p = name.start - 1;
            if (text_[p] == ' ' && text_[p - 1] == 's') {
                std::uint32_t q = p - 1;
                if (text_[q - 1] == '\'')
                    q -= 1;
                else if (q >= 3 && text_.substr(q - 3, 3) == "\xE2\x80\x99")
                    q -= 3;
                else
                    q = 0;
                if (const DocMention* c = q ? mention_ending(mentions_, q) : nullptr;
                    c && is_country(*c)) {
                    // "China's Tianqi Lithium": a company's word makes it the country's company.
                    if (has_company_word(name))
                        return Found{span, EntityType::Organization, {}, {}, {}};
                    return Found{span, EntityType::Leader, id_of(c->ref), {}, {}};
                }
            }
        }
        if (has_company_word(name)) return std::nullopt;
        // "First Last of Country"
        if (text_.substr(name.end, 4) == " of ")
            if (const DocMention* c = mention_starting(mentions_, name.end + 4);
                c && is_country(*c))
                return Found{span, EntityType::Leader, id_of(c->ref), {}, {}};
        // "Known Leader and First Last", "First Last and Known Leader"
        const DocMention* partner = nullptr;
        if (name.start >= 5 && text_.substr(name.start - 5, 5) == " and ")
            partner = mention_ending(mentions_, name.start - 5);
        if (!partner && text_.substr(name.end, 5) == " and ")
            partner = mention_starting(mentions_, name.end + 5);
        if (partner && !partner->ref.discovered) {
            const KbEntity& e = kb_.entities[partner->ref.index];
            if (e.type == EntityType::Leader || e.type == EntityType::Person)
                return Found{span, e.type, {}, {}, {}};
        }
        return std::nullopt;
    }

    // Words of company names ("Lithium", "Motors", "Holdings"): no person's name has them.
    bool has_company_word(const NameSpan& name) const {
        static constexpr std::array<std::string_view, 28> kWords{
            "Lithium",  "Energy",    "Holdings", "Holding",   "Motors",      "Motor",
            "Steel",    "Petroleum", "Oil",      "Gas",       "Mining",      "Minerals",
            "Metals",   "Airlines",  "Airways",  "Electric",  "Electronics", "Telecom",
            "Chemical", "Chemicals", "Power",    "Resources", "Capital",     "Technologies",
            "Systems",  "Logistics", "Nuclear",  "Auto"};
        return has_word(name, kWords);
    }

    // True when one of the words of `name` is in `words`.
    template <std::size_t N>
    bool has_word(const NameSpan& name, const std::array<std::string_view, N>& words) const {
        for (std::uint32_t p = name.start; p < name.end;) {
            const Word w = word_after(text_, p);
            if (!w) break;
            if (std::find(words.begin(), words.end(), text_.substr(w.start, w.end - w.start)) !=
                words.end())
                return true;
            p = w.end;
        }
        return false;
    }

    // Nouns that follow a place's name ("Tamil Nadu state", "Inner Mongolia region").
    static bool is_place_noun(std::string_view w) {
        static constexpr std::array<std::string_view, 16> kNouns{
            "province", "region", "state",     "city",     "district",   "island",
            "islands",  "coast",  "port",      "border",   "prefecture", "county",
            "valley",   "river",  "peninsula", "territory"};
        return std::find(kNouns.begin(), kNouns.end(), w) != kNouns.end();
    }

    bool is_country(const DocMention& m) const {
        return !m.ref.discovered && kb_.entities[m.ref.index].type == EntityType::Country;
    }

    // A name with an organization's head word ("Wagner Group") or a title ("Supreme Leader")
    // inside, or a word of places ("Islamic Republic"), is no person's.
    bool has_org_word(const NameSpan& name) const {
        for (const auto* list : {&words_.org_heads, &words_.titles})
            for (const PhraseMatch& h : *list)
                if (h.start < name.end && name.start < h.end) return true;
        static constexpr std::array<std::string_view, 30> kPlaces{
            "Republic", "Kingdom", "Sea",    "Gulf",    "Strait", "Bay",    "Islands", "Island",
            "Province", "State",   "States", "Emirate", "Region", "East",   "West",    "North",
            "South",    "Wall",    "Museum", "Embassy", "Palace", "Square", "Port",    "City",
            "Coast",    "River",   "Lake",   "Canal",   "Fleet",  "Valley"};
        return has_word(name, kPlaces);
    }

    // "Mr Daly" after "Robert Daly": the surname of someone the document already names.
    bool is_known_surname(const NameSpan& name) const {
        std::string word = ascii_lower(text_.substr(name.start, name.end - name.start));
        for (const DocMention& m : mentions_) {
            if (m.ref.discovered) continue;
            const KbEntity& e = kb_.entities[m.ref.index];
            if (e.type != EntityType::Person && e.type != EntityType::Leader) continue;
            std::string lower = ascii_lower(e.name);
            if (lower.size() > word.size() && lower.ends_with(word) &&
                lower[lower.size() - word.size() - 1] == ' ')
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
            for (std::string_view lead :
                 {"Interview by", "Interviewed by", "Written by", "Text by"})
                if (!by && text_.substr(i, lead.size()) == lead) {
                    i += lead.size() - 2;
                    by = true;
                }
            if (by && i + 2 < text_.size() && (text_[i + 2] == ' ' || text_[i + 2] == ':')) {
                std::size_t p = i + 3;
                for (int n = 0; n < 6; ++n) {
                    NameSpan name = name_after(text_, p, mentions_);
                    if (name.words >= 2 && !name.known)
                        add({{name.start, name.end}, EntityType::Person, {}, "author", {}});
                    if (name.words == 0) break;
                    p = name.end;
                    // Names are separated by ",", ";", "&" or "and" (and titles such as ", Ph.D.").
                    while (p < text_.size() && (text_[p] == ',' || text_[p] == ';' ||
                                                text_[p] == ' ' || text_[p] == '&'))
                        ++p;
                    if (text_.substr(p, 4) == "and ") p += 4;
                    if (text_.substr(p, 5) == "Ph.D.") p += 5;
                    while (p < text_.size() &&
                           (text_[p] == ',' || text_[p] == ';' || text_[p] == ' '))
                        ++p;
                    if (p >= text_.size() || text_[p] == '\n') break;
                }
            }
            std::size_t nl = text_.find('\n', i);
            line = nl == std::string_view::npos ? text_.size() : nl + 1;
        }
    }

    // "X, Director of the Y Institute", "X, an analyst at Y"; "X said"; "according to X".
    // Only capitalized words can start a name, so the scan jumps from one to the next (a table
    // lookup per byte finds an upper-case ASCII letter or a lead byte of some capital) instead
    // of reading every word; it visits the words a word-by-word walk from the start would, and
    // skips the rest of a name it has read.
    void appositions_and_speech() {
        static const auto kMayBeUpper = [] {
            std::array<bool, 256> t{};
            std::string utf8;
            for (char32_t cp = 0; cp < 0x2000; ++cp) { // is_upper_cp's blocks end at U+1EFF
                if (!is_upper_cp(cp)) continue;
                utf8.clear();
                append_utf8(utf8, cp);
                t[static_cast<unsigned char>(utf8[0])] = true;
            }
            return t;
        }();
        for (std::size_t i = 0; i < text_.size(); ++i) {
            if (!kMayBeUpper[static_cast<unsigned char>(text_[i])] || !starts_upper(text_, i) ||
                !begins_word(text_, i))
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
        if (Word v = word_after(text_, e);
            v && is_speech_verb(text_.substr(v.start, v.end - v.start)))
            return Found{{name.start, name.end}, EntityType::Person, {}, {}, {}};
        // "according to X", and the inverted quote attribution "..., said X".
        if (name.start >= 13 && text_.substr(name.start - 13, 13) == "according to ")
            return Found{{name.start, name.end}, EntityType::Person, {}, {}, {}};
        if (Word v = word_before(text_, name.start);
            v && is_speech_verb(text_.substr(v.start, v.end - v.start)))
            return Found{{name.start, name.end}, EntityType::Person, {}, {}, {}};
        if (auto a = apposition(name)) return a;
        if (auto w = who_clause(name)) return w;
        // "Ana Langa, 54, said": an age set off by commas follows only a person's name.
        if (name.words >= 2 && text_.substr(name.end, 2) == ", " && name.end + 5 < text_.size() &&
            is_digit(text_[name.end + 2]) && is_digit(text_[name.end + 3]) &&
            text_[name.end + 4] == ',')
            return Found{{name.start, name.end}, EntityType::Person, {}, {}, {}};
        return untitled(name);
    }

    // "X, <clause with a title or role>": the clause runs to the next , ; . ( or line end; its
    // first organization is the affiliation.
    std::optional<Found> apposition(const NameSpan& name) const {
        const std::uint32_t e = after_script(name.end);
        if (e + 1 < text_.size() && text_[e] == ',' && text_[e + 1] == ' ') {
            std::uint32_t cs = e + 2, ce = cs;
            while (ce < text_.size() && ce - cs < 160 &&
                   std::string_view(",;()\n").find(text_[ce]) == std::string_view::npos &&
                   !(text_[ce] == '.' &&
                     (ce + 1 >= text_.size() || text_[ce + 1] == ' ' || text_[ce + 1] == '\n')))
                ++ce;
            std::vector<PhraseMatch> roles;
            index_.lexicon.titles.find_all(text_.substr(cs, ce - cs), roles);
            for (const PhraseMatch& r : roles) {
                auto kind = TitleKind(index_.lexicon.titles.phrase(r.phrase).value);
                if (kind == TitleKind::Honorific) continue;
                Found f{{name.start, name.end},
                        kind == TitleKind::Official ? EntityType::Leader : EntityType::Person,
                        organization_in(cs, ce),
                        squeeze(text_.substr(cs, ce - cs)),
                        {}};
                if (f.role.size() > 120) f.role.resize(120);
                return f;
            }
        }
        return std::nullopt;
    }

    // "Lena Hartwig, who heads the Baltic Policy Institute", "X, who teaches law at Y": a relative
    // clause whose verb is what people do in a body; its first organization is the affiliation.
    std::optional<Found> who_clause(const NameSpan& name) const {
        static constexpr std::array<std::string_view, 18> kVerbs{
            "heads",    "leads",      "directs", "runs",    "chairs",   "teaches",
            "lectures", "founded",    "advises", "manages", "oversees", "edits",
            "studies",  "researches", "works",   "headed",  "led",      "directed"};
        if (name.words < 2 || text_.substr(name.end, 6) != ", who ") return std::nullopt;
        std::uint32_t p = name.end + 6;
        Word v = word_after(text_, p);
        if (v && (text_.substr(v.start, v.end - v.start) == "now" ||
                  text_.substr(v.start, v.end - v.start) == "also"))
            v = word_after(text_, v.end);
        if (!v || std::find(kVerbs.begin(), kVerbs.end(), text_.substr(v.start, v.end - v.start)) ==
                      kVerbs.end())
            return std::nullopt;
        std::uint32_t ce = v.end;
        while (ce < text_.size() && ce - v.end < 160 &&
               std::string_view(",;()\n").find(text_[ce]) == std::string_view::npos &&
               !(text_[ce] == '.' &&
                 (ce + 1 >= text_.size() || text_[ce + 1] == ' ' || text_[ce + 1] == '\n')))
            ++ce;
        return Found{{name.start, name.end},
                     EntityType::Person,
                     organization_in(v.start, ce),
                     squeeze(text_.substr(v.start, std::min<std::uint32_t>(ce - v.start, 120))),
                     {}};
    }

    const ExtractIndex& index_;
    const KnowledgeBase& kb_;
    std::string_view text_;
    const WordMatches& words_;
    std::vector<DocMention>& mentions_;
    std::vector<Found> found_;
};

// "the Wilson Center (WLCX)": an acronym defined for a known organization names
// it wherever it stands in the document. Adds those mentions; keeps `mentions` sorted.
void defined_acronyms(std::string_view text, const KnowledgeBase& kb,
                      std::vector<DocMention>& mentions) {
    std::vector<DocMention> added;
    for (std::size_t open = text.find(" ("); open != std::string_view::npos;
         open = text.find(" (", open + 2)) {
        const std::size_t close = text.find(')', open + 2);
        if (close == std::string_view::npos || close < open + 4 || close > open + 10) continue;
        const std::string_view acronym = text.substr(open + 2, close - open - 2);
        const DocMention* m = mention_ending(mentions, std::uint32_t(open));
        if (!is_acronym(acronym) || !m || m->ref.discovered ||
            kb.entities[m->ref.index].type != EntityType::Organization ||
            overlaps_mention(mentions, std::uint32_t(open + 2), std::uint32_t(close)))
            continue;
        for (std::size_t i = text.find(acronym); i != std::string_view::npos;
             i = text.find(acronym, i + 1)) {
            const Word w = word_after(text, i);
            if (w.start != i || w.end != i + acronym.size() || !begins_word(text, i) ||
                overlaps_mention(mentions, w.start, w.end))
                continue;
            added.push_back({{w.start, w.end}, m->ref});
        }
    }
    if (added.empty()) return;
    insert_sorted(mentions, std::move(added));
    mentions.erase(std::unique(mentions.begin(), mentions.end(),
                               [](const DocMention& a, const DocMention& b) {
                                   return a.span.start == b.span.start &&
                                          a.span.end == b.span.end && a.ref == b.ref;
                               }),
                   mentions.end());
}

// "Senator Rand Smith": a known acronym written as a word ("Rand" for RAND) and followed by a
// capitalized word that ends a name is a first name, not the organization.
void drop_acronyms_in_names(std::string_view text, const KnowledgeBase& kb,
                            const WordMatches& words, std::vector<DocMention>& mentions) {
    std::erase_if(mentions, [&](const DocMention& m) {
        if (m.ref.discovered || kb.entities[m.ref.index].type != EntityType::Organization)
            return false;
        const std::string_view s = text.substr(m.span.start, m.span.size());
        if (s.size() < 3 || !ascii_upper(s[0]) ||
            !std::all_of(s.begin() + 1, s.end(), ascii_lower_char))
            return false;
        std::string upper(s);
        for (char& c : upper) c = char(c - (c >= 'a' && c <= 'z' ? 32 : 0));
        const KbEntity& e = kb.entities[m.ref.index];
        if (e.name != upper &&
            std::find(e.aliases.begin(), e.aliases.end(), upper) == e.aliases.end())
            return false;
        if (m.span.end + 1 >= text.size() || text[m.span.end] != ' ') return false;
        const Word next = word_after(text, m.span.end);
        if (!next || !starts_upper(text, next.start) ||
            is_name_stopword(text.substr(next.start, next.end - next.start)) ||
            mention_starting(mentions, next.start))
            return false;
        for (const auto* list : {&words.titles, &words.org_heads})
            for (const PhraseMatch& h : *list)
                if (h.start == next.start) return false;
        const Word after = word_after(text, next.end);
        return !after || !starts_upper(text, after.start); // the name ends there
    });
}

} // namespace

void discover_entities(const ExtractIndex& index, const Document& doc, const WordMatches& words,
                       std::vector<DocMention>& mentions,
                       std::vector<DiscoveredEntity>& discovered) {
    drop_acronyms_in_names(doc.text, *index.kb, words, mentions);
    defined_acronyms(doc.text, *index.kb, mentions);
    std::vector<Found> found = Discoverer(index, doc, words, mentions).run(doc);
    if (found.empty()) return;
    std::map<std::string, std::uint32_t> by_id;
    std::vector<Phrase> names;
    for (const Found& f : found) {
        std::string name = name_of(f, doc.text);
        std::string id = slugify(name);
        if (id.empty()) continue;
        auto [it, fresh] = by_id.emplace(id, std::uint32_t(discovered.size()));
        if (fresh) {
            discovered.push_back({id, name, f.type, f.affiliation, f.role});
            names.push_back({name, it->second, PhraseCase::Capitalized, PhraseTail::None});
            if (!f.acronym.empty())
                names.push_back({f.acronym, it->second, PhraseCase::Exact, PhraseTail::None});
        } else if (discovered[it->second].affiliation.empty()) {
            discovered[it->second].affiliation = f.affiliation;
        }
    }
    // A discovered name wins over the known names inside it ("Carnegie Moscow Center" over Moscow),
    // and every use of a discovered name in the document is a mention.
    std::vector<PhraseMatch> uses;
    PhraseMatcher(names).find_all(doc.text, uses);
    std::vector<DocMention> added;
    for (const PhraseMatch& u : uses)
        added.push_back({{u.start, u.end}, {names[u.phrase].value, true}});
    for (const Found& f : found) {
        auto it = by_id.find(slugify(name_of(f, doc.text)));
        if (it != by_id.end()) added.push_back({f.span, {it->second, true}});
    }
    std::sort(added.begin(), added.end(), [](const DocMention& a, const DocMention& b) {
        return std::tie(a.span.start, a.span.end) < std::tie(b.span.start, b.span.end);
    });
    added.erase(std::unique(added.begin(), added.end(),
                            [](const DocMention& a, const DocMention& b) {
                                return a.span.start == b.span.start;
                            }),
                added.end());
    // Known mentions inside a discovered organization give way; elsewhere known mentions win.
    std::vector<DocMention> kept;
    for (const DocMention& m : mentions) {
        bool inside = std::any_of(found.begin(), found.end(), [&](const Found& f) {
            return (f.type == EntityType::Organization || f.over_known) && !f.keeps_state &&
                   m.span.start >= f.span.start && m.span.end <= f.span.end;
        });
        if (!inside) kept.push_back(m);
    }
    std::erase_if(added, [&](const DocMention& a) {
        bool in_org = std::any_of(found.begin(), found.end(), [&](const Found& f) {
            return (f.type == EntityType::Organization || f.over_known) &&
                   a.span.start >= f.span.start && a.span.end <= f.span.end;
        });
        return !in_org && overlaps_mention(kept, a.span.start, a.span.end);
    });
    kept.insert(kept.end(), added.begin(), added.end());
    std::stable_sort(kept.begin(), kept.end(), [](const DocMention& a, const DocMention& b) {
        return a.span.start < b.span.start;
    });
    mentions = std::move(kept);
}

} // namespace kg
