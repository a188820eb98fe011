// Corrections applied and undone, the overlay across re-extraction, the file, the session.
#include "curation/apply_curation.hpp"
#include "curation/curation_edits.hpp"
#include "curation/curation_file.hpp"
#include "curation/curation_session.hpp"
#include "filter/filter.hpp"
#include "filter/fixture_corpus.hpp"
#include "model/graph_json.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace kg {
namespace {

using test::idx;

Correction make(CorrectionKind kind, std::string entity, std::string other = {},
                std::string value = {}) {
    Correction c;
    c.kind = kind;
    c.entity = std::move(entity);
    c.other = std::move(other);
    c.value = std::move(value);
    return c;
}

// The reference to a sentence of the fixture, as the inspector would build it.
PassageRef passage(const Corpus& c, DocIndex doc, std::size_t sentence) {
    const Document& d = c.documents[doc];
    const std::string text(d.slice(d.sentences[sentence].span));
    return {d.path, passage_hash(text), text};
}

const Link* find_link(const Corpus& c, std::string_view a, std::string_view b) {
    const std::int64_t ea = c.find_entity(a), eb = c.find_entity(b);
    for (const Link& l : c.links)
        if ((std::int64_t(l.source) == ea && std::int64_t(l.target) == eb) ||
            (std::int64_t(l.source) == eb && std::int64_t(l.target) == ea))
            return &l;
    return nullptr;
}

// The same articles re-extracted after a new article sorted first: every document index shifts.
Corpus with_added_article(Corpus c) {
    std::vector<Document>& documents = c.documents.edit();
    documents.insert(documents.begin(), test::make_document("corpus/0-new.txt", "2024-02-02",
                                                            {"Russia and China met again."}));
    for (std::size_t d = 0; d < documents.size(); ++d) documents[d].id = "d" + std::to_string(d);
    for (Entity& e : c.entities)
        for (Mention& m : e.mentions) ++m.doc;
    for (Link& l : c.links)
        for (Evidence& ev : l.evidence) ++ev.doc;
    return c;
}

struct TempDir {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() /
        ("kgviz-curation-test-" +
         std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    TempDir() {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

class CurationTest : public ::testing::Test {
  protected:
    Corpus base = test::fixture_corpus();
    CurationSession session{base, {}, {}};
    Diagnostics diags;

    CorrectionOutcome apply(Correction c) { return session.apply(std::move(c), diags); }
    const Corpus& now() const { return session.corpus(); }
};

TEST_F(CurationTest, MergeMovesMentionsAliasesAndLinksAndUndoRestores) {
    Correction c = make(CorrectionKind::Merge, "sergey-lavrov", "lavrov");
    c.name = "Lavrov";
    ASSERT_TRUE(apply(c).applied);
    EXPECT_LT(now().find_entity("lavrov"), 0);
    const Entity& s = now().entities[idx(now(), "sergey-lavrov")];
    EXPECT_NE(std::find(s.aliases.begin(), s.aliases.end(), "Lavrov"), s.aliases.end());
    EXPECT_EQ(s.mentions.size(), 2u);
    EXPECT_TRUE(find_link(now(), "sergey-lavrov", "sco"));
    EXPECT_TRUE(session.report().entity_touched[idx(now(), "sergey-lavrov")]);
    EXPECT_FALSE(session.report().entity_touched[idx(now(), "china")]);
    EXPECT_EQ(session.undo_description(), "Merge 'lavrov' into 'sergey-lavrov'");
    ASSERT_TRUE(session.undo(diags));
    EXPECT_GE(now().find_entity("lavrov"), 0);
    EXPECT_EQ(now().entities.size(), base.entities.size());
    ASSERT_TRUE(session.redo(diags));
    EXPECT_LT(now().find_entity("lavrov"), 0);
    EXPECT_FALSE(session.redo(diags));
}

TEST_F(CurationTest, MergeJoinsParallelLinksIntoOne) {
    // china and russia both link to nicolas-maduro: merging them makes one maduro link.
    ASSERT_TRUE(apply(make(CorrectionKind::Merge, "china", "russia")).applied);
    std::size_t maduro_links = 0;
    for (const Link& l : now().links)
        if (l.source == idx(now(), "nicolas-maduro") || l.target == idx(now(), "nicolas-maduro"))
            maduro_links += l.evidence.empty() ? 0 : 1;
    EXPECT_EQ(maduro_links, 1u) << "same sentence, deduplicated";
    EXPECT_FALSE(find_link(now(), "china", "china"))
        << "the china-russia link became a loop and left";
    for (const Link& l : now().links) {
        if (!l.from_knowledge_base) {
            EXPECT_LT(l.source, l.target);
        }
    }
}

TEST_F(CurationTest, SelfMergeIsRefusedWithAClearMessage) {
    TempDir dir;
    const auto file = dir.path / "kgviz-curation.json";
    CurationSession s(base, {}, file);
    Correction self = make(CorrectionKind::Merge, "china", "china");
    self.name = "China";
    const CorrectionOutcome outcome = s.apply(self, diags);
    EXPECT_FALSE(outcome.applied);
    EXPECT_EQ(outcome.reason, "cannot merge 'china' into itself");
    EXPECT_FALSE(s.can_undo()) << "a refused correction is not in the history";
    EXPECT_FALSE(std::filesystem::exists(file)) << "nor saved";
    EXPECT_EQ(s.corpus().entities.size(), base.entities.size());
    EXPECT_TRUE(diags.empty());
    // The same for the other corrections that can never make sense.
    Correction split = make(CorrectionKind::Split, "china", {}, "china");
    split.values = {"Beijing"};
    EXPECT_EQ(s.apply(split, diags).reason,
              "cannot split 'china' into itself: the new entity needs another id");
    EXPECT_EQ(
        s.apply(make(CorrectionKind::SetAffiliation, "sergey-lavrov", {}, "sergey-lavrov"), diags)
            .reason,
        "'sergey-lavrov' cannot be affiliated with itself");
    EXPECT_FALSE(s.apply(make(CorrectionKind::RejectLink, "china", "china"), diags).applied);
    EXPECT_FALSE(s.can_undo());
    // A real merge still works after the refusals.
    EXPECT_TRUE(s.apply(make(CorrectionKind::Merge, "sergey-lavrov", "lavrov"), diags).applied);
}

TEST(CurationOverlay, SelfMergeFromAFileIsSkippedEverywhere) {
    Diagnostics d;
    const Curation loaded = curation_from_json(R"({"format":"kgviz-curation/1","corrections":[
        {"op":"merge","entity":"china","other":"china","name":"Zhongguo"},
        {"op":"hide","entity":"iran"}]})",
                                               "k.json", d);
    ASSERT_EQ(loaded.corrections.size(), 1u) << "the self-merge is skipped on load";
    EXPECT_EQ(loaded.corrections[0].kind, CorrectionKind::Hide);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].path, "k.json: corrections[0]");
    EXPECT_EQ(d[0].message, "cannot merge 'china' into itself; skipped");
    // Built in code, it reaches neither the knowledge base nor the corpus.
    Curation cur;
    Correction self = make(CorrectionKind::Merge, "china", "china");
    self.name = "Zhongguo";
    cur.corrections = {self};
    KnowledgeBase kb;
    kb.entities.push_back(
        {"china", "China", EntityType::Country, Region::EastAsia, 0, {}, {}, {"Beijing"}, {}, {}});
    apply_to_knowledge_base(cur, kb);
    EXPECT_EQ(kb.entities[0].aliases, (std::vector<std::string>{"Beijing"}))
        << "no alias from a self-merge";
    Corpus c = test::fixture_corpus();
    const std::size_t entities = c.entities.size();
    const CurationReport report = apply_curation(cur, c);
    EXPECT_FALSE(report.outcomes[0].applied);
    EXPECT_EQ(report.outcomes[0].reason, "cannot merge 'china' into itself");
    EXPECT_EQ(c.entities.size(), entities);
}

