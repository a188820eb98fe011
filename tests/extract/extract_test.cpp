// extract(): mentions, resolution, discovery and links on small documents and the fixture knowledge
// base.
#include "extract/corpus_build.hpp"
#include "extract/extract.hpp"
#include "extract/extract_index.hpp"
#include "simple_document.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace kg {
namespace {

using test::fixture;

Corpus run(std::initializer_list<std::string> texts) {
    std::vector<Document> docs;
    for (const std::string& t : texts)
        docs.push_back(
            test::simple_document(t, std::string("d").append(std::to_string(docs.size()))));
    return extract(fixture(), std::move(docs));
}

using test::entity;
using test::mention_texts;

// The link of the pair found in passages (or, with `stated`, the one the knowledge base states).
const Link* link(const Corpus& c, std::string_view a, std::string_view b, bool stated = false) {
    std::int64_t x = c.find_entity(a), y = c.find_entity(b);
    for (const Link& l : c.links)
        if (((l.source == x && l.target == y) || (l.source == y && l.target == x)) &&
            l.from_knowledge_base == stated)
            return &l;
    return nullptr;
}
const Link* kb_link(const Corpus& c, std::string_view a, std::string_view b) {
    return link(c, a, b, true);
}

using V = std::vector<std::string>;

TEST(Extract, EntitiesSortedAndOnlyMentionedOnes) {
    Corpus c = run({"Russia and China signed a pipeline deal. India watched."});
    std::vector<std::string> ids;
    for (const Entity& e : c.entities) ids.push_back(e.id);
    EXPECT_EQ(ids, (V{"china", "energy", "india", "russia"}));
    const Entity* energy = entity(c, "energy");
    ASSERT_NE(energy, nullptr);
    EXPECT_EQ(energy->type, EntityType::Issue);
    EXPECT_EQ(energy->name, "Energy");
}

TEST(Extract, SurnameResolvesToTheFullNameIntroducedEarlier) {
    Corpus c = run({"Daly spoke first. Then Robert Daly, a scholar, spoke. Mr Daly said more."});
    EXPECT_EQ(mention_texts(c, "robert-daly"), (V{"Robert Daly", "Daly"}));
}

TEST(Extract, AllCapsAndHonorificsResolve) {
    Corpus c = run({"For Putin and XI, the summit matters. Mr Xi arrived."});
    EXPECT_EQ(mention_texts(c, "xi-jinping"), (V{"XI", "Xi"}));
}

TEST(Extract, PairInFocusResolvesWhenClear) {
    Corpus c = run({"China and Russia met in Moscow. Both powers oppose the United States. "
                    "The two countries trade gas."});
    EXPECT_EQ(mention_texts(c, "china"), (V{"China", "Both powers", "The two countries"}));
    EXPECT_EQ(mention_texts(c, "united-states"), (V{"United States"}));
}

TEST(Extract, PairIsLeftAloneWhenUnclear) {
    Corpus c = run({"China, India and the United States talked. The two countries disagreed."});
    EXPECT_EQ(mention_texts(c, "china"), (V{"China"}));
}

TEST(Extract, SentenceOpeningPronounTakesThePairOfTheSentenceBefore) {
    // "Both" after "Moscow and Beijing": the pair that opens that sentence, though it names a
    // third country; "They" after a resolved "Both" keeps the same pair.
    Corpus c = run({"Moscow and Beijing share a view that India does not. Both support the United "
                    "Nations. They pushed hard for a deal."});
    EXPECT_EQ(mention_texts(c, "china"), (V{"Beijing", "Both", "They"}));
    EXPECT_EQ(mention_texts(c, "russia"), (V{"Moscow", "Both", "They"}));
    EXPECT_EQ(mention_texts(c, "india"), (V{"India"}));
}

TEST(Extract, SentenceOpeningPronounNeedsItsPairNamedJustBefore) {
    // No two countries in the sentence before: "They" is someone else, whatever the document's
    // main pair; "Both Beijing and Moscow" names its pair itself.
    Corpus c = run({"China and Russia met. China and Russia talked. Analysts were cautious. They "
                    "doubted it. Both Beijing and Moscow agreed."});
    EXPECT_EQ(mention_texts(c, "china"), (V{"China", "China", "Beijing"}));
}

TEST(Extract, SentenceOpeningItOrHeThatActsIsTheSubjectOfTheSentenceBefore) {
    // "It" and "He" followed by a cue: the first country or body, the first person, named in the
    // sentence before; the pronoun's sentence then links them to the name it acts on.
    Corpus c = run({"Russia signed a pipeline deal with China. It also put pressure on India. Xi "
                    "Jinping arrived in Moscow. He also met Vladimir Putin."});
    EXPECT_EQ(mention_texts(c, "russia"), (V{"Russia", "It", "Moscow"}));
    EXPECT_EQ(mention_texts(c, "xi-jinping"), (V{"Xi Jinping", "He"}));
    const Link* pressure = link(c, "india", "russia");
    ASSERT_NE(pressure, nullptr);
    EXPECT_EQ(pressure->kind, LinkKind::Tension);
    const Link* met = link(c, "vladimir-putin", "xi-jinping");
    ASSERT_NE(met, nullptr);
    EXPECT_EQ(met->kind, LinkKind::Meeting);
}

TEST(Extract, PronounAfterAnOpeningPhraseIsTheSubjectOfTheSentenceBefore) {
    // "On X, he ..." and "In a speech ..., it ...": the pronoun acts after an opening phrase of
    // time or manner, as it does at a sentence's start.
    Corpus c = run({"Vladimir Putin flew to Beijing for two days. On the second morning, he met "
                    "Xi Jinping at the Great Hall. India kept a low profile at the summit. In a "
                    "note to its embassies, it put pressure on the United States."});
    EXPECT_EQ(mention_texts(c, "vladimir-putin"), (V{"Vladimir Putin", "he"}));
    EXPECT_EQ(mention_texts(c, "india"), (V{"India", "it"}));
    EXPECT_TRUE(test::linked_by_text(c, "vladimir-putin", "xi-jinping"));
    EXPECT_TRUE(test::linked_by_text(c, "india", "united-states"));
}

TEST(Extract, PronounAfterAnOpeningPhraseLeftAloneWhenTheOpeningNamesItsSubject) {
    // The opening phrase names a person, the pronoun's subject in its own sentence; a quote's
    // comma opens no phrase.
    Corpus c = run({"Sergey Lavrov spoke first. After Xi Jinping arrived, he met the delegates. "
                    "Putin waited. \"Later, he met us,\" an aide said."});
    EXPECT_EQ(mention_texts(c, "sergey-lavrov"), (V{"Sergey Lavrov"}));
    EXPECT_EQ(mention_texts(c, "vladimir-putin"), (V{"Putin"}));
}

TEST(Extract, HeIsNotThePersonNamedAsAPossessive) {
    // "Putin's foreign minister, Sergey Lavrov, ...": the minister is the sentence's subject, the
    // one "He" goes on about; a sentence naming its person only as a possessive still gives it.
    Corpus c = run({"Putin's foreign minister, Sergey Lavrov, took a harder line. He put pressure "
                    "on the United States over its sanctions. Xi's visit was short. He met India's "
                    "envoy."});
    EXPECT_EQ(mention_texts(c, "sergey-lavrov"), (V{"Sergey Lavrov", "He"}));
    EXPECT_EQ(mention_texts(c, "vladimir-putin"), (V{"Putin"}));
    EXPECT_EQ(mention_texts(c, "xi-jinping"), (V{"Xi", "He"}));
    EXPECT_TRUE(test::linked_by_text(c, "sergey-lavrov", "united-states"));
}

TEST(Extract, TheCountryIsTheOneCountryNamedJustBefore) {
    // One country in the nearest sentence that names any: "the country" is it, and links it with
    // the names of its own sentence.
    Corpus c = run({"India held elections in May. Turnout was high. Analysts expect the country "
                    "to join the SCO. Observers said the country's vote pleased Russia."});
    EXPECT_EQ(mention_texts(c, "india"), (V{"India", "the country", "the country"}));
    EXPECT_TRUE(test::linked_by_text(c, "india", "russia"));
    EXPECT_TRUE(test::linked_by_text(c, "india", "sco"));
}

TEST(Extract, TheCountryIsLeftAloneWhenUnclear) {
    // Two countries just before; a country named before it in its own sentence; "the country
    // of", "the countryside".
    Corpus c = run({"China and Russia met in Moscow. Analysts said the country gained most. India "
                    "voted. The United States said the country would respond. India voted. Envoys "
                    "toured the countryside and the country of origin."});
    EXPECT_EQ(mention_texts(c, "china"), (V{"China"}));
    EXPECT_EQ(mention_texts(c, "india"), (V{"India", "India"}));
    EXPECT_EQ(mention_texts(c, "united-states"), (V{"United States"}));
}

TEST(Extract, ItThatDoesNotActStaysUnresolved) {
    // "It was", "It is": about something else; no cue in its first words: no act of the subject.
    Corpus c = run({"Russia signed a pipeline deal with China. It was a surprise to India. It "
                    "rained in Moscow for days before the talks."});
    EXPECT_EQ(mention_texts(c, "russia"), (V{"Russia", "Moscow"}));
}

TEST(Extract, TwoLeadersAreTheHeadsAmongThreeLeaders) {
    // A minister named beside the two presidents: "the two leaders" are the presidents.
    Corpus c =
        run({"Xi Jinping hosted Vladimir Putin and Sergey Lavrov in Beijing. The two leaders "
             "signed a statement."});
    EXPECT_EQ(mention_texts(c, "xi-jinping"), (V{"Xi Jinping", "The two leaders"}));
    EXPECT_EQ(mention_texts(c, "vladimir-putin"), (V{"Vladimir Putin", "The two leaders"}));
    EXPECT_EQ(mention_texts(c, "sergey-lavrov"), (V{"Sergey Lavrov"}));
}

TEST(Extract, LinksCarrySentenceEvidenceWithExactOffsets) {
    Corpus c = run({"Xi Jinping met Vladimir Putin in Moscow. Sanctions put pressure on Russia."});
    const Link* l = link(c, "vladimir-putin", "xi-jinping");
    ASSERT_NE(l, nullptr);
    ASSERT_EQ(l->evidence.size(), 1u);
    EXPECT_EQ(c.documents[0].slice(l->evidence[0].span),
              "Xi Jinping met Vladimir Putin in Moscow.");
    EXPECT_EQ(l->kind, LinkKind::Meeting);
    EXPECT_LT(l->source, l->target);
    // Putin leads Russia: a knowledge-base link of weight 1; the passage naming both supports
    // their passage link, where a leader and his own country are a co-mention.
    const Link* leads = kb_link(c, "vladimir-putin", "russia");
    ASSERT_NE(leads, nullptr);
    EXPECT_EQ(leads->kind, LinkKind::Leads);
    EXPECT_TRUE(leads->evidence.empty());
    EXPECT_EQ(leads->weight(), 1.0);
    EXPECT_EQ(c.entities[leads->source].id, "vladimir-putin");
    const Link* passage = link(c, "vladimir-putin", "russia");
    ASSERT_NE(passage, nullptr);
    EXPECT_FALSE(passage->from_knowledge_base);
    EXPECT_EQ(passage->kind, LinkKind::CoMention);
    ASSERT_EQ(passage->evidence.size(), 1u);
    // Entities link to the issue areas of their sentences.
    const Link* s = link(c, "russia", "sanctions");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->kind, LinkKind::Tension);
    EXPECT_EQ(s->topics, topic_bit(Topic::Sanctions));
}

