// Names the text introduces by their context, not by a title: organizations beside a descriptor
// ("the Indian miner X", "X, the state company", "the X movement"), acronyms a country owns or a
// known name defines, names with initials inside; people after a country's possessive, before
// "of Country", beside a known leader, after plural and trailing roles; short names that refer
// to a full name introduced earlier (surnames, East Asian family names, "the Commission").
#include "extract/extract.hpp"
#include "simple_document.hpp"

#include <gtest/gtest.h>

namespace kg {
namespace {

using test::entity;
using test::extract_text;
using test::linked_by_text;
using test::mention_texts;
using V = std::vector<std::string>;

void expect_type(const Corpus& c, const char* id, EntityType type) {
    const Entity* e = entity(c, id);
    ASSERT_NE(e, nullptr) << id;
    EXPECT_EQ(e->type, type) << id;
}

TEST(DescribedOrganizations, DescriptorBeforeTheName) {
    Corpus c = extract_text(
        "The Indian miner Koyal Minerals bought the mine. State broadcaster RTN showed it. "
        "Analysts at the think tank Lumen doubted it. China's state firms CNX and PQRC bid too.");
    for (const char* id : {"koyal-minerals", "rtn", "lumen", "cnx", "pqrc"})
        expect_type(c, id, EntityType::Organization);
}

TEST(DescribedOrganizations, AppositionsOnEitherSide) {
    Corpus c = extract_text(
        "Prices fell for Orvex, the Russian state company that runs the pits. A BRICS "
        "subsidiary, Tarnet Energy, won the tender. The peacekeeping force in northern "
        "India, UNPKX, stayed.");
    for (const char* id : {"orvex", "tarnet-energy", "unpkx"})
        expect_type(c, id, EntityType::Organization);
}

TEST(DescribedOrganizations, MovementsGuerrillasAndAcronymsOfCountries) {
    Corpus c = extract_text(
        "The Harak movement and ZLN guerrillas clashed. India's NTPX and Russia's RTGX, which "
        "had also bid, lost. China's GDP grew as the Kurdish movement marched.");
    for (const char* id : {"harak", "zln", "ntpx", "rtgx"})
        expect_type(c, id, EntityType::Organization);
    EXPECT_EQ(entity(c, "gdp"), nullptr);
    EXPECT_EQ(entity(c, "kurdish"), nullptr);
}

TEST(DescribedOrganizations, ListsAfterAPluralDescriptorAndFiguresPerCompany) {
    Corpus c = extract_text(
        "European carmakers such as Valtra, Norsk Motors and Brandt lobbied. Chinese makers "
        "Kaiyun, Tengda, Lixin and others did not. The rates set for each company:\n\n"
        "- Orbis: 17.0 percent\n- Halden: 20.1 percent\n\nVoters were tired.\n\n- Turnout: 60 "
        "percent\n"
        "- Spoilt: 2 percent");
    for (const char* id :
         {"valtra", "norsk-motors", "brandt", "kaiyun", "tengda", "lixin", "orbis", "halden"})
        expect_type(c, id, EntityType::Organization);
    EXPECT_EQ(entity(c, "turnout"), nullptr);
}

TEST(DescribedOrganizations, SentenceOpeningWordsAreNoNames) {
    Corpus c = extract_text("Meanwhile, the company said nothing. Last year, the firm grew. "
                            "Said the company, nothing changed.");
    EXPECT_EQ(entity(c, "meanwhile"), nullptr);
    EXPECT_EQ(entity(c, "last"), nullptr);
    EXPECT_EQ(entity(c, "nothing"), nullptr);
}

TEST(DescribedOrganizations, InitialsAndKnownAcronymsInsideOneName) {
    Corpus c = extract_text(
        "She studied at the Center for U.K.-Irish Studies and the J. Kowalski School of Policy. "
        "The BRICS Kazan Group met.");
    EXPECT_EQ(mention_texts(c, "center-for-u-k-irish-studies"),
              (V{"Center for U.K.-Irish Studies"}));
    EXPECT_EQ(mention_texts(c, "j-kowalski-school-of-policy"), (V{"J. Kowalski School of Policy"}));
    EXPECT_EQ(mention_texts(c, "brics-kazan-group"), (V{"BRICS Kazan Group"}));
    EXPECT_EQ(entity(c, "brics"), nullptr);
}

TEST(DescribedOrganizations, AcronymDefinedForAKnownName) {
    Corpus c = extract_text("The Wilson Center (WLCX) hosted the talk. A WLCX fellow spoke.");
    EXPECT_EQ(mention_texts(c, "wilson-center"), (V{"Wilson Center", "WLCX", "WLCX"}));
}

TEST(UntitledPeople, CountryPossessiveAndOfCountry) {
    Corpus c = extract_text(
        "Xi met China's Wen Baoli and Russia's Oleg Markov on Monday. Hana Ito of India "
        "joined them.");
    for (const char* id : {"wen-baoli", "oleg-markov", "hana-ito"})
        expect_type(c, id, EntityType::Leader);
    EXPECT_EQ(entity(c, "wen-baoli")->affiliation, "china");
    EXPECT_EQ(entity(c, "hana-ito")->affiliation, "india");
}

TEST(UntitledPeople, PluralRolesAndAKnownLeaderBeside) {
    Corpus c = extract_text(
        "Foreign ministers Ana Silva and Rui Costa met. Their foreign ministers, Lena Holm "
        "and Per Dahl, signed. It was opened by Vladimir Putin and Omar Talib.");
    for (const char* id : {"ana-silva", "rui-costa", "lena-holm", "per-dahl", "omar-talib"})
        expect_type(c, id, EntityType::Leader);
}

TEST(UntitledPeople, TrailingRolesSuccessorsAndScriptInParentheses) {
    Corpus c = extract_text(
        "Dara Voss, the 54-year-old parliament speaker, agreed. Her successor, Tomas Berg, "
        "did not. Zhang Wei (\u5F20\u4F1F), a researcher at the Wilson Center, said so.");
    expect_type(c, "dara-voss", EntityType::Leader);
    expect_type(c, "tomas-berg", EntityType::Leader);
    expect_type(c, "zhang-wei", EntityType::Person);
}

TEST(UntitledPeople, AnAgeSetOffByCommas) {
    Corpus c = extract_text(
        "Marta Ilves, 61, runs a fishing boat. Her son Juhan, 34, does not. Ward 12, 13 and "
        "Ward 14, 15, were closed.");
    expect_type(c, "marta-ilves", EntityType::Person);
    EXPECT_EQ(entity(c, "juhan"), nullptr); // one word: too little to call a name
    EXPECT_EQ(entity(c, "ward-14"), nullptr);
}

TEST(UntitledPeople, CountryFirstNamesRanksAndAcronymsInNames) {
    Corpus c = extract_text(
        "Defense Minister India Walsh said the army commander Gen. Rami Haddad agreed. "
        "Republican Brics Tanner objected.");
    EXPECT_EQ(mention_texts(c, "india-walsh"), (V{"India Walsh"}));
    EXPECT_EQ(entity(c, "india"), nullptr);
    EXPECT_EQ(entity(c, "gen"), nullptr);
    ASSERT_NE(entity(c, "rami-haddad"), nullptr);
    EXPECT_EQ(entity(c, "brics"), nullptr);
}

TEST(ShortNames, EastAsianFamilyNamesAndTheLastOwnerBeforeThem) {
    Corpus c = extract_text(
        "President Park Min-su flew to Beijing. Park met Xi. Park Ji-hoon, an analyst at the "
        "Wilson Center, said Park had no choice.");
    EXPECT_EQ(mention_texts(c, "park-min-su"), (V{"Park Min-su", "Park"}));
    EXPECT_EQ(mention_texts(c, "park-ji-hoon"), (V{"Park Ji-hoon", "Park"}));
}

TEST(DescribedOrganizations, ACountrysCoastGuardIsNamedAfterTheCountry) {
    Corpus c = extract_text(
        "China's coast guard said the Russian border guard had left. The coast guards talked.");
    EXPECT_EQ(mention_texts(c, "china-coast-guard"), (V{"China's coast guard"}));
    EXPECT_EQ(mention_texts(c, "russia-border-guard"), (V{"Russian border guard"}));
    EXPECT_EQ(entity(c, "china-coast-guard")->name, "China Coast Guard");
}

TEST(DescribedOrganizations, AStatesBodyInLowerCaseNamesTheState) {
    Corpus c = extract_text(
        "The Chinese foreign ministry accused India of lying. The Russian navy agreed.");
    EXPECT_EQ(entity(c, "china-foreign-ministry"), nullptr);
    EXPECT_EQ(entity(c, "russia-navy"), nullptr);
    EXPECT_EQ(mention_texts(c, "china"), (V{"Chinese"}));
    EXPECT_TRUE(linked_by_text(c, "china", "india"));
}

TEST(DescribedOrganizations, ACoastGuardKeepsItsStateAsAnActor) {
    Corpus c = extract_text("Chinese coast guard vessels fired water cannon at Indian boats.");
    EXPECT_EQ(mention_texts(c, "china-coast-guard"), (V{"Chinese coast guard"}));
    EXPECT_TRUE(linked_by_text(c, "china", "india"));
}

TEST(DescribedOrganizations, APersonsNameOpensTheNameOfABody) {
    Corpus c =
        extract_text("She teaches at the Vladimir Putin University of Law in Omsk, and Xi Academy "
                     "of Sciences hired her.");
    EXPECT_NE(entity(c, "vladimir-putin-university-of-law"), nullptr);
    EXPECT_NE(entity(c, "xi-academy-of-sciences"), nullptr);
    EXPECT_EQ(entity(c, "vladimir-putin"), nullptr);
    EXPECT_EQ(entity(c, "xi-jinping"), nullptr);
    EXPECT_EQ(entity(c, "university-of-law"), nullptr);
}

TEST(DescribedOrganizations, ALowerCaseHyphenWordBeforeANameIsNoPartOfIt) {
    Corpus c =
        extract_text("He heads the Moscow-based Arctic Policy Institute and the Delhi-backed "
                     "Ganga Forum.");
    EXPECT_NE(entity(c, "arctic-policy-institute"), nullptr);
    EXPECT_NE(entity(c, "ganga-forum"), nullptr);
    EXPECT_EQ(entity(c, "moscow-based-arctic-policy-institute"), nullptr);
}

TEST(DescribedOrganizations, APossessiveInsideTheDescriptor) {
    Corpus c = extract_text(
        "Naftna Industrija Srbije, the country's only oil refiner, is owned by Russia.");
    expect_type(c, "naftna-industrija-srbije", EntityType::Organization);
}

TEST(TitledPeople, ATitleWithAPlacePhraseBeforeTheNameSetOff) {
    Corpus c =
        extract_text("India's envoy to the islands, Qian Bo, says the help is free. The ambassador "
                     "in Moscow, Ana Roe, agreed. The envoy to the islands, Tonga, left.");
    expect_type(c, "qian-bo", EntityType::Leader);
    expect_type(c, "ana-roe", EntityType::Leader);
    EXPECT_EQ(entity(c, "tonga"), nullptr); // one word set off is a place, not a name
}

TEST(UntitledPeople, ARelativeClauseOfWhatPeopleDoInABody) {
    Corpus c =
        extract_text("Hodan Elmi, who teaches international law at the Wilson Center, disagreed. "
                     "Pieter van der Berg, who now heads the Arctic Policy Institute, agreed. "
                     "Blue Lagoon, who knows, may reopen.");
    expect_type(c, "hodan-elmi", EntityType::Person);
    EXPECT_EQ(entity(c, "hodan-elmi")->affiliation, "wilson-center");
    expect_type(c, "pieter-van-der-berg", EntityType::Person);
    EXPECT_EQ(entity(c, "blue-lagoon"), nullptr); // "knows" is no work in a body
}

TEST(ShortNames, HeadWordAloneAfterTheFullName) {
    Corpus c = extract_text(
        "The Eurasian Trade Commission met in Moscow. The Commission asked China to wait. "
        "Commission President Ana Roe agreed.");
    EXPECT_EQ(mention_texts(c, "eurasian-trade-commission"),
              (V{"Eurasian Trade Commission", "Commission", "Commission"}));
}

TEST(ShortNames, TheBlocIsTheOneBlocNamedJustBefore) {
    Corpus c = extract_text(
        "Shanghai Cooperation Organization ministers met in Astana. The bloc urged India "
        "to stay. India said the alliance's plans were sound.");
    EXPECT_EQ(mention_texts(c, "sco"),
              (V{"Shanghai Cooperation Organization", "bloc", "alliance"}));
    ASSERT_NE(entity(c, "india"), nullptr);
    bool linked = false;
    for (const Link& l : c.links)
        linked |= !l.from_knowledge_base &&
                  ((c.entities[l.source].id == "sco" && c.entities[l.target].id == "india") ||
                   (c.entities[l.source].id == "india" && c.entities[l.target].id == "sco"));
    EXPECT_TRUE(linked);
}

TEST(ShortNames, TheBlocStaysUnresolvedWhenTwoBlocsOrNoneAreNear) {
    // Two blocs named: either could be meant.
    EXPECT_EQ(
        mention_texts(extract_text("BRICS and the SCO met in Kazan. The bloc urged India to stay."),
                      "sco"),
        (V{"SCO"}));
    // Three sentences on, the bloc is no longer in focus.
    EXPECT_EQ(
        mention_texts(extract_text("The SCO met. India left. China stayed. Russia paid. The bloc "
                                   "then closed."),
                      "sco"),
        (V{"SCO"}));
    // A relation between parties, and plural blocs, are no body.
    EXPECT_EQ(
        mention_texts(extract_text("The SCO met. The alliance between China and Russia held. Rival "
                                   "blocs formed. The alliance of the two grew."),
                      "sco"),
        (V{"SCO"}));
}

// A capital outside Latin-1 (Latin Extended-A and -B) starts a name like any other: the name is
// found by its context, its id folds the accent, and its bare surname later refers to it.
TEST(CapitalsBeyondLatin1, StartNamesAndTheirSurnames) {
    Corpus c = extract_text(
        "Łukasz Nowak said on Monday that the talks had gone well. Žaneta Kowalczyk, an analyst "
        "at the Vistula Policy Institute, agreed. Later Nowak and Kowalczyk left. Ștefan Popescu "
        "said the plan was sound.");
    EXPECT_EQ(mention_texts(c, "lukasz-nowak"), (V{"Łukasz Nowak", "Nowak"}));
    EXPECT_EQ(mention_texts(c, "zaneta-kowalczyk"), (V{"Žaneta Kowalczyk", "Kowalczyk"}));
    EXPECT_EQ(mention_texts(c, "stefan-popescu"), (V{"Ștefan Popescu"}));
    expect_type(c, "lukasz-nowak", EntityType::Person);
}

// A lower-case letter of Latin Extended-A is no capital, whatever the parity of its code point
// (ł is U+0142, Ł U+0141): the name ends before it.
TEST(CapitalsBeyondLatin1, LowerCaseExtendedLettersEndAName) {
    Corpus c = extract_text("Foreign Minister Radek Nowicki łagodził the tone on Monday.");
    EXPECT_EQ(mention_texts(c, "radek-nowicki"), (V{"Radek Nowicki"}));
}

} // namespace
} // namespace kg
