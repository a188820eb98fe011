// Credits and source lines name nobody, names with particles and roles are
// discovered whole, "Dr." is no role, lost diacritics find their entity, topic cues inside names
// or titles do not count.
#include "extract/chrome_spans.hpp"
#include "extract/diacritics.hpp"
#include "extract/extract.hpp"
#include "simple_document.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace kg {
namespace {

using test::fixture;

Corpus run(const KnowledgeBase& kb, const std::string& text) {
    std::vector<Document> docs;
    docs.push_back(test::simple_document(text));
    return extract(kb, std::move(docs));
}

using test::entity;
using test::mention_texts;

std::vector<std::string> chrome_texts(const std::string& text) {
    Document d = test::simple_document(text);
    std::vector<std::string> out;
    for (Span s : chrome_spans(d)) out.emplace_back(d.slice(s));
    return out;
}

using V = std::vector<std::string>;

TEST(ChromeSpans, DatelineCreditsAndTrailingCredits) {
    EXPECT_EQ(chrome_texts("MOSCOW, June 19 (AFP) \u2014 President Putin spoke on Wednesday."),
              (V{"(AFP)"}));
    EXPECT_EQ(chrome_texts("ISLAMABAD (AP) \u2014 Officials said the border was closed."),
              (V{"(AP)"}));
    EXPECT_EQ(chrome_texts("RIYADH, March 12 (Reuters) - Talks ended."), (V{"(Reuters)"}));
    // Not a dateline: no city in capitals, or no dash after the parenthesis.
    EXPECT_EQ(chrome_texts("The talks (in Riyadh) \u2014 a first \u2014 ended."), V{});
    EXPECT_EQ(chrome_texts("NATO (the alliance) met again."), V{});
    EXPECT_EQ(chrome_texts("A tanker in the port of Murmansk. ALEXANDER NEMENOV / AFP"),
              (V{"ALEXANDER NEMENOV / AFP"}));
    EXPECT_EQ(chrome_texts("An S-400 launcher at a parade in Moscow. Sergei Bobylev/TASS"),
              (V{"Sergei Bobylev/TASS"}));
    EXPECT_EQ(chrome_texts("Three ministers pose in Beijing. CHINA DAILY VIA REUTERS"),
              (V{"CHINA DAILY VIA REUTERS"}));
    EXPECT_EQ(chrome_texts("The minister left early, officials said. \u2014 AFP"),
              (V{"\u2014 AFP"}));
    // Ordinary last sentences stay.
    EXPECT_EQ(chrome_texts("Prices rose. \"We do not want to choose.\""), V{});
    EXPECT_EQ(chrome_texts("Growth slowed. China and Russia disagree"), V{});
}

TEST(ChromeSpans, CreditCopyrightAndSourceParagraphs) {
    EXPECT_EQ(chrome_texts("(Reporting by Jane Roe in Riyadh; Editing by John Doe)"),
              (V{"(Reporting by Jane Roe in Riyadh; Editing by John Doe)"}));
    EXPECT_EQ(
        chrome_texts("Associated Press writers Jane Roe and John Doe contributed to this report."),
        (V{"Associated Press writers Jane Roe and John Doe contributed to this report."}));
    EXPECT_EQ(chrome_texts("\u2014 with reporting by Ana Campos in Sao Paulo"),
              (V{"\u2014 with reporting by Ana Campos in Sao Paulo"}));
    EXPECT_EQ(chrome_texts("Source: Eurasia Energy Monitor via NewsHub"),
              (V{"Source: Eurasia Energy Monitor via NewsHub"}));
    // Only the copyright sentence of "© AFP 2025. Photo: ...".
    EXPECT_EQ(chrome_texts("\u00A9 AFP 2025. Photo: A nuclear icebreaker in Murmansk."),
              (V{"\u00A9 AFP 2025."}));
    // A publisher's disclaimer; a sentence that only denies something is prose.
    EXPECT_EQ(chrome_texts("This note is sent to subscribers of Delta Advisory Partners for "
                           "information only and does not constitute investment advice."),
              (V{"This note is sent to subscribers of Delta Advisory Partners for information "
                 "only and does not constitute investment advice."}));
    EXPECT_EQ(chrome_texts("The visit does not constitute recognition of the junta."), V{});
}

TEST(ChromeSpans, ClosingBioAndRelatedLinesOfAnySection) {
    Document d =
        test::simple_document("Talks ended.\n\n*Jane Roe reports on trade for the paper.*\n\n"
                              "Related opinion: Why BRICS fears the pact");
    d.authors = {"Jane Roe"};
    std::vector<std::string> got;
    for (Span s : chrome_spans(d)) got.emplace_back(d.slice(s));
    EXPECT_EQ(got, (V{"*Jane Roe reports on trade for the paper.*",
                      "Related opinion: Why BRICS fears the pact"}));
    EXPECT_EQ(chrome_texts("Related to this, the talks ended: nobody won."), V{});
}

TEST(ChromeNames, NamesInCreditsAreNotMentions) {
    Corpus c = run(fixture(), "MOSCOW, June 19 (SCO) \u2014 Xi met Putin in Moscow.\n\n"
                              "Photo: Xi and Putin in Moscow. Robert Daly/Wilson Center\n\n"
                              "(Reporting by Anna Keller in Beijing; Editing by India Roe)");
    EXPECT_EQ(mention_texts(c, "xi-jinping"), (V{"Xi", "Xi"}));
    EXPECT_EQ(entity(c, "sco"), nullptr);
    EXPECT_EQ(entity(c, "robert-daly"), nullptr);
    EXPECT_EQ(entity(c, "wilson-center"), nullptr);
    EXPECT_EQ(entity(c, "india"), nullptr);
    EXPECT_EQ(entity(c, "anna-keller"), nullptr);
}

TEST(Discovery, NamesWithParticlesStayWhole) {
    Corpus c =
        run(fixture(),
            "The talks were led by Musaad bin Mohammed al-Aiban, the Saudi national security "
            "adviser, and by Ursula von der Leyen, the commission president. Abdel Fattah el-Sisi "
            "said so.");
    EXPECT_EQ(mention_texts(c, "musaad-bin-mohammed-al-aiban"),
              (V{"Musaad bin Mohammed al-Aiban"}));
    EXPECT_EQ(mention_texts(c, "ursula-von-der-leyen"), (V{"Ursula von der Leyen"}));
    EXPECT_EQ(mention_texts(c, "abdel-fattah-el-sisi"), (V{"Abdel Fattah el-Sisi"}));
}

TEST(Discovery, NewRolesAndOrganizationHeads) {
    Corpus c = run(fixture(),
                   "Francesco Sisci, an Italian sinologist, disagreed. Vladimir Panov, a special "
                   "representative of Rosatom, spoke. New New Shipping and the Northern Sea Route "
                   "Shipping Line signed a deal at the Arctic Economic Summit.");
    const Entity* sisci = entity(c, "francesco-sisci");
    ASSERT_NE(sisci, nullptr);
    EXPECT_EQ(sisci->type, EntityType::Person);
    ASSERT_NE(entity(c, "vladimir-panov"), nullptr);
    EXPECT_EQ(entity(c, "vladimir-panov")->type, EntityType::Leader);
    for (const char* org :
         {"new-new-shipping", "northern-sea-route-shipping-line", "arctic-economic-summit"}) {
        ASSERT_NE(entity(c, org), nullptr) << org;
        EXPECT_EQ(entity(c, org)->type, EntityType::Organization) << org;
    }
}

TEST(Discovery, AcronymsDefinedInParenthesesNameTheirOrganization) {
    Corpus c = run(
        fixture(),
        "Islamabad blames the Tehrik-i-Taliban Pakistan (TTP) for the attack. The TTP denies it. "
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) grew. Ana Roe, head of the Observer "
        "Research Foundation (ORF), said ORF data agree. The Countering America's Adversaries "
        "Through Sanctions Act (CAATSA) applies. India (IND) and BRICS (BR) are no names.");
    EXPECT_EQ(mention_texts(c, "tehrik-i-taliban-pakistan"),
              (V{"Tehrik-i-Taliban Pakistan", "TTP", "TTP"}));
    EXPECT_EQ(mention_texts(c, "jama-at-nusrat-al-islam-wal-muslimin"),
              (V{"Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"}));
    EXPECT_EQ(mention_texts(c, "observer-research-foundation"),
              (V{"Observer Research Foundation", "ORF", "ORF"}));
    EXPECT_EQ(entity(c, "adversaries-through-sanctions-act"), nullptr);
    EXPECT_EQ(mention_texts(c, "india"), (V{"India"}));
}

