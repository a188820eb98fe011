// The word classes the pair rules ask about every word before a cue (negators, words that give up
// an act, avoidance words): each looks up only the words of its first letter, so every word of its
// list must still be found, in any case, and words that merely look alike must not.
#include "extract/cue_words.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace kg {
namespace {

using cue_words::avoidance;
using cue_words::negator;
using cue_words::role_noun;
using cue_words::yield_word;

const std::vector<std::string_view> kAvoidance{
    "avoid",    "avoided", "avoids",  "avoiding", "shunned", "shun",     "shuns",
    "eschewed", "eschew",  "averted", "avert",    "prevent", "prevented"};

const std::vector<std::string_view> kNegators{
    "not",     "no",      "never",      "without", "nor",       "neither",   "refused",
    "refuse",  "refuses", "failed",     "fail",    "fails",     "declined",  "lack",
    "absence", "halt",    "halted",     "suspend", "suspended", "ended",     "reconsider",
    "curtail", "paused",  "pause",      "froze",   "frozen",    "freeze",    "severed",
    "sever",   "cut",     "downgraded", "failing", "refusing",  "declining", "unwilling"};

const std::vector<std::string_view> kYieldWords{
    "lift",     "lifted",    "lifts",   "lifting",   "ease",     "eased",   "eases",
    "easing",   "drop",      "dropped", "drops",     "dropping", "scrap",   "scrapped",
    "scraps",   "scrapping", "waive",   "waived",    "remove",   "removed", "withdraw",
    "withdrew", "withdrawn", "abandon", "abandoned", "stop",     "stopped", "stops",
    "halt",     "halted",    "suspend", "suspended", "ended",    "cut"};

const std::vector<std::string_view> kRoleNouns{
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

std::string capitalized(std::string_view w) {
    std::string s(w);
    s[0] = char(s[0] - 'a' + 'A');
    return s;
}

std::string upper(std::string_view w) {
    std::string s(w);
    for (char& c : s) c = char(c - 'a' + 'A');
    return s;
}

TEST(CueWords, EveryAvoidanceWordIsFoundInAnyCase) {
    for (std::string_view w : kAvoidance) {
        EXPECT_TRUE(avoidance(w)) << w;
        EXPECT_TRUE(avoidance(capitalized(w))) << w;
        EXPECT_TRUE(negator(w)) << w; // an avoided act is a negated one
    }
}

TEST(CueWords, EveryNegatorIsFoundInAnyCase) {
    for (std::string_view w : kNegators) {
        EXPECT_TRUE(negator(w)) << w;
        EXPECT_TRUE(negator(capitalized(w))) << w;
        EXPECT_TRUE(negator(upper(w))) << w;
    }
    for (std::string_view w : {"didn't", "Won't", "CAN'T", "haven\xE2\x80\x99t"})
        EXPECT_TRUE(negator(w)) << w;
}

TEST(CueWords, EveryYieldWordIsFoundInAnyCase) {
    for (std::string_view w : kYieldWords) {
        EXPECT_TRUE(yield_word(w)) << w;
        EXPECT_TRUE(yield_word(capitalized(w))) << w;
        EXPECT_TRUE(yield_word(upper(w))) << w;
    }
}

TEST(CueWords, EveryRoleNounIsFoundInAnyCase) {
    for (std::string_view w : kRoleNouns) {
        EXPECT_TRUE(role_noun(w)) << w;
        EXPECT_TRUE(role_noun(capitalized(w))) << w;
    }
    EXPECT_TRUE(role_noun("STATE-OWNED"));
    for (std::string_view w : {"members", "heads", "ministerial", "presidents", "generals", "tops",
                               "oils", "stat", "state-", "envo", "arm", "", "s", ",", "Navy."})
        EXPECT_FALSE(role_noun(w)) << w;
}

TEST(CueWords, NearMissesAreNoneOfThem) {
    // Same first letter, a letter more or less, another word that shares a prefix, punctuation.
    for (std::string_view w :
         {"note",  "now",     "nothing",  "ever", "with", "refuel", "fairly", "decline",
          "lacks", "halting", "suspense", "end",  "cute", "paws",   "unwill", "n't",
          "t",     "n",       ",",        "",     "no-",  "nob",    "sever."})
        EXPECT_FALSE(negator(w)) << w;
    for (std::string_view w : {"lifter", "lif", "easy", "east", "dropout", "stopover", "scrape",
                               "waiver", "removal", "withdrawal", "abandonment", "halter",
                               "suspense", "end", "cuts", "ceased", "lifts.", "", "l"})
        EXPECT_FALSE(yield_word(w)) << w;
    for (std::string_view w :
         {"void", "avoidable", "avenue", "shunt", "eschews", "prevention", "a", "", "sh"})
        EXPECT_FALSE(avoidance(w)) << w;
}

} // namespace
} // namespace kg
