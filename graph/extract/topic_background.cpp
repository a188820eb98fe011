// Shallow reading of the words around a topic cue (no parse): the noun a cue modifies, the clause
// it stands in, the list it is an item of.
#include "extract/topic_background.hpp"

#include "extract/text_class.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <vector>

namespace kg {
namespace {

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> list) {
    return std::any_of(list.begin(), list.end(), [&](std::string_view w) {
        return word.size() == w.size() &&
               std::equal(word.begin(), word.end(), w.begin(),
                          [](char x, char y) { return ascii_lower(x) == y; });
    });
}

// Lower-case words looked up case-insensitively; for the longer lists, which every word around
// every cue is checked against (the topic pass is on the extraction's hot path).
class WordSet {
  public:
    WordSet(std::initializer_list<std::string_view> words) : words_(words) {
        std::sort(words_.begin(), words_.end());
    }
    bool has(std::string_view word) const {
        std::array<char, 16> lower{};
        if (word.empty() || word.size() > lower.size()) return false;
        std::transform(word.begin(), word.end(), lower.begin(),
                       [](char c) { return ascii_lower(c); });
        return std::binary_search(words_.begin(), words_.end(),
                                  std::string_view(lower.data(), word.size()));
    }

  private:
    std::vector<std::string_view> words_;
};

bool word_char(char c) {
    return ascii_alpha(c) || c == '-' || c == '\'';
}

// Inside a sentence a period is part of a word ("U.S.", "1.5"): list items may hold them.
bool item_char(char c) {
    return word_char(c) || c == '.' || (c >= '0' && c <= '9');
}

// The word that starts after `at` past spaces only, within `end`; empty when something else
// (punctuation, a quote, the end) comes first.
std::string_view word_after(std::string_view text, std::size_t at, std::size_t end) {
    while (at < end && text[at] == ' ') ++at;
    std::size_t stop = at;
    while (stop < end && word_char(text[stop])) ++stop;
    return text.substr(at, stop - at);
}

// The word that ends before `at` past spaces only, from `begin`; empty as above.
std::string_view word_before(std::string_view text, std::size_t at, std::size_t begin,
                             bool (*part)(char) = word_char) {
    while (at > begin && text[at - 1] == ' ') --at;
    std::size_t start = at;
    while (start > begin && part(text[start - 1])) --start;
    return text.substr(start, at - start);
}

std::size_t offset(std::string_view text, std::string_view word) {
    return std::size_t(word.data() - text.data());
}

// Nouns of who someone or something is: a cue right before one describes its bearer ("the
// French energy company", "a maritime security researcher", "the Japanese trading company").
const WordSet kBearerNouns{
    "company",     "companies",   "firm",          "firms",       "giant",        "operator",
    "producer",    "utility",     "conglomerate",  "corporation", "analyst",      "analysts",
    "researcher",  "researchers", "expert",        "experts",     "specialist",   "specialists",
    "scientist",   "consultant",  "consultancy",   "official",    "officials",    "minister",
    "ministers",   "ministry",    "correspondent", "reporter",    "editor",       "columnist",
    "professor",   "adviser",     "advisor",       "lobbyist",    "regulator",    "executive",
    "executives",  "envoy",       "spokesman",     "spokeswoman", "spokesperson", "lecturer",
    "commentator", "reporters"};

bool bearer_noun(std::string_view w) {
    return kBearerNouns.has(w);
}

// Words that end a noun phrase before its head: "supplied weapons to the company" is no
// weapons company.
const WordSet kPhraseBreaks{"the",   "a",    "an",    "to",    "of",   "for",   "in",   "on",
                            "at",    "by",   "with",  "from",  "that", "which", "who",  "its",
                            "their", "his",  "her",   "is",    "are",  "was",   "were", "has",
                            "have",  "had",  "will",  "would", "as",   "than",  "said", "says",
                            "say",   "this", "these", "those", "or"};

bool phrase_break(std::string_view w) {
    return kPhraseBreaks.has(w);
}

bool modifies_bearer(std::string_view text, Span sentence, Span cue) {
    // Up to two lower-case modifiers between the cue and the bearer ("oil and gas company").
    std::size_t at = cue.end;
    for (int words = 0; words < 3; ++words) {
        std::string_view w = word_after(text, at, sentence.end);
        if (w.empty() || phrase_break(w) || ascii_upper(w.front())) return false;
        if (bearer_noun(w)) return true;
        at = offset(text, w) + w.size();
    }
    return false;
}

bool descriptor(std::string_view text, Span sentence, Span cue) {
    if (modifies_bearer(text, sentence, cue)) return true;
    // "the ministry of agriculture", "minister for energy"
    std::string_view of = word_before(text, cue.start, sentence.start);
    if (!is_one_of(of, {"of", "for"})) return false;
    std::string_view office = word_before(text, offset(text, of), sentence.start);
    return is_one_of(office, {"ministry", "minister", "department", "secretary", "commissioner"});
}

// The comma that opens the clause holding `at`, or npos when a stronger stop (sentence start,
// `;`, `:`, a bracket) comes first.
std::size_t clause_comma(std::string_view text, Span sentence, std::size_t at) {
    for (std::size_t i = at; i > sentence.start; --i) {
        const char c = text[i - 1];
        if (c == ',') return i - 1;
        if (c == ';' || c == ':' || c == '(' || c == ')') return std::string_view::npos;
    }
    return std::string_view::npos;
}

bool aside(std::string_view text, Span sentence, Span cue) {
    // ", which ...", ", who ...", ", where ...", ", when ...": said about something the sentence
    // names, not what it says ("Russia, which has bought Iranian drones, is even less likely").
    const std::size_t comma = clause_comma(text, sentence, cue.start);
    if (comma == std::string_view::npos) return false;
    std::string_view wh = word_after(text, comma + 1, cue.start);
    // Where and when set the scene wherever they stand; a clause about a noun is an aside when
    // the sentence goes on after it ("Russia, which has bought Iranian drones, is"), and goes on
    // with the story when it ends the sentence ("arming the Houthis, who fired missiles").
    if (is_one_of(wh, {"where", "when"})) return true;
    if (!is_one_of(wh, {"which", "who", "whose", "whom"})) return false;
    return text.substr(cue.end, sentence.end - cue.end).find(',') != std::string_view::npos;
}

// Words after which "that" opens what is said or thought, or is a determiner: "said that",
// "so that", "in that year".
const WordSet kNotRelativeThat{
    "said",      "say",      "says",      "saying",       "told",     "tell",     "warned",
    "warn",      "warns",    "argued",    "argue",        "argues",   "believe",  "believes",
    "believed",  "think",    "thinks",    "thought",      "noted",    "added",    "stated",
    "claimed",   "claims",   "insisted",  "announced",    "agreed",   "hope",     "hopes",
    "hoped",     "fear",     "fears",     "feared",       "know",     "knows",    "knew",
    "show",      "shows",    "showed",    "suggest",      "suggests", "means",    "mean",
    "ensure",    "so",       "such",      "now",          "given",    "reported", "expect",
    "expects",   "expected", "concluded", "acknowledged", "denied",   "admitted", "recalled",
    "estimated", "found",    "confirmed", "all",          "after",    "before",   "because",
    "while",     "and",      "but"};

bool that_not_relative(std::string_view w) {
    return w.empty() || phrase_break(w) || kNotRelativeThat.has(w);
}

// The words before the cue, read once from the cue backwards (the topic pass is on the hot path):
// - an example: an item of "including A, B and C" or "such as A or B", within ten words, commas
//   allowed between;
// - a clause that picks out a noun ("the truce that has held along the Yemeni border", "tankers
//   that carry Russian oil past Western sanctions"): what the noun does is not what the sentence
//   says; `that`, `which`, `who`, `whose`, `where` within twelve words, no punctuation between;
// - a time or cause the sentence starts from: "joined NATO after Russia invaded Ukraine", "since
//   the war began", "because of the war"; within eight words, no punctuation between.
// An example goes first, then a clause that picks out a noun.
Background marked_clause(std::string_view text, Span sentence, Span cue) {
    bool relative = false, setting = false;
    bool clause_open = true; // no comma yet between the word and the cue
    bool relative_open = true, setting_open = true;
    std::size_t at = cue.start;
    for (int words = 0; words < 12 && at > sentence.start; ++words) {
        std::size_t end = at;
        while (end > sentence.start && text[end - 1] == ' ') --end;
        if (end > sentence.start && text[end - 1] == ',') {
            clause_open = false;
            while (end > sentence.start && (text[end - 1] == ' ' || text[end - 1] == ',')) --end;
        }
        std::string_view w = word_before(text, end, sentence.start, item_char);
        if (w.empty()) break; // other punctuation ends the list and the clause
        at = offset(text, w);
        if (words < 10 &&
            (is_one_of(w, {"including"}) ||
             (is_one_of(w, {"as"}) && is_one_of(word_before(text, at, sentence.start), {"such"}))))
            return Background::Example;
        if (!clause_open) {
            relative_open = setting_open = false;
        } else {
            if (relative_open && is_one_of(w, {"which", "who", "whose", "where"})) {
                // after a comma it is an aside, or a clause that goes on with the story
                relative = word_before(text, at, sentence.start).size() > 0;
                relative_open = false;
            } else if (relative_open && is_one_of(w, {"that"})) {
                relative = words > 0 && !that_not_relative(word_before(text, at, sentence.start));
                relative_open = false;
            }
            if (setting_open && words < 8 &&
                is_one_of(w, {"after", "since", "before", "until", "because", "when"})) {
                setting = true;
                setting_open = false;
            }
        }
        if (!relative_open && !setting_open && words >= 10) break;
    }
    if (relative) return Background::Relative;
    if (setting) return Background::Setting;
    return Background::None;
}

bool idiom(std::string_view text, Span sentence, Span cue) {
    std::string_view word = text.substr(cue.start, cue.size());
    // "banking on its allies": relying, not banks.
    if (is_one_of(word, {"bank", "banking", "banked"}))
        return is_one_of(word_after(text, cue.end, sentence.end), {"on"});
    // "the bloc" is an organization named before (the EU, the CSTO), not bloc politics.
    if (is_one_of(word, {"bloc"}))
        return is_one_of(word_before(text, cue.start, sentence.start), {"the"});
    return false;
}

// A cue word and the words beside it that give it another sense.
struct OtherSense {
    std::initializer_list<std::string_view> cues;
    std::initializer_list<std::string_view> before; // the word right before the cue
    std::initializer_list<std::string_view> after;  // the word right after it
    std::string_view before_that = {};              // and, when set, the word before `before`
};

// Written from the words' senses, not from one article: each is a common phrase of news prose.
const std::array<OtherSense, 7> kOtherSenses{{
    // an appendix of a text: "the annex", "its last annex"; the verb ("to annex") stays a cue
    {{"annex"},
     {"the", "an", "its", "this", "that", "last", "first", "second", "final", "new", "secret"},
     {}},
    // a kind of state: "small island states", "island governments"
    {{"island", "islands"},
     {},
     {"state", "states", "nation", "nations", "country", "countries", "government", "governments",
      "economies"}},
    // exchanging words or blows
    {{"trade", "trading", "traded"},
     {},
     {"accusations", "barbs", "blows", "insults", "jabs", "punches", "places"}},
    // food
    {{"oil", "oils"},
     {"canola", "palm", "olive", "cooking", "vegetable", "sunflower", "soybean", "soy", "coconut",
      "rapeseed", "edible"},
     {}},
    // debatable: "not up for negotiation", "open to negotiation"
    {{"negotiation"}, {"for"}, {}, "up"},
    {{"negotiation"}, {"to"}, {}, "open"},
    // a levy on imports: "the carbon border adjustment", "a carbon border tax"
    {{"border"}, {"carbon"}, {}},
}};

} // namespace

