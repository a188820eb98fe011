// Writing graph JSON. Keys are written in a fixed order so that output diffs stay readable.
#include "model/graph_json.hpp"

#include <nlohmann/json.hpp>

namespace kg {
namespace {

using Json = nlohmann::ordered_json;

Json string_or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json topic_ids(TopicMask mask) {
    Json ids = Json::array();
    for (std::size_t t = 0; t < kTopicCount; ++t)
        if (mask & topic_bit(Topic(t))) ids.push_back(to_id(Topic(t)));
    return ids;
}

Json region_ids(RegionMask mask) {
    Json ids = Json::array();
    for (std::size_t r = 0; r < kRegionCount; ++r)
        if (mask & region_bit(Region(r))) ids.push_back(to_id(Region(r)));
    return ids;
}

std::string_view paragraph_kind_id(ParagraphKind k) {
    switch (k) {
    case ParagraphKind::Heading: return "heading";
    case ParagraphKind::Caption: return "caption";
    case ParagraphKind::Body: break;
    }
    return "body";
}

Json document_json(const Document& d) {
    std::string author;
    for (const auto& a : d.authors) author += (author.empty() ? "" : ", ") + a;
    Json paragraphs = Json::array();
    for (const auto& p : d.paragraphs)
        paragraphs.push_back({{"start", p.span.start}, {"end", p.span.end},
                              {"kind", paragraph_kind_id(p.kind)}, {"heading", p.heading}});
    Json sentences = Json::array();
    for (const auto& s : d.sentences) sentences.push_back({s.span.start, s.span.end, s.paragraph});
    return Json{{"id", d.id},
                {"path", d.path},
                {"title", d.title},
                {"author", string_or_null(author)},
                {"authors", d.authors},
                {"date", string_or_null(d.date)},
                {"source", string_or_null(d.source)},
                {"url", string_or_null(d.url)},
                {"tags", d.tags},
                {"text", d.text},
                {"paragraphs", std::move(paragraphs)},
                {"sentences", std::move(sentences)}};
}

Json entity_json(const Entity& e, const Corpus& corpus) {
    Json mentions = Json::array();
    for (const auto& m : e.mentions)
        mentions.push_back({{"doc", corpus.documents[m.doc].id}, {"start", m.span.start}, {"end", m.span.end}});
    Json j{{"id", e.id},
           {"name", e.name},
           {"type", to_id(e.type)},
           {"region", e.region ? Json(to_id(*e.region)) : Json(nullptr)},
           {"regions", region_ids(e.regions)},
           {"aliases", e.aliases}};
    if (!e.affiliation.empty()) j["affiliation"] = e.affiliation;
    if (!e.role.empty()) j["role"] = e.role;
    j["discovered"] = e.discovered;
    j["mentions"] = std::move(mentions);
    return j;
}

Json link_json(const Link& l, const Corpus& corpus) {
    Json evidence = Json::array();
    Json documents = Json::array();
    for (std::size_t i = 0; i < l.evidence.size(); ++i) {
        const Evidence& ev = l.evidence[i];
        const Document& doc = corpus.documents[ev.doc];
        evidence.push_back({{"doc", doc.id},
                            {"start", ev.span.start},
                            {"end", ev.span.end},
                            {"text", doc.slice(ev.span)},
                            {"kind", to_id(ev.kind)},
                            {"topics", topic_ids(ev.topics)}});
        if (i == 0 || l.evidence[i - 1].doc != ev.doc) documents.push_back(doc.id);
    }
    return Json{{"source", corpus.entities[l.source].id},
                {"target", corpus.entities[l.target].id},
                {"kind", to_id(l.kind)},
                {"weight", l.weight()},
                {"topics", topic_ids(l.topics)},
                {"documents", std::move(documents)},
                {"from_knowledge_base", l.from_knowledge_base},
                {"evidence", std::move(evidence)}};
}

} // namespace

std::string to_graph_json(const Corpus& corpus, int indent) {
    Json root{{"format", kGraphFormat}};
    Json& documents = root["documents"] = Json::array();
    for (const auto& d : corpus.documents) documents.push_back(document_json(d));
    Json& entities = root["entities"] = Json::array();
    for (const auto& e : corpus.entities) entities.push_back(entity_json(e, corpus));
    Json& links = root["links"] = Json::array();
    for (const auto& l : corpus.links) links.push_back(link_json(l, corpus));
    // Cleaned text is valid UTF-8 by construction; replace rather than throw if it is not.
    return root.dump(indent, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace kg