TEST_F(CurationTest, SplitMovesMentionsAndEvidenceToTheNewEntity) {
    // A wrong merge: "Beijing" (the city in the meeting sentence) was taken as China.
    base.links.push_back(test::make_link(base, "china", "sergey-lavrov", LinkKind::CoMention,
                                         {{0, 1, LinkKind::CoMention, 0}}));
    CurationSession s(base, {}, {});
    Correction c = make(CorrectionKind::Split, "china", {}, "beijing");
    c.values = {"Beijing"};
    c.name = "Beijing";
    ASSERT_TRUE(s.apply(c, diags).applied);
    const Corpus& k = s.corpus();
    ASSERT_GE(k.find_entity("beijing"), 0);
    const Entity& b = k.entities[idx(k, "beijing")];
    EXPECT_EQ(b.mentions.size(), 1u);
    EXPECT_EQ(k.documents[b.mentions[0].doc].slice(b.mentions[0].span), "Beijing");
    EXPECT_EQ(b.type, EntityType::Country);
    EXPECT_TRUE(find_link(k, "beijing", "sergey-lavrov"));
    EXPECT_FALSE(find_link(k, "china", "sergey-lavrov"));
    const Entity& china = k.entities[idx(k, "china")];
    EXPECT_TRUE(std::find(china.aliases.begin(), china.aliases.end(), "Beijing") ==
                china.aliases.end());
    EXPECT_TRUE(s.report().entity_touched[idx(k, "beijing")]);
    ASSERT_TRUE(s.undo(diags));
    EXPECT_LT(s.corpus().find_entity("beijing"), 0);
}