TEST(Extract, KnowledgeBaseLinksNeedBothEndsInTheCorpus) {
    Corpus c = run({"The SCO grew. China joined talks."});
    const Link* member = kb_link(c, "china", "sco");
    ASSERT_NE(member, nullptr);
    EXPECT_EQ(member->kind, LinkKind::MemberOf);
    EXPECT_TRUE(member->from_knowledge_base);
    EXPECT_TRUE(member->evidence.empty());
    EXPECT_EQ(entity(c, "india"), nullptr);
    EXPECT_EQ(link(c, "india", "sco"), nullptr);
}

TEST(Extract, HeadingIsContextNotEvidence) {
    // The sentences under "India" never name India: no India link comes from them.
    Corpus c = run({"India\n\nChina and Russia court the government there.\n\nRussia sells oil."});
    EXPECT_EQ(link(c, "india", "russia"), nullptr);
    EXPECT_EQ(link(c, "china", "india"), nullptr);
    const Link* l = link(c, "china", "russia");
    ASSERT_NE(l, nullptr);
    EXPECT_EQ(l->evidence.size(), 1u);
}

TEST(Extract, WeightCountsSentencesAndDocuments) {
    Corpus c = run(
        {"China and Russia cooperate. China and Russia cooperate again.", "Russia and China met."});
    const Link* l = link(c, "china", "russia");
    ASSERT_NE(l, nullptr);
    EXPECT_EQ(l->weight(), 3.0);
    EXPECT_EQ(l->document_count(), 2u);
    EXPECT_EQ(l->kind, LinkKind::Cooperation);
    for (std::size_t i = 1; i < l->evidence.size(); ++i)
        EXPECT_LE(std::tie(l->evidence[i - 1].doc, l->evidence[i - 1].span.start),
                  std::tie(l->evidence[i].doc, l->evidence[i].span.start));
}

