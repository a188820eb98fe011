// Word classes for the pair rules; the lists follow the CAMEO verb classes named in
// docs/extraction.md ("Kinds per pair").
#include "extract/cue_words.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <vector>

namespace kg::cue_words {
namespace {

// A lower-case word list looked up case-insensitively by first letter: only the words that
// share the word's first letter are compared (for the lists asked about every word near a name).
class WordList {
  public:
    WordList(std::initializer_list<std::string_view> words) {
        for (std::string_view w : words) by_first_[static_cast<unsigned char>(w[0])].push_back(w);
    }
    bool has(std::string_view w) const {
        if (w.empty()) return false;
        for (std::string_view s : by_first_[static_cast<unsigned char>(fold(w[0]))])
            if (iequals(w, s)) return true;
        return false;
    }

  private:
    std::array<std::vector<std::string_view>, 256> by_first_;
};

template <std::size_t N>
bool starts_with_any(std::string_view w, const std::string_view (&stems)[N]) {
    return std::any_of(std::begin(stems), std::end(stems),
                       [&](std::string_view s) { return istarts(w, s); });
}

} // namespace

bool mutual_tension(std::string_view cue) {
    // CAMEO 19 fight, 20 mass violence and the disputes of 11/12 that need two sides.
    static constexpr std::string_view kStems[]{
        "tension",     "rival",          "conflict",     "dispute",
        "confront",    "clash",          "friction",     "rift",
        "split",       "divergen",       "differen",     "wedge",
        "crack",       "at odds",        "pitted",       "war",
        "fight",       "fought",         "feud",         "quarrel",
        "standoff",    "stand-off",      "disagree",     "hostil",
        "skirmish",    "battl",          "exchange",     "trade fire",
        "traded fire", "trading fire",   "compet",       "deteriorat",
        "sour",        "breakdown",      "distrust",     "mistrust",
        "suspicion",   "at their worst", "at its worst", "all-time low",
        "lowest",      "nadir",          "standstill",   "tit-for-tat",
        "arms race",   "strain",         "enem",         "foe",
        "adversar"};
    // Fifth round (link_cues_news.json): the idioms and nouns in which news states a feud.
    static constexpr std::string_view kIdioms[]{
        "at loggerheads", "daggers drawn", "bad blood", "spar",      "spat",     "squabbl",
        "wrangl",         "bicker",        "tiff",      "acrimon",   "animosit", "antagonis",
        "enmit",          "war of words",  "collid",    "collision", "frosty",   "chill"};
    static constexpr std::string_view kExchanges[]{"traded barbs",        "trading barbs",
                                                   "trade barbs",         "traded accusations",
                                                   "trading accusations", "trade accusations"};
    // "warn" and "crackdown" start like "war" and "crack" but are one side's acts.
    return (starts_with_any(cue, kStems) || starts_with_any(cue, kIdioms) ||
            starts_with_any(cue, kExchanges)) &&
           !istarts(cue, "warn") && !istarts(cue, "crackdown");
}

bool joint_work(std::string_view cue) {
    static constexpr std::string_view kStems[]{"coordinat",  "cooperat",      "co-operat",
                                               "collaborat", "work together", "working together",
                                               "join",       "jointly",       "align"};
    return starts_with_any(cue, kStems);
}

bool camp_noun(std::string_view w) {
    return one_of(w, {"candidate", "candidates",  "party",     "parties",   "leader",   "leaders",
                      "lawmakers", "politicians", "figures",   "groups",    "group",    "forces",
                      "mps",       "bloc",        "coalition", "camp",      "movement", "activists",
                      "senator",   "senators",    "members",   "supporters"});
}

bool role_noun(std::string_view w) {
    static const WordList kRoles{
        "envoy",          "envoys",     "deputy",      "special",      "ambassador",  "minister",
        "ministers",      "spokesman",  "spokeswoman", "spokesperson", "official",    "officials",
        "president",      "premier",    "chief",       "head",         "leader",      "commander",
        "representative", "negotiator", "foreign",     "defence",      "defense",     "state",
        "state-owned",    "state-run",  "firm",        "firms",        "company",     "companies",
        "giant",          "giants",     "carmaker",    "carmakers",    "miner",       "miners",
        "lender",         "lenders",    "producer",    "operator",     "regulator",   "agency",
        "broadcaster",    "top",        "senior",      "former",       "predecessor", "successor",
        "secretary",      "mediator",   "general",     "chair",        "chairman",    "chairwoman",
        "member",         "army",       "navy",        "military",     "national",    "trade",
        "energy",         "oil",        "nuclear",     "ministry"};
    return kRoles.has(w);
}

bool partner_word(std::string_view w) {
    return one_of(w, {"alongside", "beside"});
}

// The three word classes below are asked about every word before every cue, so each looks only
// at the words of its list that share the word's first letter.

bool avoidance(std::string_view w) {
    if (w.size() < 3) return false;
    switch (fold(w[0])) {
    case 'a':
        return one_of(w, {"avoid", "avoided", "avoids", "avoiding", "averted", "avert"});
    case 's':
        return one_of(w, {"shunned", "shun", "shuns"});
    case 'e':
        return one_of(w, {"eschewed", "eschew"});
    case 'p':
        return one_of(w, {"prevent", "prevented"});
    default:
        return false;
    }
}

bool negator(std::string_view w) {
    if (w.size() < 2) return false;
    if (w.size() > 3 && iequals(w.substr(w.size() - 3), "n't")) return true;
    if (w.size() > 5 && w.substr(w.size() - 5) == "n\xE2\x80\x99t") return true; // didn’t
    switch (fold(w[0])) {
    case 'n':
        return one_of(w, {"not", "no", "never", "nor", "neither"});
    case 'w':
        return one_of(w, {"without"});
    case 'r':
        return one_of(w, {"refused", "refuse", "refuses", "refusing", "reconsider"});
    case 'f':
        return one_of(w, {"failed", "fail", "fails", "failing", "froze", "frozen", "freeze"});
    case 'd':
        return one_of(w, {"declined", "declining", "downgraded"});
    case 'l':
        return one_of(w, {"lack"});
    case 'a':
        return one_of(w, {"absence"}) || avoidance(w);
    case 'h':
        return one_of(w, {"halt", "halted"});
    case 's':
        return one_of(w, {"suspend", "suspended", "severed", "sever"}) || avoidance(w);
    case 'e':
        return one_of(w, {"ended"}) || avoidance(w);
    case 'c':
        return one_of(w, {"curtail", "cut"});
    case 'p':
        return one_of(w, {"paused", "pause"}) || avoidance(w);
    case 'u':
        return one_of(w, {"unwilling"});
    default:
        return false;
    }
}

bool yield_word(std::string_view w) {
    if (w.size() < 3 || w.size() > 9) return false;
    switch (fold(w[0])) {
    case 'l':
        return one_of(w, {"lift", "lifted", "lifts", "lifting"});
    case 'e':
        return one_of(w, {"ease", "eased", "eases", "easing", "ended"});
    case 'd':
        return one_of(w, {"drop", "dropped", "drops", "dropping"});
    case 's':
        return one_of(w, {"scrap", "scrapped", "scraps", "scrapping", "stop", "stopped", "stops",
                          "suspend", "suspended"});
    case 'w':
        return one_of(w, {"waive", "waived", "withdraw", "withdrew", "withdrawn"});
    case 'r':
        return one_of(w, {"remove", "removed"});
    case 'a':
        return one_of(w, {"abandon", "abandoned"});
    case 'h':
        return one_of(w, {"halt", "halted"});
    case 'c':
        return one_of(w, {"cut"});
    default:
        return false;
    }
}

} // namespace kg::cue_words