TEST_F(CurationTest, RenameTypeRegionAffiliation) {
    ASSERT_TRUE(apply(make(CorrectionKind::Rename, "russia", {}, "Russian Federation")).applied);
    const Entity& r = now().entities[idx(now(), "russia")];
    EXPECT_EQ(r.name, "Russian Federation");
    EXPECT_NE(std::find(r.aliases.begin(), r.aliases.end(), "Russia"), r.aliases.end());
    ASSERT_TRUE(apply(make(CorrectionKind::SetType, "lavrov", {}, "person")).applied);
    EXPECT_EQ(now().entities[idx(now(), "lavrov")].type, EntityType::Person);
    EXPECT_FALSE(apply(make(CorrectionKind::SetType, "lavrov", {}, "wizard")).applied);
    Correction region = make(CorrectionKind::SetRegion, "mongolia");
    region.values = {"central-asia"};
    ASSERT_TRUE(apply(region).applied);
    EXPECT_EQ(now().entities[idx(now(), "mongolia")].region, Region::CentralAsia);
    region.values = {"atlantis"};
    EXPECT_FALSE(apply(region).applied);
    ASSERT_TRUE(apply(make(CorrectionKind::SetAffiliation, "dmitri-trenin", {}, "russia")).applied);
    // The filter now places the analyst in Europe through the new affiliation.
    FilterSpec europe;
    europe.regions = region_bit(Region::Europe);
    europe.keep_isolated = true;
    const KnowledgeGraph g = build_knowledge_graph(now());
    EXPECT_TRUE(apply_filter(now(), g, europe).node_visible[idx(now(), "dmitri-trenin")]);
    EXPECT_FALSE(
        apply(make(CorrectionKind::SetAffiliation, "dmitri-trenin", {}, "atlantis")).applied);
    for (int i = 0; i < 7; ++i) ASSERT_TRUE(session.undo(diags));
    EXPECT_EQ(now().entities[idx(now(), "russia")].name, "Russia");
    EXPECT_EQ(now().entities[idx(now(), "dmitri-trenin")].affiliation, "sco");
    EXPECT_FALSE(session.can_undo());
}

TEST_F(CurationTest, AliasFindsMentionsInEveryArticle) {
    ASSERT_TRUE(apply(make(CorrectionKind::AddAlias, "energy", {}, "gas")).applied);
    const Entity& e = now().entities[idx(now(), "energy")];
    ASSERT_EQ(e.mentions.size(), 1u);
    EXPECT_EQ(now().documents[e.mentions[0].doc].slice(e.mentions[0].span), "gas");
    EXPECT_TRUE(session.needs_reextraction()) << "links by the alias come with re-extraction";
    // The knowledge-base part: the next extraction matches the alias in new articles too.
    KnowledgeBase kb;
    kb.entities.push_back({"energy", "Energy", EntityType::Issue, {}, 0, {}, {}, {}, {}, {}});
    apply_to_knowledge_base(session.active(), kb);
    EXPECT_EQ(kb.entities[0].aliases, (std::vector<std::string>{"gas"}));
    ASSERT_TRUE(session.undo(diags));
    EXPECT_FALSE(session.needs_reextraction());
}