TEST(Extract, APassageThatDecidesNothingTakesThePairsKindInItsDocument) {
    Corpus c = run({"China and Russia cooperate on gas. China's envoy to Russia is new."});
    const Link* l = link(c, "china", "russia");
    ASSERT_NE(l, nullptr);
    ASSERT_EQ(l->evidence.size(), 2u);
    EXPECT_EQ(l->evidence[1].kind, LinkKind::Cooperation);
    // Alone in its document, or where the other passages disagree, it stays a co-mention.
    Corpus alone = run({"China's envoy to Russia is new."});
    const Link* a = link(alone, "china", "russia");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->evidence[0].kind, LinkKind::CoMention);
    Corpus split = run({"China and Russia cooperate on gas. China and Russia are in a rivalry over "
                        "Asia. China's envoy to Russia is new."});
    const Link* t = link(split, "china", "russia");
    ASSERT_NE(t, nullptr);
    ASSERT_EQ(t->evidence.size(), 3u);
    EXPECT_EQ(t->evidence[2].kind, LinkKind::CoMention);
}

TEST(Extract, DiscoversTitledPeopleAndOrganizations) {
    Corpus c = run(
        {"Russian Foreign Minister Ivan Petrov met Chinese officials at the Valdai Discussion "
         "Club. "
         "Anna Keller, a senior fellow at the Eurasia Policy Institute, said the talks went well. "
         "Petrov later left."});
    const Entity* petrov = entity(c, "ivan-petrov");
    ASSERT_NE(petrov, nullptr);
    EXPECT_TRUE(petrov->discovered);
    EXPECT_EQ(petrov->type, EntityType::Leader);
    EXPECT_EQ(petrov->affiliation, "russia");
    EXPECT_EQ(mention_texts(c, "ivan-petrov"), (V{"Ivan Petrov", "Petrov"}));
    const Entity* keller = entity(c, "anna-keller");
    ASSERT_NE(keller, nullptr);
    EXPECT_EQ(keller->type, EntityType::Person);
    EXPECT_EQ(keller->affiliation, "eurasia-policy-institute");
    const Entity* club = entity(c, "valdai-discussion-club");
    ASSERT_NE(club, nullptr);
    EXPECT_EQ(club->type, EntityType::Organization);
    EXPECT_TRUE(club->discovered);
}