TEST(Discovery, InterviewBylinesCandidatesAndCountriesBeforeAnOrganization) {
    Corpus c =
        run(fixture(),
            "Interview by Thomas Weller\n\nThe opposition candidate Edmundo Gonzalez Urrutia "
            "claimed victory. The U.S. Coast Guard said it watched.");
    ASSERT_NE(entity(c, "thomas-weller"), nullptr);
    ASSERT_NE(entity(c, "edmundo-gonzalez-urrutia"), nullptr);
    EXPECT_EQ(entity(c, "edmundo-gonzalez-urrutia")->type, EntityType::Person);
    EXPECT_EQ(mention_texts(c, "u-s-coast-guard"), (V{"U.S. Coast Guard"}));
    EXPECT_EQ(entity(c, "united-states"), nullptr); // the country inside the name gives way
}

TEST(Discovery, AnAcronymPeopleTalkToIsAnOrganization) {
    Corpus c =
        run(fixture(),
            "A diplomat told VOA the talks failed. According to RFE, they did not. He told SCO "
            "delegates, and told us.");
    ASSERT_NE(entity(c, "voa"), nullptr);
    EXPECT_EQ(entity(c, "voa")->type, EntityType::Organization);
    ASSERT_NE(entity(c, "rfe"), nullptr);
    EXPECT_FALSE(entity(c, "sco")->discovered); // the knowledge base's own
}