TEST_F(CurationTest, HideRemovesEntityAndItsLinks) {
    ASSERT_TRUE(apply(make(CorrectionKind::Hide, "united-states")).applied);
    EXPECT_LT(now().find_entity("united-states"), 0);
    EXPECT_EQ(now().links.size(), base.links.size() - 2);
    EXPECT_EQ(session.report().hidden_entities, (std::vector<std::string>{"united-states"}));
}

TEST_F(CurationTest, AcceptAndRejectLinks) {
    ASSERT_TRUE(apply(make(CorrectionKind::AcceptLink, "russia", "china")).applied);
    ASSERT_TRUE(
        apply(make(CorrectionKind::RejectLink, "iran", "united-states", "tension")).applied);
    EXPECT_FALSE(apply(make(CorrectionKind::RejectLink, "iran", "syria", "meeting")).applied)
        << "no such kind";
    EXPECT_FALSE(find_link(now(), "iran", "united-states"));
    const CurationReport& r = session.report();
    ASSERT_EQ(r.rejected_links.size(), 1u);
    EXPECT_EQ(r.rejected_links[0].kind, LinkKind::Tension);
    std::size_t accepted = 0;
    for (std::size_t l = 0; l < now().links.size(); ++l)
        if (r.link_review[l] == ReviewState::Accepted) {
            ++accepted;
            EXPECT_EQ(&now().links[l], find_link(now(), "china", "russia"));
            EXPECT_TRUE(r.link_touched[l]);
        }
    EXPECT_EQ(accepted, 1u);
    FilterSpec s;
    s.only_unreviewed = true;
    const KnowledgeGraph g = build_knowledge_graph(now());
    EXPECT_EQ(apply_filter(now(), g, s, r.link_review).visible_links, now().links.size() - 1);
}

TEST_F(CurationTest, RejectedPassagesStopCountingAndEmptyLinksDisappear) {
    Correction c = make(CorrectionKind::RejectPassage, "china", "russia");
    c.passage = passage(base, 2, 0);
    ASSERT_TRUE(apply(c).applied);
    const Link* cr = find_link(now(), "china", "russia");
    ASSERT_TRUE(cr);
    EXPECT_EQ(cr->weight(), 2.0);
    EXPECT_EQ(cr->kind, LinkKind::Cooperation);
    Correction single = make(CorrectionKind::RejectPassage, "iran", "syria");
    single.passage = passage(base, 0, 2);
    ASSERT_TRUE(apply(single).applied);
    EXPECT_FALSE(find_link(now(), "iran", "syria"));
    Correction accept = make(CorrectionKind::AcceptPassage, "iran", "russia");
    accept.passage = passage(base, 0, 2);
    ASSERT_TRUE(apply(accept).applied);
    Correction wrong = accept;
    wrong.passage.hash = passage_hash("A sentence nobody wrote.");
    EXPECT_FALSE(apply(wrong).applied);
}

TEST_F(CurationTest, NotesOnEntitiesAndLinks) {
    Correction n = make(CorrectionKind::Note, "iran", {}, "Check the 2022 sources");
    n.why = "analyst reminder";
    ASSERT_TRUE(apply(n).applied);
    ASSERT_TRUE(apply(make(CorrectionKind::Note, "iran", "syria", "Pipeline talks")).applied);
    EXPECT_FALSE(apply(make(CorrectionKind::Note, "iran", "mongolia", "no link")).applied);
    const CurationReport& r = session.report();
    EXPECT_EQ(r.entity_notes[idx(now(), "iran")],
              (std::vector<std::string>{"Check the 2022 sources"}));
    const Link* l = find_link(now(), "iran", "syria");
    EXPECT_EQ(r.link_notes[std::size_t(l - now().links.data())],
              (std::vector<std::string>{"Pipeline talks"}));
}

TEST_F(CurationTest, VanishedTargetsAreReportedAndKept) {
    const CorrectionOutcome o = apply(make(CorrectionKind::Merge, "atlantis", "lavrov"));
    EXPECT_FALSE(o.applied);
    EXPECT_NE(o.reason.find("atlantis"), std::string::npos);
    EXPECT_EQ(session.active().corrections.size(), 1u);
    EXPECT_EQ(session.report().not_applied(), 1u);
    EXPECT_GE(now().find_entity("lavrov"), 0) << "nothing changed";
}