bool other_sense(std::string_view text, Span sentence, Span cue) {
    if (cue.start < sentence.start || cue.end > sentence.end || sentence.end > text.size())
        return false;
    const std::string_view word = text.substr(cue.start, cue.size());
    // Every topic cue is asked: the first letters of the cues below rule most out at once.
    static const std::array<bool, 256> kFirstLetter = [] {
        std::array<bool, 256> first{};
        for (const OtherSense& o : kOtherSenses)
            for (std::string_view c : o.cues) first[static_cast<unsigned char>(c[0])] = true;
        return first;
    }();
    if (word.empty() || !kFirstLetter[static_cast<unsigned char>(ascii_lower(word[0]))])
        return false;
    for (const OtherSense& o : kOtherSenses) {
        if (!is_one_of(word, o.cues)) continue;
        if (o.before.size() != 0) {
            std::string_view b = word_before(text, cue.start, sentence.start);
            if (!is_one_of(b, o.before)) continue;
            if (!o.before_that.empty() &&
                !is_one_of(word_before(text, offset(text, b), sentence.start), {o.before_that}))
                continue;
        }
        if (o.after.size() != 0 && !is_one_of(word_after(text, cue.end, sentence.end), o.after))
            continue;
        return true;
    }
    return false;
}

Background background_cue(std::string_view text, Span sentence, Span cue) {
    if (cue.start < sentence.start || cue.end > sentence.end || sentence.end > text.size())
        return Background::None;
    if (idiom(text, sentence, cue)) return Background::Idiom;
    if (descriptor(text, sentence, cue)) return Background::Descriptor;
    if (aside(text, sentence, cue)) return Background::Aside;
    return marked_clause(text, sentence, cue);
}

} // namespace kg
