// Built-in discovery lexicon. Kept in code because it is grammar (how English introduces names),
// not knowledge about particular entities.
#include "extract/discovery_lexicon.hpp"

#include "extract/text_class.hpp"

#include <array>
#include <set>
#include <string>

namespace kg {
namespace {

constexpr std::array kOfficial{
    "President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Premier",
    "Vice Premier", "Foreign Minister", "Deputy Foreign Minister", "Defense Minister",
    "Defence Minister", "Finance Minister", "Trade Minister", "Energy Minister",
    "Interior Minister", "Economy Minister", "Minister", "Secretary of State",
    "Secretary of Defense", "Secretary of the Treasury", "Treasury Secretary", "Defense Secretary",
    "Foreign Secretary", "Secretary", "Secretary-General", "Secretary General", "General Secretary",
    "State Councilor", "State Councillor", "Chancellor", "King", "Queen", "Crown Prince", "Emir",
    "Sultan", "Ambassador", "Envoy", "Special Envoy", "Senator", "Sen.", "Rep.", "Congressman",
    "Congresswoman", "Governor", "Mayor", "Speaker", "Chairman", "Chairwoman", "General", "Gen.",
    "Admiral", "Adm.", "Commander", "Spokesman", "Spokeswoman", "Spokesperson", "Colonel", "Col.",
    "Field Marshal", "Supreme Leader", "Ayatollah", "Foreign Affairs Minister",
    "Minister of Foreign Affairs", "Lt. Gen.", "national security adviser",
    "National Security Adviser", "Commissioner", "commissioner", "High Representative",
    "foreign minister", "prime minister", "president", "defense minister", "defence minister",
    "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "senator", "general",
    "admiral", "commander", "special representative", "Special Representative", "special envoy",
    "secretary", "minister", "deputy minister", "chairman", "governor", "mayor",
    // Plurals before a coordination ("Foreign ministers A and B"), and posts named after the name
    // ("A, the parliament speaker") or by succession ("his successor, A").
    "foreign ministers", "defence ministers", "defense ministers", "prime ministers", "presidents",
    "leaders", "leader", "speaker", "successor", "predecessor", "mediator", "negotiator"};

constexpr std::array kHonorific{"Mr",  "Mr.",   "Mrs",       "Mrs.", "Ms",   "Ms.",  "Dr",
                                "Dr.", "Prof.", "Professor", "Sir",  "Dame", "Lord", "Lady"};

constexpr std::array kRole{"analyst",
                           "researcher",
                           "research fellow",
                           "senior fellow",
                           "fellow",
                           "scholar",
                           "economist",
                           "journalist",
                           "correspondent",
                           "historian",
                           "author",
                           "writer",
                           "professor",
                           "associate professor",
                           "assistant professor",
                           "expert",
                           "director",
                           "executive director",
                           "deputy director",
                           "editor",
                           "host",
                           "commentator",
                           "lecturer",
                           "adviser",
                           "advisor",
                           "consultant",
                           "chair",
                           "founder",
                           "co-founder",
                           "president of",
                           "vice president of",
                           "head of",
                           "chief executive",
                           "CEO",
                           "dean",
                           "specialist",
                           "Director",
                           "Executive Director",
                           "Senior Fellow",
                           "Fellow",
                           "Associate Professor",
                           "Chair",
                           "Editor",
                           "Founder",
                           "Head",
                           "Dean",
                           "Lecturer",
                           "Researcher",
                           "sinologist",
                           "Sinologist",
                           "political scientist",
                           "scientist",
                           "aide",
                           "candidate",
                           "opposition leader"};

constexpr std::array kOrgHeads{"Organization",
                               "Organisation",
                               "Council",
                               "Institute",
                               "Forum",
                               "Center",
                               "Centre",
                               "Endowment",
                               "University",
                               "Foundation",
                               "Commission",
                               "Agency",
                               "Fund",
                               "Alliance",
                               "Association",
                               "Ministry",
                               "Committee",
                               "Academy",
                               "Society",
                               "Institution",
                               "Corporation",
                               "Corp.",
                               "Bank",
                               "Union",
                               "Party",
                               "Process",
                               "Initiative",
                               "Group",
                               "Service",
                               "Office",
                               "Department",
                               "School",
                               "College",
                               "Court",
                               "Network",
                               "Consortium",
                               "Company",
                               "Co.",
                               "Authority",
                               "Federation",
                               "Assembly",
                               "Parliament",
                               "Congress",
                               "Secretariat",
                               "Bureau",
                               "Board",
                               "Tribunal",
                               "Program",
                               "Programme",
                               "Coalition",
                               "Front",
                               "Movement",
                               "Treaty Organization",
                               "Inc.",
                               "Ltd",
                               "Ltd.",
                               "Institutes",
                               "Review",
                               "Times",
                               "Post",
                               "News",
                               "Press",
                               "Club",
                               "Command",
                               "Shipping",
                               "Shipping Line",
                               "Shipping Lines",
                               "Summit",
                               "Partners",
                               "Industries",
                               "Guard",
                               "Navy",
                               "Army",
                               "Air Force",
                               "Police",
                               "Police Force",
                               "Defence Force",
                               "Defense Force",
                               "Defence Forces",
                               "Defense Forces",
                               "Armed Forces",
                               "Forces",
                               "Fleet",
                               "Community",
                               "Grid"};

// Common nouns of news copy that say what an organization is. Kept apart from kOrgHeads: these
// are lower case and stand beside the name, not inside it.
constexpr std::array kDescribedBefore{"firm",
                                      "firms",
                                      "company",
                                      "companies",
                                      "miner",
                                      "miners",
                                      "mining company",
                                      "carmaker",
                                      "carmakers",
                                      "automaker",
                                      "automakers",
                                      "manufacturer",
                                      "manufacturers",
                                      "producer",
                                      "producers",
                                      "lender",
                                      "insurer",
                                      "broadcaster",
                                      "think tank",
                                      "think-tank",
                                      "subsidiary",
                                      "operator",
                                      "conglomerate",
                                      "utility",
                                      "refiner",
                                      "shipbuilder",
                                      "contractor",
                                      "supplier",
                                      "startup",
                                      "start-up",
                                      "airline",
                                      "news agency",
                                      "agency",
                                      "mission",
                                      "monitoring mission",
                                      "peacekeeping force",
                                      "newspaper",
                                      "daily",
                                      "outlet",
                                      "militia",
                                      "developer",
                                      "exporter",
                                      "trader",
                                      "consortium",
                                      "watchdog",
                                      "regulator",
                                      "group",
                                      "church",
                                      "state company",
                                      "state firm",
                                      "state firms",
                                      "bank",
                                      "giant",
                                      "maker",
                                      "trading house",
                                      "makers",
                                      "lenders",
                                      "banks",
                                      "insurers",
                                      "operators",
                                      "suppliers",
                                      "shipbuilders",
                                      "refiners",
                                      "utilities",
                                      "airlines",
                                      "groups"};

constexpr std::array kDescribedAfter{"movement", "guerrillas", "rebels", "militants", "militia"};

} // namespace

DiscoveryLexicon build_discovery_lexicon() {
    std::vector<Phrase> titles;
    auto add = [&](const auto& list, TitleKind kind) {
        for (std::string_view t : list) {
            bool lower = !ascii_upper(t.front());
            titles.push_back({std::string(t), std::uint32_t(kind),
                              lower ? PhraseCase::Insensitive : PhraseCase::Capitalized,
                              PhraseTail::None});
        }
    };
    add(kOfficial, TitleKind::Official);
    add(kHonorific, TitleKind::Honorific);
    add(kRole, TitleKind::Role);
    std::vector<Phrase> heads;
    for (std::string_view h : kOrgHeads)
        heads.push_back({std::string(h), 0, PhraseCase::Capitalized, PhraseTail::None});
    std::vector<Phrase> described;
    for (std::string_view d : kDescribedBefore)
        described.push_back({std::string(d), std::uint32_t(DescriptorSide::Before),
                             PhraseCase::Exact, PhraseTail::None});
    for (std::string_view d : kDescribedAfter)
        described.push_back({std::string(d), std::uint32_t(DescriptorSide::After),
                             PhraseCase::Exact, PhraseTail::None});
    return {PhraseMatcher(std::move(titles)), PhraseMatcher(std::move(heads)),
            PhraseMatcher(std::move(described))};
}

bool is_name_stopword(std::string_view word) {
    static const std::set<std::string, std::less<>> kWords{
        "the", "a", "an", "and", "or", "but", "in", "on", "of", "for", "with", "at", "by", "from",
        "to", "as", "if", "when", "while", "this", "that", "these", "those", "it", "its", "he",
        "she", "they", "we", "i", "his", "her", "their", "our", "both", "during", "after", "before",
        "since", "although", "however", "today", "yesterday", "there", "here", "what", "why", "how",
        "who", "where", "which", "all", "some", "many", "most", "more", "such", "no", "not", "so",
        "then", "than", "also", "even", "only", "just", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "read", "more", "share",
        "home", "type", "video", "photo", "image", "related", "updated", "source", "date", "new",
        "former", "late", "then", "acting", "deputy", "vice", "senior", "chief", "head", "state",
        "foreign", "minister", "secretary", "president", "prime", "director", "professor",
        "according", "western", "eastern", "northern", "southern", "global", "international",
        "national", "general", "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady",
        "admiral", "ambassador", "senator",
        // Abbreviated ranks ("Gen. Jane Roe"): a title, never the name after one.
        "gen", "adm", "col", "lt", "maj", "capt", "brig", "sgt", "cmdr", "rep", "sen", "gov"};
    return kWords.count(ascii_lower(word)) > 0;
}

bool is_name_particle(std::string_view word) {
    static const std::set<std::string_view> kWords{"al",  "bin", "ibn", "de", "del", "der",
                                                   "van", "von", "da",  "di", "du",  "la",
                                                   "le",  "dos", "das", "el"};
    return kWords.count(word) > 0;
}

bool is_particle_compound(std::string_view word) {
    const std::size_t j = word.find_first_of("-'");
    if (j == std::string_view::npos || j + 1 >= word.size() || !ascii_upper(word[j + 1]))
        return false;
    static const std::set<std::string_view> kHeads{"al",  "el",  "ad",  "an", "ar",
                                                   "as",  "ash", "at",  "az", "bin",
                                                   "ibn", "abu", "wal", "d",  "l"};
    return kHeads.count(word.substr(0, j)) > 0;
}

bool is_speech_verb(std::string_view word) {
    static const std::set<std::string_view> kWords{
        "said",       "says",      "say",      "spoke",    "speaks",    "told",      "tells",
        "wrote",      "writes",    "argued",   "argues",   "noted",     "notes",     "added",
        "adds",       "explained", "explains", "stated",   "states",    "warned",    "warns",
        "believes",   "thinks",    "observed", "observes", "commented", "suggested", "suggests",
        "asked",      "asks",      "recalled", "insisted", "cautioned", "contends",  "contended",
        "emphasized", "stressed"};
    return kWords.count(word) > 0;
}

} // namespace kg
