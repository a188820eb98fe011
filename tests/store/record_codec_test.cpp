// The store's blobs: documents and scans come back equal, and damaged blobs are refused.
#include "common/paths.hpp"
#include "extract/extract_index.hpp"
#include "ingest/ingest.hpp"
#include "kb/knowledge_base.hpp"
#include "store/byte_codec.hpp"
#include "store/record_codec.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace {

using namespace kg;

bool same_document(const Document& a, const Document& b) {
    auto spans_equal = [](const auto& x, const auto& y, auto&& eq) {
        if (x.size() != y.size()) return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (!eq(x[i], y[i])) return false;
        return true;
    };
    return a.path == b.path && a.title == b.title && a.authors == b.authors && a.date == b.date &&
           a.source == b.source && a.url == b.url && a.tags == b.tags && a.language == b.language &&
           a.text == b.text && a.meta_from == b.meta_from &&
           spans_equal(a.paragraphs, b.paragraphs,
                       [](const Paragraph& p, const Paragraph& q) {
                           return p.span == q.span && p.kind == q.kind && p.heading == q.heading &&
                                  p.list_item == q.list_item;
                       }) &&
           spans_equal(a.sentences, b.sentences, [](const Sentence& p, const Sentence& q) {
               return p.span == q.span && p.paragraph == q.paragraph;
           });
}

bool same_scan(const DocResult& a, const DocResult& b) {
    if (a.topics != b.topics || a.refs != b.refs || a.pairs != b.pairs ||
        a.mentions.size() != b.mentions.size() || a.sentences.size() != b.sentences.size() ||
        a.discovered.size() != b.discovered.size())
        return false;
    for (std::size_t i = 0; i < a.mentions.size(); ++i)
        if (!(a.mentions[i].span == b.mentions[i].span) || a.mentions[i].ref != b.mentions[i].ref)
            return false;
    for (std::size_t i = 0; i < a.sentences.size(); ++i) {
        const auto &s = a.sentences[i], &t = b.sentences[i];
        if (!(s.span == t.span) || s.topics != t.topics || s.kind != t.kind ||
            s.entities_begin != t.entities_begin || s.entities_end != t.entities_end ||
            s.heading_end != t.heading_end || s.pairs_begin != t.pairs_begin)
            return false;
    }
    for (std::size_t i = 0; i < a.discovered.size(); ++i) {
        const auto &e = a.discovered[i], &f = b.discovered[i];
        if (e.id != f.id || e.name != f.name || e.type != f.type ||
            e.affiliation != f.affiliation || e.role != f.role)
            return false;
    }
    return true;
}

struct Devset {
    KnowledgeBase kb;
    IngestResult ingested;
    std::vector<DocResult> scans;
    Devset() {
        Diagnostics d;
        kb = load_knowledge_base(assets_dir() / "kb", d);
        ingested = ingest({std::filesystem::path(KGVIZ_TEST_DATA_DIR) / "devset"});
        const auto index = compiled_extract_index(kb);
        for (const Document& doc : ingested.documents) scans.push_back(scan_document(*index, doc));
    }
};

const Devset& devset() {
    static const Devset d;
    return d;
}

TEST(RecordCodec, DocumentsAndNotesComeBackEqual) {
    const Diagnostics notes{
        {"a.html", "no article body; the whole page was kept", Diagnostic::Severity::Note}};
    ASSERT_FALSE(devset().ingested.documents.empty());
    for (Document doc : devset().ingested.documents) {
        doc.id.clear(); // ids are given after the store, never stored
        const auto back = store::decode_document(store::encode_document(doc, notes));
        ASSERT_TRUE(back) << doc.path;
        EXPECT_TRUE(same_document(back->doc, doc)) << doc.path;
        ASSERT_EQ(back->notes.size(), 1u);
        EXPECT_EQ(back->notes[0].message, notes[0].message);
        EXPECT_EQ(back->notes[0].severity, Diagnostic::Severity::Note);
    }
}

TEST(RecordCodec, ScansComeBackEqual) {
    const auto& d = devset();
    std::size_t with_sentences = 0;
    for (std::size_t i = 0; i < d.scans.size(); ++i) {
        const auto back = store::decode_scan(store::encode_scan(d.scans[i]),
                                             d.ingested.documents[i], d.kb.entities.size());
        ASSERT_TRUE(back) << d.ingested.documents[i].path;
        EXPECT_TRUE(same_scan(*back, d.scans[i])) << d.ingested.documents[i].path;
        with_sentences += !d.scans[i].sentences.empty();
    }
    EXPECT_GT(with_sentences, 5u); // the round trip covered real facts, not empty scans
}

