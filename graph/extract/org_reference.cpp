// Organization descriptions: "the company", "Its chairman" become mentions of the body named
// just before them.
#include "extract/org_reference.hpp"

#include "extract/name_scan.hpp"
#include "extract/span_at.hpp"
#include "extract/text_class.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

namespace kg {
namespace {

enum class Noun { Company, Ministry, Agency, Forum, Group, Any, Its };

struct Description {
    Span span;
    Noun noun;
};

constexpr std::size_t kLookBack = 128;

// Words of public bodies' names: a company's name has none of them.
constexpr auto kPublicWords = std::to_array<std::string_view>(
    {"Ministry",     "Department", "Forum",     "Union",      "Community", "Organization",
     "Organisation", "Council",    "Institute", "University", "Nations",   "Fund",
     "Agency",       "Commission", "Court",     "Parliament", "Police",    "Army",
     "Navy",         "Guard",      "Force",     "Forces",     "Party",     "Centre",
     "Center",       "Group",      "Mission",   "Bank",       "Treaty",    "Alliance"});

bool has_word(std::string_view name, std::string_view word) {
    for (std::size_t at = name.find(word); at != std::string_view::npos;
         at = name.find(word, at + 1)) {
        const bool starts = at == 0 || name[at - 1] == ' ';
        const std::size_t end = at + word.size();
        if (starts && (end == name.size() || name[end] == ' ')) return true;
    }
    return false;
}

bool has_any(std::string_view name, std::span<const std::string_view> words) {
    return std::any_of(words.begin(), words.end(),
                       [&](std::string_view w) { return has_word(name, w); });
}

// True when an organization called `name` (with knowledge-base role `role`) fits `noun`.
bool fits(Noun noun, std::string_view name, std::string_view role) {
    static constexpr auto kMinistry = std::to_array<std::string_view>({"Ministry", "Department"});
    static constexpr auto kAgency =
        std::to_array<std::string_view>({"Agency", "Police", "Service", "Administration",
                                         "Authority", "Bureau", "Office", "Guard", "Commission"});
    switch (noun) {
    case Noun::Company:
        return !has_any(name, kPublicWords);
    case Noun::Ministry:
        return has_any(name, kMinistry);
    case Noun::Agency:
        return has_any(name, kAgency);
    case Noun::Forum:
        return has_word(name, "Forum");
    case Noun::Group:
        return has_word(name, "Group") || role.find("group") != std::string_view::npos ||
               role.find("militia") != std::string_view::npos ||
               role.find("movement") != std::string_view::npos;
    case Noun::Any:
    case Noun::Its:
        return true;
    }
    return false;
}

// "the company", "The ministry's": the noun after "the"/"The" as a whole word (a plural or a
// longer word is something else: "the companies", "the groupings").
std::vector<Description> descriptions(std::string_view text, const WordMatches& words) {
    static constexpr std::array<std::pair<std::string_view, Noun>, 8> kNouns{{
        {"company", Noun::Company},
        {"firm", Noun::Company},
        {"ministry", Noun::Ministry},
        {"agency", Noun::Agency},
        {"forum", Noun::Forum},
        {"group", Noun::Group},
        {"organization", Noun::Any},
        {"organisation", Noun::Any},
    }};
    std::vector<Description> out;
    // One walk over "the "/"The " (not one search per noun: each would read the whole text).
    for (std::size_t he = text.find("he "); he != std::string_view::npos;
         he = text.find("he ", he + 1)) {
        if (he == 0 || (text[he - 1] != 't' && text[he - 1] != 'T')) continue;
        const std::size_t start = he - 1;
        if (start > 0 && is_word_char_at(text, start - 1)) continue;
        const std::size_t at = he + 3;
        for (auto [noun, kind] : kNouns) {
            if (text.substr(at, noun.size()) != noun) continue;
            const std::size_t end = at + noun.size();
            if (is_word_char_at(text, end)) break; // "the companies": not one body
            // "the group of seven", "the company of X": not the body named before.
            if (text.substr(end, 4) == " of ") break;
            out.push_back({{std::uint32_t(start), std::uint32_t(end)}, kind});
            break;
        }
    }
    // Nouns of a body's ties that, after "Its", say whose ties they are ("Its partners include X").
    static constexpr auto kTies =
        std::to_array<std::string_view>({"partners", "partner", "members", "shareholders", "owner",
                                         "owners", "subsidiary", "parent", "allies", "rivals"});
    // "Its chief executive", "its commander, X": a possessive before a title, or before a tie.
    for (std::size_t at = text.find("ts "); at != std::string_view::npos;
         at = text.find("ts ", at + 1)) {
        if (at == 0 || (text[at - 1] != 'I' && text[at - 1] != 'i')) continue;
        const std::size_t start = at - 1;
        if (start > 0 && is_word_char_at(text, start - 1)) continue;
        // A title among the next three words.
        std::size_t p = at + 3;
        bool titled = false;
        for (int n = 0; n < 3 && !titled; ++n) {
            // The title matches are in text order: a binary search, not a walk over them all.
            const auto t = std::partition_point(words.titles.begin(), words.titles.end(),
                                                [&](const PhraseMatch& m) { return m.start < p; });
            titled = t != words.titles.end() && t->start == p;
            const std::size_t sp = text.find(' ', p);
            if (sp == std::string_view::npos) break;
            if (std::string_view(",.;:\n").find(text[sp - 1]) != std::string_view::npos) break;
            p = sp + 1;
        }
        const std::size_t tie_end = std::min(text.find(' ', at + 3), text.size());
        titled |= std::find(kTies.begin(), kTies.end(), text.substr(at + 3, tie_end - at - 3)) !=
                  kTies.end();
        if (titled) out.push_back({{std::uint32_t(start), std::uint32_t(at + 2)}, Noun::Its});
    }
    std::sort(out.begin(), out.end(), [](const Description& a, const Description& b) {
        return a.span.start < b.span.start;
    });
    return out;
}

} // namespace

void resolve_org_references(const ExtractIndex& index, const Document& doc,
                            const std::vector<Sentence>& sentences, const WordMatches& words,
                            std::vector<DocMention>& mentions,
                            const std::vector<DiscoveredEntity>& discovered) {
    const std::string_view text = doc.text;
    if (sentences.empty()) return;
    const std::vector<Description> found = descriptions(text, words);
    if (found.empty()) return;
    auto type_of = [&](EntityRef r) {
        return r.discovered ? discovered[r.index].type : index.kb->entities[r.index].type;
    };
    auto candidate = [&](const DocMention& m, Noun noun) {
        const EntityType t = type_of(m.ref);
        if (noun == Noun::Its && t == EntityType::Country) return true;
        if (t != EntityType::Organization) return false;
        const std::string_view name =
            m.ref.discovered ? discovered[m.ref.index].name : index.kb->entities[m.ref.index].name;
        const std::string_view role =
            m.ref.discovered ? discovered[m.ref.index].role : index.kb->entities[m.ref.index].role;
        return fits(noun, name, role);
    };
    auto first_in = [&](Span sentence, Noun noun) -> std::optional<EntityRef> {
        auto it = first_mention_from(mentions, sentence.start);
        for (std::size_t seen = 0; it != mentions.end() && seen < kLookBack; ++it, ++seen) {
            if (it->span.start >= sentence.end) break;
            if (candidate(*it, noun)) return it->ref;
        }
        return std::nullopt;
    };
    for (const Description& d : found) {
        const std::int64_t s = span_at(sentences, d.span.start);
        if (s < 0) continue;
        const Span sentence = sentences[std::size_t(s)].span;
        std::optional<EntityRef> ref;
        bool inside_name = false;
        if (d.noun == Noun::Its) {
            ref = first_in({sentence.start, d.span.start}, d.noun);
        } else {
            // The last fitting one before it in its sentence.
            auto it = first_mention_from(mentions, d.span.end);
            for (std::size_t seen = 0; it != mentions.begin() && seen < kLookBack; ++seen) {
                const DocMention& m = *--it;
                if (m.span.end > d.span.start) {
                    inside_name = true; // part of a longer name ("the Wagner group")
                    break;
                }
                if (m.span.start < sentence.start) break;
                if (candidate(m, d.noun)) {
                    ref = m.ref;
                    break;
                }
            }
        }
        if (inside_name) continue;
        for (std::int64_t back = s - 1;
             !ref && back >= 0 && back >= s - (d.noun == Noun::Its ? 1 : 2); --back)
            ref = first_in(sentences[std::size_t(back)].span, d.noun);
        if (!ref) continue;
        // At once: the next description may stand on this one.
        const DocMention added{d.span, *ref};
        mentions.insert(std::upper_bound(mentions.begin(), mentions.end(), added,
                                         [](const DocMention& a, const DocMention& b) {
                                             return a.span.start < b.span.start;
                                         }),
                        added);
    }
}

} // namespace kg
