// Organization discovery: capitalized phrases around a head word ("Carnegie Moscow Center",
// "Institute of International Studies", "Belt and Road Forum").
#include "extract/discovery.hpp"
#include "extract/discovery_internal.hpp"

#include "extract/name_scan.hpp"
#include "extract/text_class.hpp"

#include <algorithm>
#include <set>

namespace kg {
namespace {

// Words that start a sentence or a noun phrase, never an organization's name.
bool is_org_stopword(std::string_view w) {
    static const std::set<std::string_view> kWords{
        "The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our",
        "In", "On", "At", "By", "For", "From", "With", "And", "But", "Both", "During", "After",
        "Before", "Since", "While", "When", "If", "As", "Of", "To", "Read", "Type", "Share",
        "Related",
        // Personal titles: "Chair and Vice President for ..." is a person's post, not a body.
        "President", "Vice", "Chair", "Chairman", "Director", "Professor", "Minister", "Secretary",
        "Fellow"};
    return kWords.count(w) > 0;
}

bool is_connector(std::string_view w) {
    return w == "and" || w == "of" || w == "for" || w == "on" || w == "&";
}

// A capitalized word that may be part of an organization's name (not "The", not an acronym alone).
bool org_word(std::string_view text, Word w) {
    return w && starts_upper(text, w.start);
}

// "Canberra-based", "Moscow-backed": a capitalized word whose last part is lower case describes the
// name after it and is no part of it.
bool is_hyphen_modifier(std::string_view w) {
    const std::size_t dash = w.rfind('-');
    return dash != std::string_view::npos && dash + 1 < w.size() && w[dash + 1] >= 'a' &&
           w[dash + 1] <= 'z';
}

// A known person named right before a head word opens the name of a body named after them
// ("Mohamed bin Zayed University", "Nazarbayev University").
bool is_known_person(const KnowledgeBase& kb, const DocMention& m) {
    if (m.ref.discovered) return false;
    const EntityType t = kb.entities[m.ref.index].type;
    return t == EntityType::Person || t == EntityType::Leader;
}

// The end of a word that opens an abbreviation inside a name: "U" of "U.S.-Latin" ends after
// "Mexican"; any other word ends where it ends.
std::uint32_t abbreviation_end(std::string_view text, Word w) {
    if (w.end - w.start != 1 || !ascii_upper(text[w.start]) || w.end >= text.size() ||
        text[w.end] != '.')
        return w.end;
    std::uint32_t e = w.end + 1;
    while (e + 1 < text.size() && ascii_upper(text[e]) && text[e + 1] == '.') e += 2;
    if (e + 1 < text.size() && text[e] == '-')
        if (Word x = word_after(text, e + 1); x && x.start == e + 1) e = x.end;
    return e;
}

// True when an initial ("S. ") ends right before `pos`, the start of a name's word.
bool initial_before(std::string_view text, std::uint32_t pos) {
    return pos >= 3 && text[pos - 1] == ' ' && text[pos - 2] == '.' && ascii_upper(text[pos - 3]) &&
           (pos == 3 || text[pos - 4] == ' ' || text[pos - 4] == '\n'); // not the "S." of "U.S."
}

} // namespace

std::vector<Span> find_organizations(const ExtractIndex& index, const Document& doc,
                                     const std::vector<PhraseMatch>& heads,
                                     const std::vector<DocMention>& mentions) {
    const std::string_view text = doc.text;
    const KnowledgeBase& kb = *index.kb;
    std::vector<Span> out;
    for (const PhraseMatch& h : heads) {
        if (!out.empty() && h.start < out.back().end) continue; // inside the previous organization
        if (overlaps_mention(mentions, h.start, h.end)) continue; // the knowledge base knows it
        std::uint32_t start = h.start, end = h.end;
        // Left: capitalized words (or known places: "Carnegie Moscow Center"), with inner
        // connectors.
        std::uint32_t pos = h.start;
        bool known_lead = false;  // "BRICS Kazan Group": a known acronym opens the longer name
        bool person_lead = false; // "Mohamed bin Zayed University": a person opens it
        for (int n = 0; n < 6; ++n) {
            if (pos > 0 && text[pos - 1] != ' ') break; // punctuation or line start ends the name
            if (n > 0 && initial_before(text, pos)) {   // "J. Kowalski School"
                pos = start = pos - 3;
                break;
            }
            // "U.S. Coast Guard": a country ending in a period is no word, but still the name's
            // start.
            if (const DocMention* c = pos > 1 ? mention_ending(mentions, pos - 1) : nullptr;
                c && !c->ref.discovered && kb.entities[c->ref.index].type == EntityType::Country) {
                pos = start = c->span.start;
                continue;
            }
            Word w = word_before(text, pos);
            if (!w) break;
            std::string_view s = text.substr(w.start, w.end - w.start);
            const DocMention* m = mention_ending(mentions, w.end);
            if (m && !m->ref.discovered && kb.entities[m->ref.index].type == EntityType::Country) {
                pos = m->span.start;
                start = pos;
                continue;
            }
            // A known organization or person next to it: not one name, unless a known acronym
            // opens a name of its own words ("BRICS Kazan Group").
            if (m && start < h.start && !m->ref.discovered &&
                kb.entities[m->ref.index].type == EntityType::Organization && is_acronym(s) &&
                m->span.start == w.start) {
                pos = start = w.start;
                known_lead = true;
            }
            if (m && n == 0 && m->span.end == w.end && is_known_person(kb, *m)) {
                start = m->span.start;
                person_lead = true;
            }
            if (m) break;
            if (is_connector(s)) {
                pos = w.start;
                continue;
            }
            if (!org_word(text, w) || is_org_stopword(s) || is_hyphen_modifier(s)) break;
            pos = w.start;
            start = pos;
        }
        // Right: "of/for/on (the) Capitalized ..." ("Institute of International and Strategic
        // Studies").
        Word link = word_after(text, end);
        std::string_view ls = link ? text.substr(link.start, link.end - link.start) : "";
        if (link && (ls == "of" || ls == "for" || ls == "on")) {
            std::uint32_t p = link.end;
            Word w = word_after(text, p);
            if (w && text.substr(w.start, w.end - w.start) == "the") p = w.end;
            std::uint32_t last = 0;
            std::string_view prev;
            for (int n = 0; n < 8; ++n) {
                Word x = word_after(text, p);
                if (!x) break;
                std::string_view xs = text.substr(x.start, x.end - x.start);
                if (prev == "and" && xs == "the")
                    break; // "... Studies and the Y School": a second name
                prev = xs;
                if (starts_upper(text, x.start) && !is_org_stopword(xs))
                    last = abbreviation_end(text, x);
                else if (!(is_connector(xs) || xs == "the"))
                    break;
                p = std::max(x.end, last);
                if (p >= text.size() || text[p] != ' ') break;
            }
            if (last) end = last;
        }
        if (start == h.start && end == h.end)
            continue; // a bare head word ("Council") names nothing
        // A known organization or person inside means this is not a new name.
        bool blocked = false;
        for (std::uint32_t p = start; p < end;) {
            const DocMention* m = mention_starting(mentions, p);
            if (m && (m->ref.discovered || kb.entities[m->ref.index].type != EntityType::Country) &&
                !((known_lead || person_lead) && p == start))
                blocked = true;
            p = m ? m->span.end : p + 1;
        }
        if (blocked) continue;
        // "Northern Sea Route Shipping Line": the next head word makes the longer name.
        if (!out.empty() && out.back().start == start && out.back().end < end)
            out.back().end = end;
        else
            out.push_back({start, end});
    }
    return out;
}

} // namespace kg