TEST(Extract, DiscoveredNamesNeverTakeKnowledgeBaseIds) {
    Corpus c = run({"President Vladimir Putin spoke. Analyst Robert Daly, a fellow at the Wilson "
                    "Center, agreed."});
    for (const char* id : {"vladimir-putin", "robert-daly", "wilson-center"}) {
        const Entity* e = entity(c, id);
        ASSERT_NE(e, nullptr) << id;
        EXPECT_FALSE(e->discovered) << id;
    }
}

TEST(Extract, EveryEvidenceLiesInsideItsDocument) {
    Corpus c = run(
        {"China-Russia ties deepen. Sino-Russian trade grows; U.S.-China rivalry too.",
         "Moscow and Beijing, with the Kremlin, discuss the Arctic and the Northern Sea Route."});
    for (const Link& l : c.links)
        for (const Evidence& e : l.evidence) {
            ASSERT_LT(e.doc, c.documents.size());
            EXPECT_LE(e.span.end, c.documents[e.doc].text.size());
            EXPECT_LT(e.span.start, e.span.end);
        }
    EXPECT_NE(link(c, "china", "united-states"), nullptr);
    EXPECT_NE(link(c, "arctic", "russia"), nullptr);
}

TEST(Extract, SameInputGivesSameCorpus) {
    auto a =
        run({"China and Russia met. Putin and Xi talked about oil.", "India joined BRICS talks."});
    auto b =
        run({"China and Russia met. Putin and Xi talked about oil.", "India joined BRICS talks."});
    ASSERT_EQ(a.entities.size(), b.entities.size());
    ASSERT_EQ(a.links.size(), b.links.size());
    for (std::size_t i = 0; i < a.links.size(); ++i) {
        EXPECT_EQ(a.links[i].source, b.links[i].source);
        EXPECT_EQ(a.links[i].target, b.links[i].target);
        EXPECT_EQ(a.links[i].evidence.size(), b.links[i].evidence.size());
    }
}