TEST(CurationOverlay, SurvivesReExtractionWithAnAddedArticle) {
    const Corpus first = test::fixture_corpus();
    Curation cur;
    Correction reject = make(CorrectionKind::RejectPassage, "china", "russia");
    reject.passage = passage(first, 2, 0);
    Correction merge = make(CorrectionKind::Merge, "sergey-lavrov", "lavrov");
    merge.name = "Lavrov";
    cur.corrections = {reject, merge, make(CorrectionKind::AcceptLink, "china", "russia"),
                       make(CorrectionKind::Hide, "mongolia")};

    Corpus a = first;
    const CurationReport ra = apply_curation(cur, a);
    Corpus b = with_added_article(first);
    ASSERT_EQ(b.documents[3].path, "corpus/c.txt");
    const CurationReport rb = apply_curation(cur, b);
    EXPECT_EQ(ra.not_applied(), 0u);
    EXPECT_EQ(rb.not_applied(), 0u);
    const Link* la = find_link(a, "china", "russia");
    const Link* lb = find_link(b, "china", "russia");
    ASSERT_TRUE(la && lb);
    EXPECT_EQ(la->weight(), 2.0);
    EXPECT_EQ(lb->weight(), 2.0);
    for (const Evidence& ev : lb->evidence) EXPECT_NE(b.documents[ev.doc].path, "corpus/c.txt");
    EXPECT_LT(b.find_entity("lavrov"), 0);
    EXPECT_LT(b.find_entity("mongolia"), 0);
    EXPECT_EQ(rb.link_review[std::size_t(lb - b.links.data())], ReviewState::Accepted);
}

TEST(CurationOverlay, KnowledgeBaseStage) {
    KnowledgeBase kb;
    kb.entities.push_back(
        {"china", "China", EntityType::Country, Region::EastAsia, 0, {}, {}, {"Beijing"}, {}, {}});
    kb.entities.push_back(
        {"sergey-lavrov", "Sergey Lavrov", EntityType::Leader, {}, 0, "russia", {}, {}, {}, {}});
    kb.entities.push_back(
        {"sergei-l", "Sergei L.", EntityType::Leader, {}, 0, "russia", {}, {"S. L."}, {}, {}});
    Curation cur;
    Correction merge = make(CorrectionKind::Merge, "sergey-lavrov", "lavrov");
    merge.name = "Lavrov";
    Correction merge_kb = make(CorrectionKind::Merge, "sergey-lavrov", "sergei-l");
    merge_kb.name = "Sergei L.";
    Correction split = make(CorrectionKind::Split, "china", {}, "beijing");
    split.values = {"Beijing"};
    Correction region = make(CorrectionKind::SetRegion, "china");
    region.values = {"central-asia"};
    cur.corrections = {merge,
                       merge_kb,
                       split,
                       make(CorrectionKind::Rename, "china", {}, "PRC"),
                       make(CorrectionKind::AddAlias, "sergey-lavrov", {}, "Sergei Lavrov"),
                       region,
                       make(CorrectionKind::Hide, "china")};
    apply_to_knowledge_base(cur, kb);
    ASSERT_EQ(kb.entities.size(), 3u);
    const KbEntity& lav = kb.entities[1];
    EXPECT_EQ(lav.aliases,
              (std::vector<std::string>{"Lavrov", "Sergei L.", "S. L.", "Sergei Lavrov"}));
    EXPECT_EQ(kb.entities[0].name, "PRC");
    EXPECT_EQ(kb.entities[0].aliases, (std::vector<std::string>{"China"}));
    EXPECT_EQ(kb.entities[0].region, Region::CentralAsia);
    EXPECT_EQ(kb.entities[2].id, "beijing");
    EXPECT_EQ(kb.entities[2].type, EntityType::Country);
    // After extraction with this KB the merge is already in effect: still reported as applied.
    Corpus c = test::fixture_corpus();
    c.entities.erase(c.entities.begin() + idx(c, "lavrov"));
    c.links.clear();
    Curation only_merge;
    only_merge.corrections = {merge};
    EXPECT_EQ(apply_curation(only_merge, c).not_applied(), 0u);
}

