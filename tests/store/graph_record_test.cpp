// The store's graph record: an unchanged folder reopens from it without ingesting; any change to
// a file, a sidecar or the set of files, or a damaged record, makes a full run that writes a new
// one; the graph JSON is the same every way.
#include "file_bytes.hpp"
#include "store_fixture.hpp"

#include "curation/apply_curation.hpp"
#include "store/graph_codec.hpp"
#include "store/sqlite_db.hpp"

#include <algorithm>
#include <filesystem>

namespace {

using namespace kg;
using kg::test::StoreFixture;
namespace fs = std::filesystem;

struct RunResult {
    std::string json;
    store::SessionCounts counts;
    Diagnostics diagnostics;
};

RunResult run(const StoreFixture& f, bool text = true) {
    RunResult out;
    PipelineOptions pipeline;
    pipeline.store = f.with_store();
    pipeline.document_text = text;
    pipeline.store_counts = &out.counts;
    const Corpus corpus = build_corpus({f.corpus}, pipeline, out.diagnostics);
    out.json = to_graph_json(corpus);
    return out;
}

TEST(GraphRecord, AnUnchangedFolderReopensFromIt) {
    StoreFixture f;
    const std::string expected = f.graph_without_store();
    const RunResult cold = run(f);
    EXPECT_TRUE(cold.counts.graph_written);
    EXPECT_FALSE(cold.counts.graph_reused);
    const RunResult warm = run(f);
    EXPECT_TRUE(warm.counts.graph_reused);
    EXPECT_FALSE(warm.counts.graph_written);
    EXPECT_GT(warm.counts.files, 10u);
    EXPECT_EQ(warm.counts.documents_reused, 0u); // nothing ingested: the record answered
    EXPECT_EQ(warm.counts.rows_written, 0u);
    EXPECT_TRUE(warm.json == expected);
    // The same diagnostics as the run that made it (the cleaning notes are replayed).
    ASSERT_EQ(warm.diagnostics.size(), cold.diagnostics.size());
    for (std::size_t i = 0; i < warm.diagnostics.size(); ++i)
        EXPECT_EQ(format_diagnostic(warm.diagnostics[i]), format_diagnostic(cold.diagnostics[i]));
}

TEST(GraphRecord, AChangedAddedRemovedOrTouchedFileMakesANewOne) {
    StoreFixture f;
    run(f);
    const std::vector<std::function<void()>> changes = {
        [&] {
            const fs::path changed = f.corpus / "01_wire_iran_saudi_beijing.txt";
            test::write_text(changed, test::read_text(changed) +
                                          "\nChina and Russia signed a new accord in Moscow.\n");
        },
        [&] {
            test::write_text(f.corpus / "new.txt",
                             "Brazil and India met in Brasilia to discuss trade.\n");
        },
        [&] { fs::remove(f.corpus / "03_interview_venezuela_oil.txt"); },
        [&] {
            const fs::path touched = f.corpus / "02_analysis_sahel_africa_corps.md";
            fs::last_write_time(touched, fs::last_write_time(touched) + std::chrono::hours(1));
        },
        [&] {
            test::write_text(f.corpus / "10_report_brazil_china_lula.meta.json",
                             R"({"title": "A sidecar's title"})");
        },
    };
    for (std::size_t i = 0; i < changes.size(); ++i) {
        changes[i]();
        const RunResult after = run(f);
        EXPECT_FALSE(after.counts.graph_reused) << "change " << i;
        EXPECT_TRUE(after.counts.graph_written) << "change " << i;
        EXPECT_TRUE(after.json == f.graph_without_store()) << "change " << i;
        EXPECT_TRUE(run(f).counts.graph_reused) << "change " << i;
    }
}

TEST(GraphRecord, ADamagedRecordIsRebuiltNeverTrusted) {
    StoreFixture f;
    run(f);
    {
        store::Database db;
        ASSERT_EQ(db.open(f.store, 0), 0);
        // Cut in half: the record no longer decodes.
        ASSERT_EQ(db.exec("UPDATE graph SET corpus = substr(corpus, 1, length(corpus) / 2)"), 0);
    }
    const RunResult after = run(f);
    EXPECT_FALSE(after.counts.graph_reused);
    EXPECT_TRUE(after.counts.graph_written);
    EXPECT_TRUE(after.json == f.graph_without_store());
    EXPECT_TRUE(run(f).counts.graph_reused);
}

TEST(GraphRecord, WithoutTextTheDocumentsComeEmptyAndTheGraphIsTheSame) {
    StoreFixture f;
    const RunResult cold = run(f);
    PipelineOptions pipeline;
    pipeline.store = f.with_store();
    pipeline.document_text = false;
    Diagnostics diagnostics;
    const Corpus bare = build_corpus({f.corpus}, pipeline, diagnostics);
    pipeline.document_text = true;
    const Corpus full = build_corpus({f.corpus}, pipeline, diagnostics);
    ASSERT_EQ(bare.documents.size(), full.documents.size());
    for (std::size_t d = 0; d < bare.documents.size(); ++d) {
        EXPECT_TRUE(bare.documents[d].text.empty());
        EXPECT_TRUE(bare.documents[d].sentences.empty());
        EXPECT_EQ(bare.documents[d].title, full.documents[d].title);
        EXPECT_FALSE(full.documents[d].text.empty());
    }
    ASSERT_EQ(bare.entities.size(), full.entities.size());
    ASSERT_EQ(bare.links.size(), full.links.size());
    for (std::size_t l = 0; l < bare.links.size(); ++l) {
        EXPECT_EQ(bare.links[l].evidence.size(), full.links[l].evidence.size());
        for (std::size_t e = 0; e < bare.links[l].evidence.size(); ++e)
            EXPECT_EQ(bare.links[l].evidence[e].span, full.links[l].evidence[e].span);
    }
    EXPECT_TRUE(to_graph_json(full) == cold.json);
}

TEST(GraphRecord, AColdRunWithoutTextDropsItAndKeepsATrueRecord) {
    StoreFixture f;
    const std::string expected = f.graph_without_store();
    PipelineOptions pipeline;
    pipeline.store = f.with_store();
    pipeline.document_text = false;
    store::SessionCounts counts;
    pipeline.store_counts = &counts;
    Diagnostics diagnostics;
    const Corpus bare = build_corpus({f.corpus}, pipeline, diagnostics);
    EXPECT_FALSE(counts.graph_reused);
    EXPECT_TRUE(counts.graph_written);
    const Corpus full = build_corpus({f.corpus}, {}, diagnostics);
    ASSERT_EQ(bare.documents.size(), full.documents.size());
    for (std::size_t d = 0; d < bare.documents.size(); ++d) {
        EXPECT_TRUE(bare.documents[d].text.empty());
        EXPECT_TRUE(bare.documents[d].paragraphs.empty());
        EXPECT_TRUE(bare.documents[d].sentences.empty());
        EXPECT_EQ(bare.documents[d].path, full.documents[d].path);
    }
    ASSERT_EQ(bare.entities.size(), full.entities.size());
    ASSERT_EQ(bare.links.size(), full.links.size());
    for (std::size_t l = 0; l < bare.links.size(); ++l) {
        ASSERT_EQ(bare.links[l].evidence.size(), full.links[l].evidence.size());
        for (std::size_t e = 0; e < bare.links[l].evidence.size(); ++e)
            EXPECT_EQ(bare.links[l].evidence[e].span, full.links[l].evidence[e].span);
    }
    // The record holds the lengths of the texts that were dropped: a warm run that asks for the
    // text finds every one fitting and gives the graph of a run without a store.
    const RunResult warm = run(f);
    EXPECT_TRUE(warm.counts.graph_reused);
    EXPECT_TRUE(warm.json == expected);
}

TEST(GraphRecord, CorrectionsApplyOnTopOfTheReopenedGraph) {
    StoreFixture f;
    Diagnostics diagnostics;
    const Corpus plain = build_corpus({f.corpus}, PipelineOptions{}, diagnostics);
    // A rejected passage is found by its sentence's text: the reopened corpus needs it.
    const auto link = std::find_if(plain.links.begin(), plain.links.end(),
                                   [](const Link& l) { return l.evidence.size() > 1; });
    ASSERT_NE(link, plain.links.end());
    const Evidence& ev = link->evidence.front();
    const std::string sentence(plain.documents[ev.doc].slice(ev.span));
    Curation curation;
    Correction reject;
    reject.kind = CorrectionKind::RejectPassage;
    reject.entity = plain.entities[link->source].id;
    reject.other = plain.entities[link->target].id;
    reject.passage = {plain.documents[ev.doc].path, passage_hash(sentence), sentence};
    curation.corrections.push_back(reject);

    auto curated = [&](bool with_store, bool text, store::SessionCounts* counts) {
        PipelineOptions pipeline;
        if (with_store) pipeline.store = f.with_store();
        pipeline.curation = &curation;
        pipeline.document_text = text;
        pipeline.store_counts = counts;
        CurationReport report;
        const std::string json =
            to_graph_json(build_corpus({f.corpus}, pipeline, diagnostics, {}, &report));
        EXPECT_EQ(report.not_applied(), 0u);
        return json;
    };
    const std::string expected = curated(false, true, nullptr);
    EXPECT_FALSE(expected == to_graph_json(plain)); // the correction changed the graph
    store::SessionCounts cold, warm;
    EXPECT_TRUE(curated(true, false, &cold) == expected);
    EXPECT_TRUE(curated(true, false, &warm) == expected); // text read although none was asked
    EXPECT_FALSE(cold.graph_reused);
    EXPECT_TRUE(warm.graph_reused);
}

TEST(GraphRecord, EveryCutOfTheRecordIsRefused) {
    StoreFixture f;
    PipelineOptions pipeline;
    Diagnostics diagnostics;
    const Corpus corpus = build_corpus({f.corpus}, pipeline, diagnostics);
    const std::string blob = store::encode_graph(corpus, {{"a.txt", "a note"}});
    const auto back = store::decode_graph(blob);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->corpus.entities.size(), corpus.entities.size());
    ASSERT_EQ(back->ingest_notes.size(), 1u);
    EXPECT_EQ(back->ingest_notes[0].message, "a note");
    for (std::size_t cut = 0; cut < blob.size(); cut += 1 + blob.size() / 997)
        EXPECT_FALSE(store::decode_graph(std::string_view(blob).substr(0, cut))) << cut;
    std::string extra = blob + '\0';
    EXPECT_FALSE(store::decode_graph(extra));
}

// fuzz_store's find: a passage's document step near the int64 limits overflowed when it was added
// to the document before (UBSan). Refused now, as any step that leaves the documents is.
TEST(GraphRecord, APlaceStepNearTheIntegerLimitsIsRefused) {
    const std::string blob =
        test::file_bytes(std::filesystem::path(KGVIZ_SOURCE_DIR) /
                         "tests/fuzz/corpus/store/record_doc_step_overflow.bin");
    ASSERT_FALSE(blob.empty());
    EXPECT_FALSE(store::decode_graph(blob));
}

// The store reads the record part by part (never a copy of the whole blob): any part size gives
// the graph that the whole blob gives, and a cut or a failed read is refused.
TEST(GraphRecord, ARecordReadInPartsDecodesAsWhole) {
    StoreFixture f;
    PipelineOptions pipeline;
    Diagnostics diagnostics;
    const Corpus corpus = build_corpus({f.corpus}, pipeline, diagnostics);
    const std::string blob = store::encode_graph(corpus, {{"a.txt", "a note"}});
    const auto whole = store::decode_graph(blob);
    ASSERT_TRUE(whole);
    const std::string expected = store::encode_graph(whole->corpus, whole->ingest_notes);
    auto parts_of = [](std::string_view bytes, std::size_t size, std::size_t part_size) {
        std::size_t offset = 0;
        return store::ByteReader(
            size,
            [bytes, offset](std::span<char> part) mutable {
                if (offset + part.size() > bytes.size()) return false;
                std::copy_n(bytes.data() + offset, part.size(), part.data());
                offset += part.size();
                return true;
            },
            part_size);
    };
    for (std::size_t part_size : {1u, 2u, 3u, 7u, 64u, 4096u, 1u << 20}) {
        store::ByteReader reader = parts_of(blob, blob.size(), part_size);
        const auto back = store::decode_graph(reader);
        ASSERT_TRUE(back) << part_size;
        EXPECT_TRUE(store::encode_graph(back->corpus, back->ingest_notes) == expected) << part_size;
    }
    for (std::size_t cut = 0; cut < blob.size(); cut += 1 + blob.size() / 97) {
        std::string_view shorter = std::string_view(blob).substr(0, cut);
        store::ByteReader cut_record = parts_of(shorter, cut, 5);
        EXPECT_FALSE(store::decode_graph(cut_record)) << cut;
        // The source fails part way (a damaged page) although the size promised the whole.
        store::ByteReader failing = parts_of(shorter, blob.size(), 5);
        EXPECT_FALSE(store::decode_graph(failing)) << cut;
    }
}

} // namespace