TEST(RecordCodec, TruncatedOrFlippedBlobsAreRefusedOrInBounds) {
    const auto& d = devset();
    const Document& doc = d.ingested.documents[0];
    const std::string doc_blob = store::encode_document(doc, {});
    const std::string scan_blob = store::encode_scan(d.scans[0]);
    for (std::size_t n = 0; n < doc_blob.size(); n += 7)
        EXPECT_FALSE(store::decode_document(std::string_view(doc_blob).substr(0, n))) << n;
    for (std::size_t n = 0; n < scan_blob.size(); ++n)
        EXPECT_FALSE(
            store::decode_scan(std::string_view(scan_blob).substr(0, n), doc, d.kb.entities.size()))
            << n;
    // A flipped byte either fails or yields offsets inside the text (checked by decode itself;
    // here: no crash, and what decodes still fits the document).
    for (std::size_t i = 0; i < scan_blob.size(); ++i) {
        std::string bad = scan_blob;
        bad[i] = char(bad[i] ^ 0x5A);
        if (auto s = store::decode_scan(bad, doc, d.kb.entities.size())) {
            for (const auto& m : s->mentions) EXPECT_LE(m.span.end, doc.text.size());
        }
    }
    // A scan does not fit a smaller knowledge base than the one it was made with.
    EXPECT_FALSE(store::decode_scan(scan_blob, doc, 0));
}

TEST(RecordCodec, AMentionOffsetNearTheIntegerLimitsIsRefused) {
    const auto& d = devset();
    const Document& doc = d.ingested.documents[0];
    // Past either end of the text from the first mention's offset 1, and at the integer limits.
    for (const std::int64_t delta :
         {std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::min(),
          std::int64_t(-2), std::int64_t(doc.text.size())}) {
        store::ByteWriter w;
        w.u(1); // the blob format
        w.u(0); // topics
        w.u(0); // discovered entities
        w.u(2); // two mentions: each start as a delta from the one before, a length, an entity
        w.s(1); // the first at offset 1, so that the second's delta is added to a non-zero start
        w.u(0);
        w.u(0);
        w.s(delta);
        w.u(0);
        w.u(0);
        w.u(0); // refs, pairs, sentences
        w.u(0);
        w.u(0);
        EXPECT_FALSE(store::decode_scan(w.take(), doc, d.kb.entities.size())) << delta;
    }
}

// Integers are read inline when ten bytes are left in the part and byte by byte near its end:
// both ways read the same values and refuse the same bytes (an integer over 64 bits, a cut).
TEST(RecordCodec, IntegersReadTheSameAnywhereInAPart) {
    store::ByteWriter w;
    const std::uint64_t values[] = {
        0, 1, 127, 128, 300, 16383, 16384, 1u << 31, std::numeric_limits<std::uint64_t>::max()};
    for (int round = 0; round < 3; ++round)
        for (std::uint64_t v : values) w.u(v);
    std::string bytes = w.take();
    // Then noise: runs of continuation bytes longer than an integer can be, and a cut one.
    std::uint32_t seed = 7;
    for (int i = 0; i < 400; ++i) {
        seed = seed * 1103515245u + 12345u;
        bytes += char((seed >> 16) % 7 == 0 ? 0x05 : 0x80 | ((seed >> 8) & 0x7F));
    }
    bytes += '\x80';
    auto read_all = [&](store::ByteReader& r) {
        std::vector<std::uint64_t> got;
        std::uint64_t v = 0;
        while (r.u(v)) got.push_back(v);
        return got;
    };
    store::ByteReader whole(bytes);
    const std::vector<std::uint64_t> expected = read_all(whole);
    ASSERT_GE(expected.size(), std::size(values) * 3);
    for (std::size_t i = 0; i < std::size(values) * 3; ++i)
        EXPECT_EQ(expected[i], values[i % std::size(values)]);
    for (std::size_t part_size : {1u, 2u, 3u, 9u, 10u, 11u, 64u}) {
        std::size_t offset = 0;
        store::ByteReader parts(
            bytes.size(),
            [&](std::span<char> part) {
                std::copy_n(bytes.data() + offset, part.size(), part.data());
                offset += part.size();
                return true;
            },
            part_size);
        EXPECT_EQ(read_all(parts), expected) << part_size;
        EXPECT_FALSE(parts.ok());
    }
}

TEST(RecordCodec, VersionsFollowTheContent) {
    const auto& d = devset();
    KnowledgeBase kb = d.kb;
    const auto before = store::knowledge_base_version(kb);
    EXPECT_EQ(store::knowledge_base_version(kb), before);
    kb.entities[0].aliases.push_back("Zzyzx Alias");
    EXPECT_NE(store::knowledge_base_version(kb), before);

    Document doc = d.ingested.documents[0];
    const auto key = store::scan_key(doc);
    doc.id = "d99"; // ids do not change what a scan finds
    EXPECT_EQ(store::scan_key(doc), key);
    doc.authors.push_back("Sidecar Author"); // a sidecar's metadata does
    EXPECT_NE(store::scan_key(doc), key);
    EXPECT_NE(store::hash_bytes("abc"), store::hash_bytes("abd"));
    EXPECT_NE(store::hash_bytes(""), store::hash_bytes(std::string(1, '\0')));
}

} // namespace
