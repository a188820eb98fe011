// libFuzzer target: bytes read back as the corpus store's blobs (graph/store/record_codec) and as
// its graph record (graph_codec), as a damaged store would hand them over. Whatever decodes must
// fit its document and knowledge base, because corpus_build indexes scans unchecked; a record must
// decode the same whole and read in parts, as the store reads it.
#include "fuzz_check.hpp"

#include "store/graph_codec.hpp"
#include "store/record_codec.hpp"

#include <algorithm>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace {

constexpr std::size_t kKbEntities = 64;

void check_scan(const kg::DocResult& scan, const kg::Document& doc) {
    using kg::fuzz::require;
    const std::size_t text = doc.text.size();
    for (const auto& m : scan.mentions) {
        require(m.span.start <= m.span.end && m.span.end <= text, "a mention outside the text");
        require(m.ref.index < (m.ref.discovered ? scan.discovered.size() : kKbEntities),
                "a mention of no entity");
    }
    for (const auto& r : scan.refs)
        require(r.index < (r.discovered ? scan.discovered.size() : kKbEntities),
                "a ref to no entity");
    for (const auto& s : scan.sentences) {
        require(s.span.end <= text && s.span.start <= s.span.end, "a sentence outside the text");
        require(s.entities_begin <= s.entities_end && s.entities_end <= s.heading_end &&
                    s.heading_end <= scan.refs.size(),
                "entity ranges outside refs");
        const std::size_t k = s.entities_end - s.entities_begin;
        require(s.pairs_begin + (k ? k * (k - 1) / 2 : 0) <= scan.pairs.size(),
                "pairs outside the list");
    }
}

void check_graph(const kg::store::StoredGraph& g) {
    using kg::fuzz::require;
    const auto& text_size = g.text_size;
    auto fits = [&](kg::DocIndex doc, kg::Span span) {
        return doc < text_size.size() && span.start <= span.end && span.end <= text_size[doc];
    };
    for (const auto& e : g.corpus.entities)
        for (const auto& m : e.mentions) require(fits(m.doc, m.span), "a mention outside its text");
    for (const auto& l : g.corpus.links) {
        require(l.source < g.corpus.entities.size() && l.target < g.corpus.entities.size(),
                "a link to no entity");
        for (const auto& ev : l.evidence)
            require(fits(ev.doc, ev.span), "a passage outside its text");
    }
}

void graph_record(std::string_view bytes) {
    const auto whole = kg::store::decode_graph(bytes);
    std::size_t offset = 0;
    kg::store::ByteReader parts(
        bytes.size(),
        [&](std::span<char> part) {
            std::copy_n(bytes.data() + offset, part.size(), part.data());
            offset += part.size();
            return true;
        },
        3);
    const auto in_parts = kg::store::decode_graph(parts);
    kg::fuzz::require(whole.has_value() == in_parts.has_value(),
                      "the record read in parts decodes otherwise");
    if (!whole) return;
    check_graph(*whole);
    kg::fuzz::require(kg::store::encode_graph(whole->corpus, whole->ingest_notes) ==
                          kg::store::encode_graph(in_parts->corpus, in_parts->ingest_notes),
                      "the record read in parts gives another graph");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    kg::Document fallback;
    fallback.text = std::string(300, 'x');
    const kg::Document* doc = &fallback;
    const auto stored = kg::store::decode_document(bytes);
    if (stored) {
        for (const auto& p : stored->doc.paragraphs)
            kg::fuzz::require(p.span.end <= stored->doc.text.size() &&
                                  p.heading < std::int32_t(stored->doc.paragraphs.size()),
                              "a paragraph outside its document");
        for (const auto& s : stored->doc.sentences)
            kg::fuzz::require(s.span.end <= stored->doc.text.size() &&
                                  s.paragraph < std::int32_t(stored->doc.paragraphs.size()),
                              "a sentence outside its document");
        doc = &stored->doc;
    }
    if (const auto scan = kg::store::decode_scan(bytes, *doc, kKbEntities)) check_scan(*scan, *doc);
    graph_record(bytes);
    return 0;
}