TEST(CurationFile, RoundTripAndLocation) {
    Curation cur;
    Correction c = make(CorrectionKind::RejectPassage, "china", "russia");
    c.passage = {"corpus/c.txt", passage_hash("Nicolás Maduro praised China and Russia."),
                 "Nicolás Maduro praised China and Russia."};
    c.why = "Praise is not cooperation";
    Correction region = make(CorrectionKind::SetRegion, "mongolia");
    region.values = {"central-asia", "east-asia"};
    cur.corrections = {c, region, make(CorrectionKind::Note, "iran", {}, "ok")};
    for (Correction& x : cur.corrections) x.what = describe_correction(x);
    Diagnostics d;
    EXPECT_EQ(curation_from_json(curation_to_json(cur), "k.json", d), cur);
    EXPECT_TRUE(d.empty());

    TempDir dir;
    EXPECT_EQ(find_curation_file({dir.path}), dir.path / "kgviz-curation.json");
    EXPECT_EQ(find_curation_file({dir.path / "a.txt", "/elsewhere"}),
              dir.path / "kgviz-curation.json");
    EXPECT_EQ(find_curation_file({dir.path}, "/x/mine.json"), "/x/mine.json");
    EXPECT_TRUE(find_curation_file({}).empty());
    const auto file = find_curation_file({dir.path});
    EXPECT_TRUE(load_curation(file, d).corrections.empty()) << "missing file = no corrections";
    ASSERT_EQ(save_curation(file, cur), "");
    EXPECT_EQ(load_curation(file, d), cur);
    EXPECT_TRUE(d.empty());
}

TEST(CurationFile, TolerantLoadKeepsUnknownEntries) {
    Diagnostics d;
    const Curation cur = curation_from_json(
        R"({"format":"kgviz-curation/1","extra":1,"corrections":[
            {"op":"merge","entity":"a","other":"b","what":"m"},
            {"op":"teleport","entity":"a","to":"mars"},
            {"op":"merge","entity":"a"},
            {"op":"hide"},
            7,
            {"op":"rename","entity":"a","value":["not","a","string"]},
            {"op":"reject-passage","entity":"a","other":"b","passage":{"doc":"x.txt","sentence":"Some text."}}]})",
        "k.json", d);
    ASSERT_EQ(cur.corrections.size(), 4u);
    EXPECT_EQ(cur.corrections[1].kind, CorrectionKind::Unknown);
    EXPECT_EQ(cur.corrections[2].value, "") << "wrong type -> default";
    EXPECT_EQ(cur.corrections[3].passage.hash, passage_hash("Some text."))
        << "hash derived from the sentence";
    EXPECT_EQ(d.size(), 5u);
    EXPECT_NE(curation_to_json(cur).find("\"teleport\""), std::string::npos)
        << "written back as read";
    Corpus c = test::fixture_corpus();
    EXPECT_FALSE(apply_curation(cur, c).outcomes[1].applied);
}

TEST(CurationFile, HostileInputNeverCrashes) {
    for (const std::string& in :
         {std::string(5000, '['), std::string("{\"corrections\":") + std::string(2000, '{'),
          std::string("nope"), std::string("{\"format\":\"kgviz-curation/9\"}"),
          std::string("{\"corrections\":{}}"), std::string("[1,2]"),
          std::string(
              "{\"corrections\":[{\"op\":\"rename\",\"entity\":\"\xff\",\"value\":1e999}]}")}) {
        Diagnostics d;
        const Curation cur = curation_from_json(in, "k.json", d);
        EXPECT_FALSE(d.empty()) << in.substr(0, 30);
        EXPECT_FALSE(curation_to_json(cur).empty());
    }
}

// Each step rebuilds the curated corpus from the extracted one; the documents' text is never copied
// (a 2,000-article corpus would copy some 10 MB per correction).
TEST_F(CurationTest, CorrectionsUndoAndRedoCopyNoDocumentText) {
    EXPECT_TRUE(now().documents.shares_with(base.documents));
    apply(make(CorrectionKind::Rename, "iran", {}, "Persia"));
    EXPECT_TRUE(now().documents.shares_with(base.documents));
    apply(make(CorrectionKind::Merge, "sergey-lavrov", "russia"));
    session.undo(diags);
    session.redo(diags);
    EXPECT_TRUE(now().documents.shares_with(base.documents));
    EXPECT_EQ(now().documents[0].text.data(), base.documents[0].text.data());
}