TEST(Extract, EmptyAndOddDocumentsAreHarmless) {
    std::vector<Document> docs(3);
    docs[1].text = "China";                           // no paragraphs or sentences
    docs[2].text = std::string("\xFF\x00 Russia", 9); // bytes that are not UTF-8
    Corpus c = extract(fixture(), docs);
    EXPECT_NE(c.find_entity("china"), -1);
    EXPECT_NE(c.find_entity("russia"), -1);
    EXPECT_EQ(c.documents.size(), 3u);
}

TEST(Extract, CompiledMatchersAreReusedUntilTheKnowledgeBaseChanges) {
    KnowledgeBase kb = fixture();
    auto first = compiled_extract_index(kb);
    EXPECT_EQ(compiled_extract_index(kb), first); // same content: the same matchers
    std::vector<Document> docs{test::simple_document("Ruritania and China met.", "d0")};
    Corpus before = extract(kb, docs);
    EXPECT_LT(before.find_entity("ruritania"), 0);
    // A changed knowledge base (an analyst's added alias) is compiled again.
    kb.entities[std::size_t(kb.find("russia"))].aliases.push_back("Ruritania");
    EXPECT_NE(compiled_extract_index(kb), first);
    Corpus after = extract(kb, docs);
    EXPECT_GE(after.find_entity("russia"), 0);
    // A copy compiles its own (the cached index points at the knowledge base it was built from).
    KnowledgeBase copy = kb;
    EXPECT_EQ(compiled_extract_index(copy)->kb, &copy);
}

TEST(Extract, BestSupportedKind) {
    std::vector<Evidence> ev(4);
    ev[0].kind = LinkKind::CoMention;
    ev[1].kind = LinkKind::Tension;
    ev[2].kind = LinkKind::Cooperation;
    ev[3].kind = LinkKind::Tension;
    EXPECT_EQ(best_supported_kind(ev), LinkKind::Tension);
    EXPECT_EQ(best_supported_kind({Evidence{}}), LinkKind::CoMention);
    // Co-mentions do not outvote a stated kind until they are overwhelming.
    std::vector<Evidence> few(kCoMentionShare);
    few[0].kind = LinkKind::Meeting;
    EXPECT_EQ(best_supported_kind(few), LinkKind::Meeting);
    few.push_back(Evidence{});
    EXPECT_EQ(best_supported_kind(few), LinkKind::CoMention);
}

TEST(Extract, EachPairHasItsOwnKindAndDirection) {
    // One sentence, three relations: the two sides cooperate, each opposes the third.
    Corpus c = run({"China and Russia stand against the United States."});
    const Link* cr = link(c, "china", "russia");
    const Link* cu = link(c, "china", "united-states");
    const Link* ru = link(c, "russia", "united-states");
    ASSERT_TRUE(cr && cu && ru);
    EXPECT_EQ(cr->evidence.at(0).kind, LinkKind::Cooperation);
    EXPECT_EQ(cr->evidence.at(0).direction, Direction::None);
    EXPECT_EQ(cu->evidence.at(0).kind, LinkKind::Tension);
    EXPECT_EQ(ru->kind, LinkKind::Tension);
    // "against": China acts on the United States, whichever end the link starts at.
    const Evidence& e = cu->evidence.at(0);
    ASSERT_NE(e.direction, Direction::None);
    const EntityIndex actor = e.direction == Direction::Forward ? cu->source : cu->target;
    EXPECT_EQ(c.entities[actor].id, "china");
}

} // namespace
} // namespace kg