TEST(Discovery, DoctorIsATitleAndTheAppositionGivesRoleAndAffiliation) {
    Corpus c =
        run(fixture(),
            "Dr. Lena Hartwig, Director of the Baltic Policy Institute, said the talks failed.");
    const Entity* h = entity(c, "lena-hartwig");
    ASSERT_NE(h, nullptr);
    EXPECT_EQ(h->role, "Director of the Baltic Policy Institute");
    EXPECT_EQ(h->affiliation, "baltic-policy-institute");
}

TEST(Diacritics, FoldedAndDroppedSpellings) {
    EXPECT_EQ(lost_diacritic_forms("Viktor Orb\u00E1n"), (V{"Viktor Orban", "Viktor Orbn"}));
    EXPECT_EQ(lost_diacritic_forms("Aleksandar Vu\u010Di\u0107"),
              (V{"Aleksandar Vucic", "Aleksandar Vui"}));
    EXPECT_EQ(lost_diacritic_forms("Orb\u00E1n"), V{});            // one word: too easy to confuse
    EXPECT_EQ(lost_diacritic_forms("Viktor Orban"), V{});          // nothing lost
    EXPECT_EQ(lost_diacritic_forms("\u4E60\u8FD1\u5E73 Xi"), V{}); // another script
}

TEST(Diacritics, ALostSpellingFindsTheOnlyEntityItCanBe) {
    Diagnostics d;
    KnowledgeBase kb;
    load_knowledge_base_file(R"({"format": "kgviz-kb/1", "entities": [
        {"id": "hungary", "name": "Hungary", "type": "country", "region": "europe"},
        {"id": "viktor-orban", "name": "Viktor Orb\u00E1n", "type": "leader", "affiliation": "hungary"},
        {"id": "jose-silva", "name": "Jos\u00E9 Silva", "type": "person"},
        {"id": "jose-silva-2", "name": "Jos\u00E8 Silva", "type": "person"}]})",
                             "kb.json", kb, d);
    finish_knowledge_base(kb, d);
    ASSERT_TRUE(d.empty());
    Corpus c =
        run(kb, "Hungary's Viktor Orbn met Viktor Orban. Jos Silva and Jose Silva came too.");
    EXPECT_EQ(mention_texts(c, "viktor-orban"), (V{"Viktor Orbn", "Viktor Orban"}));
    EXPECT_EQ(entity(c, "jose-silva"), nullptr); // two entities fold to "Jose Silva": neither
    EXPECT_EQ(entity(c, "jose-silva-2"), nullptr);
}

TEST(Topics, CuesInsideNamesAndTitlesDoNotCount) {
    Corpus c =
        run(fixture(),
            "The Arctic Energy Institute hosted Energy Minister Ivan Petrov. China and India met.");
    EXPECT_EQ(entity(c, "energy"), nullptr);
    EXPECT_EQ(entity(c, "arctic"), nullptr);
    Corpus d =
        run(fixture(), "The Arctic Energy Institute hosted the talks on energy in the Arctic.");
    EXPECT_EQ(mention_texts(d, "energy"), (V{"energy"}));
    EXPECT_EQ(mention_texts(d, "arctic"), (V{"Arctic"}));
}

} // namespace
} // namespace kg
