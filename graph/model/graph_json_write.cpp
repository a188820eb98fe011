// Writing graph JSON, streamed: no JSON document is built, output goes out in 1 MB chunks,
// serialized in blocks on every core and written in order.
// Keys are written in a fixed order so that output diffs stay readable; the bytes are exactly
// what nlohmann::ordered_json::dump(indent) gives (tests/model/graph_json_test.cpp checks it).
#include "common/atomic_write.hpp"
#include "model/graph_json.hpp"
#include "model/json_stream.hpp"
#include "model/plain_passages.hpp"

#include <optional>

namespace kg {
namespace {

using json_detail::JsonOut;
using json_detail::PlainPassages;

void topic_ids(JsonOut& out, TopicMask mask) {
    out.begin_array();
    for (std::size_t t = 0; t < kTopicCount; ++t)
        if (mask & topic_bit(Topic(t))) out.value(to_id(Topic(t)));
    out.end_array();
}

void region_ids(JsonOut& out, RegionMask mask) {
    out.begin_array();
    for (std::size_t r = 0; r < kRegionCount; ++r)
        if (mask & region_bit(Region(r))) out.value(to_id(Region(r)));
    out.end_array();
}

std::string_view paragraph_kind_id(ParagraphKind k) {
    switch (k) {
    case ParagraphKind::Heading:
        return "heading";
    case ParagraphKind::Caption:
        return "caption";
    case ParagraphKind::Body:
        break;
    }
    return "body";
}

void document_json(JsonOut& out, const Document& d) {
    std::string author;
    for (const auto& a : d.authors) author += (author.empty() ? "" : ", ") + a;
    out.begin_object();
    out.key("id"), out.value(d.id);
    out.key("path"), out.value(d.path);
    out.key("title"), out.value(d.title);
    out.key("author"), out.string_or_null(author);
    out.key("authors"), out.strings(d.authors);
    out.key("date"), out.string_or_null(d.date);
    out.key("source"), out.string_or_null(d.source);
    out.key("url"), out.string_or_null(d.url);
    out.key("tags"), out.strings(d.tags);
    if (!d.language.empty()) out.key("language"), out.value(d.language);
    const MetadataSources& m = d.meta_from;
    if (!m.title.empty() || !m.authors.empty() || !m.date.empty() || !m.url.empty()) {
        out.key("meta_from");
        out.begin_object();
        for (const auto& [key, value] :
             {std::pair{"title", &m.title}, std::pair{"authors", &m.authors},
              std::pair{"date", &m.date}, std::pair{"url", &m.url}})
            if (!value->empty()) out.key(key), out.value(*value);
        out.end_object();
    }
    out.key("text"), out.value(d.text);
    out.key("paragraphs");
    out.begin_array();
    for (const auto& p : d.paragraphs) {
        out.begin_object();
        out.key("start"), out.value(p.span.start);
        out.key("end"), out.value(p.span.end);
        out.key("kind"), out.value(paragraph_kind_id(p.kind));
        out.key("heading"), out.value(p.heading);
        if (p.list_item) out.key("list"), out.value(true);
        out.end_object();
    }
    out.end_array();
    out.key("sentences");
    out.begin_array();
    for (const auto& s : d.sentences) {
        out.begin_array();
        out.value(s.span.start), out.value(s.span.end), out.value(s.paragraph);
        out.end_array();
    }
    out.end_array();
    out.end_object();
}

void entity_json(JsonOut& out, const Entity& e, const Corpus& corpus) {
    out.begin_object();
    out.key("id"), out.value(e.id);
    out.key("name"), out.value(e.name);
    out.key("type"), out.value(to_id(e.type));
    out.key("region");
    if (e.region)
        out.value(to_id(*e.region));
    else
        out.value(nullptr);
    out.key("regions"), region_ids(out, e.regions);
    out.key("aliases"), out.strings(e.aliases);
    if (!e.affiliation.empty()) out.key("affiliation"), out.value(e.affiliation);
    if (!e.role.empty()) out.key("role"), out.value(e.role);
    out.key("discovered"), out.value(e.discovered);
    out.key("mentions");
    out.begin_array();
    for (const auto& m : e.mentions) {
        out.begin_object();
        out.key("doc"), out.value(corpus.documents[m.doc].id);
        out.key("start"), out.value(m.span.start);
        out.key("end"), out.value(m.span.end);
        out.end_object();
    }
    out.end_array();
    out.end_object();
}

// `plain`: the passages that need no escaping, when passage text is written.
void link_json(JsonOut& out, const Link& l, const Corpus& corpus, const PlainPassages* plain) {
    out.begin_object();
    out.key("source"), out.value(corpus.entities[l.source].id);
    out.key("target"), out.value(corpus.entities[l.target].id);
    out.key("kind"), out.value(to_id(l.kind));
    out.key("weight"), out.value(l.weight());
    out.key("topics"), topic_ids(out, l.topics);
    out.key("documents");
    out.begin_array();
    for (std::size_t i = 0; i < l.evidence.size(); ++i)
        if (i == 0 || l.evidence[i - 1].doc != l.evidence[i].doc)
            out.value(corpus.documents[l.evidence[i].doc].id);
    out.end_array();
    out.key("from_knowledge_base"), out.value(l.from_knowledge_base);
    out.key("evidence");
    out.begin_array();
    for (std::size_t k = 0; k < l.evidence.size(); ++k) {
        // Each passage is a cache miss (the corpus is far larger than the cache, and a link's
        // passages are spread over it): ask for the next ones' documents and text early.
        if (k + 4 < l.evidence.size()) {
            const Document& ahead = corpus.documents[l.evidence[k + 4].doc];
            __builtin_prefetch(&ahead.id);
            __builtin_prefetch(&ahead.text);
        }
        if (k + 2 < l.evidence.size()) {
            const Evidence& ahead = l.evidence[k + 2];
            const char* passage = corpus.documents[ahead.doc].text.data() + ahead.span.start;
            __builtin_prefetch(passage);
            __builtin_prefetch(passage + 64);
            __builtin_prefetch(passage + 128);
        }
        const Evidence& ev = l.evidence[k];
        const Document& doc = corpus.documents[ev.doc];
        out.begin_object();
        out.key("doc"), out.value(doc.id);
        out.key("start"), out.value(ev.span.start);
        out.key("end"), out.value(ev.span.end);
        if (plain) {
            out.key("text");
            if (plain->plain(ev.doc, ev.span))
                out.plain_value(doc.slice(ev.span));
            else
                out.value(doc.slice(ev.span));
        }
        out.key("kind"), out.value(to_id(ev.kind));
        if (ev.direction != Direction::None) {
            const bool forward = ev.direction == Direction::Forward;
            out.key("source"), out.value(corpus.entities[forward ? l.source : l.target].id);
            out.key("target"), out.value(corpus.entities[forward ? l.target : l.source].id);
        }
        out.key("topics"), topic_ids(out, ev.topics);
        out.end_object();
    }
    out.end_array();
    out.end_object();
}

} // namespace

bool write_graph_json(const Corpus& corpus, const GraphJsonSink& sink, int indent) {
    GraphJsonOptions options;
    options.indent = indent;
    return write_graph_json(corpus, sink, options);
}

bool write_graph_json(const Corpus& corpus, const GraphJsonSink& sink,
                      const GraphJsonOptions& options) {
    JsonOut out(sink, options.indent);
    out.begin_object();
    out.key("format"), out.value(kGraphFormat);
    if (options.shard) {
        out.key("shard");
        out.begin_object();
        out.key("part"), out.value(options.shard->part);
        out.key("of"), out.value(options.shard->count);
        out.key("curation"), out.string_or_null(options.shard->curation);
        out.end_object();
    }
    out.key("documents");
    out.begin_array();
    out.elements(corpus.documents.size(), options.threads,
                 [&](JsonOut& o, std::size_t i) { document_json(o, corpus.documents[i]); });
    out.end_array();
    out.key("entities");
    out.begin_array();
    out.elements(corpus.entities.size(), options.threads,
                 [&](JsonOut& o, std::size_t i) { entity_json(o, corpus.entities[i], corpus); });
    out.end_array();
    out.key("links");
    out.begin_array();
    std::optional<PlainPassages> plain;
    if (options.passage_text && !corpus.links.empty()) plain.emplace(corpus, options.threads);
    out.elements(corpus.links.size(), options.threads, [&](JsonOut& o, std::size_t i) {
        link_json(o, corpus.links[i], corpus, plain ? &*plain : nullptr);
    });
    out.end_array();
    out.end_object();
    return out.finish();
}

std::string to_graph_json(const Corpus& corpus, int indent) {
    std::string json;
    write_graph_json(
        corpus,
        [&](std::string_view chunk) {
            json += chunk;
            return true;
        },
        indent);
    return json;
}

std::string write_graph_json_file(const Corpus& corpus, const std::filesystem::path& path,
                                  int indent) {
    GraphJsonOptions options;
    options.indent = indent;
    return write_graph_json_file(corpus, path, options);
}

std::string write_graph_json_file(const Corpus& corpus, const std::filesystem::path& path,
                                  const GraphJsonOptions& options) {
    // Graph JSON is rebuilt from the articles by running extract again: no wait for the disk.
    return write_file_atomically(
        path, [&](const ByteSink& sink) { return write_graph_json(corpus, sink, options); },
        Durability::Rebuildable);
}

} // namespace kg