TEST(CurationSessionFile, AutosavesEveryStep) {
    TempDir dir;
    const auto file = dir.path / "kgviz-curation.json";
    Diagnostics d;
    CurationSession s(test::fixture_corpus(), {}, file);
    Correction hide = make(CorrectionKind::Hide, "mongolia");
    hide.why = "not in scope";
    s.apply(hide, d);
    EXPECT_EQ(load_curation(file, d).corrections.size(), 1u);
    EXPECT_EQ(load_curation(file, d).corrections[0].why, "not in scope");
    EXPECT_EQ(load_curation(file, d).corrections[0].what, "Hide 'mongolia'");
    s.undo(d);
    EXPECT_TRUE(load_curation(file, d).corrections.empty());
    EXPECT_EQ(s.redo_description(), "Hide 'mongolia'");
    s.apply(make(CorrectionKind::Note, "iran", {}, "x"), d);
    EXPECT_FALSE(s.can_redo()) << "a new correction drops the redo branch";
    EXPECT_TRUE(d.empty());
    // A session loaded from the file starts with its corrections active and undoable.
    CurationSession again(test::fixture_corpus(), load_curation(file, d), file);
    EXPECT_TRUE(again.can_undo());
    EXPECT_EQ(again.report().entity_notes[idx(again.corpus(), "iran")].size(), 1u);
    // An unwritable file is a diagnostic, not a failure of the correction.
    CurationSession bad(test::fixture_corpus(), {}, dir.path / "missing-dir" / "k.json");
    EXPECT_TRUE(bad.apply(make(CorrectionKind::Hide, "iran"), d).applied);
    EXPECT_EQ(d.size(), 1u);
}

// An empty curation skips the compaction when it would change nothing (extraction's output):
// in every case the corpus and report are those of the full compaction.
void expect_like_full_compaction(const Corpus& input, const std::string& what) {
    Corpus quick = input;
    const CurationReport quick_report = apply_curation(Curation{}, quick);
    Corpus full = input;
    CurationReport full_report;
    CurationWork(full).finish(full_report);
    EXPECT_EQ(to_graph_json(quick, -1), to_graph_json(full, -1)) << what;
    EXPECT_EQ(quick_report.entity_touched, full_report.entity_touched) << what;
    EXPECT_EQ(quick_report.link_touched, full_report.link_touched) << what;
    EXPECT_EQ(quick_report.link_review, full_report.link_review) << what;
    EXPECT_EQ(quick_report.entity_notes, full_report.entity_notes) << what;
    EXPECT_EQ(quick_report.link_notes, full_report.link_notes) << what;
    EXPECT_TRUE(quick_report.outcomes.empty()) << what;
}

TEST(CurationOverlay, EmptyCurationGivesWhatTheFullCompactionGives) {
    Corpus compact = test::fixture_corpus();
    CurationReport ignored;
    CurationWork(compact).finish(ignored);
    ASSERT_GE(compact.links.size(), 4u);
    expect_like_full_compaction(compact, "compact");
    expect_like_full_compaction(test::fixture_corpus(), "fixture as built");

    Corpus swapped = compact; // out of order
    std::swap(swapped.links[0], swapped.links[3]);
    expect_like_full_compaction(swapped, "swapped");

    Corpus reversed = compact; // a passage link the wrong way round
    for (Link& l : reversed.links)
        if (!l.from_knowledge_base) {
            std::swap(l.source, l.target);
            break;
        }
    expect_like_full_compaction(reversed, "reversed");

    Corpus twice = compact; // two passage links for one pair, of different kinds: merged
    Link again = twice.links[0];
    again.from_knowledge_base = false;
    again.kind = again.kind == LinkKind::Tension ? LinkKind::Meeting : LinkKind::Tension;
    twice.links.insert(twice.links.begin() + 1, again);
    expect_like_full_compaction(twice, "twice");

    Corpus unsorted_entities = compact;
    std::swap(unsorted_entities.entities[0], unsorted_entities.entities[1]);
    expect_like_full_compaction(unsorted_entities, "entities out of order");

    Corpus self_link = compact;
    self_link.links[1].target = self_link.links[1].source;
    expect_like_full_compaction(self_link, "self link");
}

} // namespace
} // namespace kg
