// Bench tool: the store's blobs for a folder's documents and scans, binary (record_codec) against
// the same fields as JSON: bytes, and encode and decode times.
//   kgviz_store_blobs PATH...
#include "common/paths.hpp"
#include "extract/extract_index.hpp"
#include "ingest/ingest.hpp"
#include "store/record_codec.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>

namespace {

using namespace kg;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

nlohmann::json spans_json(const auto& items, auto&& fields) {
    auto a = nlohmann::json::array();
    for (const auto& x : items) a.push_back(fields(x));
    return a;
}

// The fields record_codec stores, as JSON arrays (the most compact JSON shape).
std::string as_json(const Document& d, const DocResult& s) {
    nlohmann::json j;
    j["doc"] = {d.path,
                d.title,
                d.authors,
                d.date,
                d.source,
                d.url,
                d.tags,
                d.language,
                d.text,
                d.meta_from.title,
                d.meta_from.authors,
                d.meta_from.date,
                d.meta_from.url};
    j["paragraphs"] = spans_json(d.paragraphs, [](const Paragraph& p) {
        return nlohmann::json{p.span.start, p.span.end, int(p.kind), p.heading, p.list_item};
    });
    j["sentences"] = spans_json(d.sentences, [](const Sentence& x) {
        return nlohmann::json{x.span.start, x.span.end, x.paragraph};
    });
    j["mentions"] = spans_json(s.mentions, [](const DocMention& m) {
        return nlohmann::json{m.span.start, m.span.end, m.ref.index, m.ref.discovered};
    });
    j["facts"] = spans_json(s.sentences, [](const SentenceFacts& f) {
        return nlohmann::json{f.span.start,     f.span.end,     f.topics,      int(f.kind),
                              f.entities_begin, f.entities_end, f.heading_end, f.pairs_begin};
    });
    j["refs"] = spans_json(s.refs, [](const EntityRef& r) {
        return nlohmann::json{r.index, r.discovered};
    });
    j["pairs"] = spans_json(s.pairs, [](const PairRelation& p) {
        return nlohmann::json{int(p.kind), p.direction};
    });
    j["discovered"] = spans_json(s.discovered, [](const DiscoveredEntity& e) {
        return nlohmann::json{e.id, e.name, int(e.type), e.affiliation, e.role};
    });
    j["topics"] = s.topics;
    return j.dump();
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: kgviz_store_blobs PATH...\n");
        return 2;
    }
    std::vector<std::filesystem::path> inputs(argv + 1, argv + argc);
    Diagnostics diagnostics;
    const KnowledgeBase kb = load_knowledge_base(assets_dir() / "kb", diagnostics);
    const IngestResult ingested = ingest(inputs);
    const auto index = compiled_extract_index(kb);
    std::vector<DocResult> scans;
    std::size_t text = 0;
    for (const Document& d : ingested.documents) {
        scans.push_back(scan_document(*index, d));
        text += d.text.size();
    }
    std::vector<std::string> docs, scan_blobs, json;
    auto t = Clock::now();
    for (std::size_t i = 0; i < scans.size(); ++i) {
        docs.push_back(store::encode_document(ingested.documents[i], {}));
        scan_blobs.push_back(store::encode_scan(scans[i]));
    }
    const double binary_encode = seconds_since(t);
    t = Clock::now();
    for (std::size_t i = 0; i < scans.size(); ++i)
        json.push_back(as_json(ingested.documents[i], scans[i]));
    const double json_encode = seconds_since(t);
    t = Clock::now();
    std::size_t decoded = 0;
    for (std::size_t i = 0; i < scans.size(); ++i) {
        auto doc = store::decode_document(docs[i]);
        decoded += doc && store::decode_scan(scan_blobs[i], doc->doc, kb.entities.size());
    }
    const double binary_decode = seconds_since(t);
    t = Clock::now();
    for (const std::string& j : json) decoded += !nlohmann::json::parse(j).is_null();
    const double json_decode = seconds_since(t);
    std::size_t binary_bytes = 0, json_bytes = 0;
    for (std::size_t i = 0; i < docs.size(); ++i)
        binary_bytes += docs[i].size() + scan_blobs[i].size();
    for (const auto& j : json) json_bytes += j.size();
    std::printf("%zu documents, %.1f MB of cleaned text\n", scans.size(), text / 1e6);
    std::printf("binary  %8.1f MB (%.2fx the text)  encode %.3f s  decode %.3f s\n",
                binary_bytes / 1e6, double(binary_bytes) / double(text), binary_encode,
                binary_decode);
    std::printf("JSON    %8.1f MB (%.2fx the text)  encode %.3f s  parse  %.3f s\n",
                json_bytes / 1e6, double(json_bytes) / double(text), json_encode, json_decode);
    return decoded > 0 ? 0 : 1;
}
