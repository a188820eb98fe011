// Word classes for the pair rules; the lists follow the CAMEO verb classes named in
// docs/extraction.md ("Kinds per pair").
#include "extract/cue_words.hpp"

#include <algorithm>
#include <iterator>

namespace kg::cue_words {
namespace {

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
    return one_of(
        w,
        {"envoy",          "envoys",     "deputy",      "special",      "ambassador",  "minister",
         "ministers",      "spokesman",  "spokeswoman", "spokesperson", "official",    "officials",
         "president",      "premier",    "chief",       "head",         "leader",      "commander",
         "representative", "negotiator", "foreign",     "defence",      "defense",     "state",
         "state-owned",    "state-run",  "firm",        "firms",        "company",     "companies",
         "giant",          "giants",     "carmaker",    "carmakers",    "miner",       "miners",
         "lender",         "lenders",    "producer",    "operator",     "regulator",   "agency",
         "broadcaster",    "top",        "senior",      "former",       "predecessor", "successor",
         "secretary",      "mediator",   "general",     "chair",        "chairman",    "chairwoman",
         "member",         "army",       "navy",        "military",     "national",    "trade",
         "energy",         "oil",        "nuclear",     "ministry"});
}

bool partner_word(std::string_view w) {
    return one_of(w, {"alongside", "beside"});
}

bool avoidance(std::string_view w) {
    return one_of(w, {"avoid", "avoided", "avoids", "avoiding", "shunned", "shun", "shuns",
                      "eschewed", "eschew", "averted", "avert", "prevent", "prevented"});
}

} // namespace kg::cue_words
