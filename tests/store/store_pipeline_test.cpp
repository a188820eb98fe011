// The pipeline through the store: the same graph cold and warm, and only what changed is redone.
#include "store_fixture.hpp"

#include "common/paths.hpp"
#include "store/store_session.hpp"

#include <stop_token>

namespace {

using namespace kg;
using kg::test::StoreFixture;
namespace fs = std::filesystem;

// One run through a session on the fixture's corpus, with `kb` (default: the bundled one).
store::SessionCounts run_session(const StoreFixture& f, const KnowledgeBase* kb = nullptr) {
    Diagnostics diagnostics;
    store::StoreSession session(f.with_store(), diagnostics);
    IngestResult ingested = session.ingest({f.corpus}, {});
    KnowledgeBase bundled;
    if (!kb) bundled = load_knowledge_base(assets_dir() / "kb", diagnostics);
    session.scan(kb ? *kb : bundled, ingested.documents, diagnostics);
    return session.counts();
}

TEST(StorePipeline, SameGraphColdAndWarm) {
    StoreFixture f;
    const std::string expected = f.graph_without_store();
    Diagnostics cold, warm;
    EXPECT_TRUE(f.graph(f.with_store(), &cold) == expected);
    EXPECT_TRUE(fs::exists(f.store));
    EXPECT_TRUE(f.graph(f.with_store(), &warm) == expected);
    for (const auto& d : warm) EXPECT_NE(d.path, f.store.string()) << d.message; // no store warning
}

TEST(StorePipeline, SecondRunReusesEveryDocumentAndScan) {
    StoreFixture f;
    const auto cold = run_session(f);
    EXPECT_GT(cold.files, 10u);
    EXPECT_EQ(cold.documents_reused, 0u);
    EXPECT_EQ(cold.rows_written, cold.files);
    const auto warm = run_session(f);
    EXPECT_EQ(warm.documents_reused, warm.files);
    EXPECT_GT(warm.scans_reused, 0u);
    EXPECT_EQ(warm.rows_written, 0u);
}

TEST(StorePipeline, ChangedAddedAndRemovedFilesAreRedoneOrDropped) {
    StoreFixture f;
    run_session(f);
    const fs::path changed = f.corpus / "01_wire_iran_saudi_beijing.txt";
    test::write_text(changed, test::read_text(changed) +
                                  "\nChina and Russia signed a new accord in Moscow.\n");
    test::write_text(f.corpus / "new.txt", "Brazil and India met in Brasilia to discuss trade.\n");
    fs::remove(f.corpus / "03_interview_venezuela_oil.txt");
    const auto second = run_session(f);
    EXPECT_EQ(second.documents_reused,
              second.files - 2); // the changed file and the new one are read
    EXPECT_EQ(second.rows_written, 2u);
    EXPECT_EQ(second.rows_removed, 1u);
    EXPECT_TRUE(f.graph(f.with_store()) == f.graph_without_store());
}

TEST(StorePipeline, ADuplicateAndTheMetadataItFillsAreStoredAsEachFileGaveThem) {
    StoreFixture f;
    const std::string body =
        "China and Russia held talks in Moscow on energy and trade on Monday. The foreign "
        "ministers discussed gas supplies, payments in national currencies and the northern sea "
        "route, officials from both governments said after the meeting. Analysts in Beijing said "
        "the talks showed how far the two governments had come since the sanctions began, while "
        "officials in Washington said they were watching the new agreements closely.\n";
    // The same article twice: the kept one (first by path) lacks the date the copy gives it.
    test::write_text(f.corpus / "dup_a.txt", "Talks in Moscow\n\n" + body);
    test::write_text(f.corpus / "dup_b.md",
                     "---\ntitle: Talks in Moscow\ndate: 2024-05-01\n---\n\n" + body);
    const std::string expected = f.graph_without_store();
    ASSERT_NE(expected.find("2024-05-01"), std::string::npos); // filled from the copy
    const auto cold = run_session(f);
    EXPECT_EQ(cold.rows_written, cold.files); // the dropped copy is stored too
    EXPECT_TRUE(f.graph(f.with_store()) == expected);
    const auto warm = run_session(f);
    EXPECT_EQ(warm.documents_reused, warm.files);
    // Without the copy, the kept article has no date: its stored document is the file's own,
    // not the one the copy filled.
    fs::remove(f.corpus / "dup_b.md");
    const std::string alone = f.graph_without_store();
    EXPECT_EQ(alone.find("2024-05-01"), std::string::npos);
    EXPECT_TRUE(f.graph(f.with_store()) == alone);
}

TEST(StorePipeline, AColdRunStoppedWhileScanningLeavesAStoreTheNextRunCompletes) {
    StoreFixture f;
    std::stop_source stop;
    const WorkControl control{stop.get_token(), [&](float, std::string_view stage) {
                                  if (stage == "extract") stop.request_stop();
                              }};
    PipelineOptions pipeline;
    pipeline.store = f.with_store();
    Diagnostics diagnostics;
    build_corpus({f.corpus}, pipeline, diagnostics, control);
    ASSERT_TRUE(stop.stop_requested());
    // The stopped run's transaction is closed, whole or not at all: the next run writes its rows
    // and record, and the graph is the one without a store.
    store::SessionCounts counts;
    pipeline.store_counts = &counts;
    const Corpus corpus = build_corpus({f.corpus}, pipeline, diagnostics);
    EXPECT_FALSE(counts.graph_reused);
    EXPECT_TRUE(counts.graph_written);
    EXPECT_GT(counts.rows_written, 0u);
    EXPECT_TRUE(to_graph_json(corpus) == f.graph_without_store());
    for (const auto& d : diagnostics) EXPECT_NE(d.path, f.store.string()) << d.message;
    const auto warm = run_session(f);
    EXPECT_EQ(warm.documents_reused, warm.files);
}

TEST(StorePipeline, NewTimeSameBytesReusesTheDocumentByHash) {
    StoreFixture f;
    run_session(f);
    const fs::path touched = f.corpus / "02_analysis_sahel_africa_corps.md";
    fs::last_write_time(touched, fs::last_write_time(touched) + std::chrono::hours(1));
    const auto second = run_session(f);
    EXPECT_EQ(second.documents_reused, second.files); // read and hashed, not cleaned again
    EXPECT_EQ(second.rows_written, 1u);               // its new time is kept
    EXPECT_EQ(run_session(f).rows_written, 0u);
}

TEST(StorePipeline, AnotherKnowledgeBaseRedoesScansButNotDocuments) {
    StoreFixture f;
    run_session(f);
    Diagnostics d;
    KnowledgeBase kb = load_knowledge_base(assets_dir() / "kb", d);
    kb.entities[0].aliases.push_back("Zzyzx Alias");
    const auto second = run_session(f, &kb);
    EXPECT_EQ(second.documents_reused, second.files);
    EXPECT_EQ(second.scans_reused, 0u);
    EXPECT_GT(second.rows_written, 0u);
}

TEST(StorePipeline, ASidecarChangeRedoesThatScan) {
    StoreFixture f;
    test::write_text(f.corpus / "10_report_brazil_china_lula.meta.json",
                     R"({"title": "First title"})");
    run_session(f);
    test::write_text(f.corpus / "10_report_brazil_china_lula.meta.json",
                     R"({"title": "Second title", "author": "Ana Lima"})");
    const auto second = run_session(f);
    EXPECT_EQ(second.documents_reused, second.files);
    EXPECT_EQ(second.rows_written, 1u);
    EXPECT_TRUE(f.graph(f.with_store()) == f.graph_without_store());
}

TEST(StorePipeline, TheDefaultStoreIsOnePerSetOfInputs) {
    const auto a = store::default_store_file({"seeds", "tests/data/devset"});
    EXPECT_EQ(a, store::default_store_file({"tests/data/devset", "seeds"}));
    EXPECT_NE(a, store::default_store_file({"seeds"}));
    EXPECT_EQ(a.parent_path(), user_data_dir() / "stores");
    EXPECT_EQ(a.extension(), ".sqlite");
}

} // namespace
