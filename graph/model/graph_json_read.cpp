// Reading graph JSON tolerantly: a bad entry is a diagnostic, the rest still loads.
#include "common/json_guard.hpp"
#include "common/utf8.hpp"
#include "model/graph_json.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace kg {
namespace {

using Json = nlohmann::json;

class Reader {
  public:
    Reader(const std::string& path, Diagnostics& diagnostics)
        : path_(path), diagnostics_(diagnostics) {}

    void warn(const std::string& where, const std::string& message) {
        diagnostics_.push_back({path_ + ": " + where, message, Diagnostic::Severity::Warning});
    }

    std::string str(const Json& j, const char* key) {
        auto it = j.find(key);
        return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
    }

    std::optional<std::uint32_t> offset(const Json& j, const char* key) {
        auto it = j.find(key);
        if (it == j.end() || !it->is_number_unsigned()) return std::nullopt;
        auto v = it->get<std::uint64_t>();
        if (v > std::numeric_limits<std::uint32_t>::max()) return std::nullopt;
        return std::uint32_t(v);
    }

    // A span inside `text`, or nullopt (with a diagnostic) when out of range or when it cuts a
    // UTF-8 character in half (the reader would show a broken glyph and a mis-sized highlight).
    std::optional<Span> span(const Json& j, const std::string& text, const std::string& where) {
        auto start = offset(j, "start"), end = offset(j, "end");
        if (!start || !end || *start > *end || *end > text.size()) {
            warn(where, "offsets missing or outside the document text");
            return std::nullopt;
        }
        if (!is_char_boundary(text, *start) || !is_char_boundary(text, *end)) {
            warn(where, "offsets split a UTF-8 character");
            return std::nullopt;
        }
        return Span{*start, *end};
    }

    TopicMask topics(const Json& j) {
        TopicMask mask = 0;
        if (auto it = j.find("topics"); it != j.end() && it->is_array())
            for (const auto& t : *it)
                if (t.is_string())
                    if (auto topic = topic_from_id(t.get<std::string>())) mask |= topic_bit(*topic);
        return mask;
    }

    Document document(const Json& j) {
        Document d;
        d.id = str(j, "id");
        d.path = str(j, "path");
        d.title = str(j, "title");
        d.date = str(j, "date");
        d.source = str(j, "source");
        d.url = str(j, "url");
        d.language = str(j, "language");
        d.text = str(j, "text");
        // JSON can carry NUL as \u0000, which no article has and C strings downstream stop at; a
        // space keeps every offset into the text where it was.
        if (auto nul = std::count(d.text.begin(), d.text.end(), '\0'); nul > 0) {
            std::replace(d.text.begin(), d.text.end(), '\0', ' ');
            warn("document " + d.id,
                 std::to_string(nul) + " NUL character(s) in the text, read as spaces");
        }
        if (auto it = j.find("authors"); it != j.end() && it->is_array()) {
            for (const auto& a : *it)
                if (a.is_string()) d.authors.push_back(a.get<std::string>());
        } else if (auto author = str(j, "author"); !author.empty()) {
            d.authors.push_back(author);
        }
        if (auto it = j.find("tags"); it != j.end() && it->is_array())
            for (const auto& t : *it)
                if (t.is_string()) d.tags.push_back(t.get<std::string>());
        if (auto it = j.find("meta_from"); it != j.end() && it->is_object()) {
            d.meta_from.title = str(*it, "title");
            d.meta_from.authors = str(*it, "authors");
            d.meta_from.date = str(*it, "date");
            d.meta_from.url = str(*it, "url");
        }
        if (auto it = j.find("paragraphs"); it != j.end() && it->is_array())
            for (const auto& p : *it) {
                if (!p.is_object()) continue;
                auto s = span(p, d.text, "document " + d.id + " paragraph");
                if (!s) continue;
                Paragraph para{*s};
                auto kind = str(p, "kind");
                para.kind = kind == "heading"   ? ParagraphKind::Heading
                            : kind == "caption" ? ParagraphKind::Caption
                                                : ParagraphKind::Body;
                if (auto h = p.find("heading"); h != p.end() && h->is_number_integer())
                    para.heading = std::int32_t(h->get<std::int64_t>());
                if (auto l = p.find("list"); l != p.end() && l->is_boolean())
                    para.list_item = l->get<bool>();
                d.paragraphs.push_back(para);
            }
        if (auto it = j.find("sentences"); it != j.end() && it->is_array())
            for (const auto& s : *it) {
                if (!s.is_array() || s.size() < 2 || !s[0].is_number_unsigned() ||
                    !s[1].is_number_unsigned())
                    continue;
                auto start = s[0].get<std::uint64_t>(), end = s[1].get<std::uint64_t>();
                if (start > end || end > d.text.size() || !is_char_boundary(d.text, start) ||
                    !is_char_boundary(d.text, end))
                    continue;
                std::int32_t para = s.size() > 2 && s[2].is_number_integer()
                                        ? std::int32_t(s[2].get<std::int64_t>())
                                        : -1;
                d.sentences.push_back({Span{std::uint32_t(start), std::uint32_t(end)}, para});
            }
        // Indexes between passages must point at what exists: a heading index at a heading
        // paragraph, a sentence's paragraph into the list; anything else becomes "none".
        const auto paragraphs = std::int32_t(d.paragraphs.size());
        for (auto& p : d.paragraphs)
            if (p.heading >= paragraphs ||
                (p.heading >= 0 &&
                 d.paragraphs[std::size_t(p.heading)].kind != ParagraphKind::Heading)) {
                warn("document " + d.id + " paragraph", "heading index points at no heading");
                p.heading = -1;
            } else if (p.heading < -1) {
                p.heading = -1;
            }
        for (auto& s : d.sentences)
            if (s.paragraph >= paragraphs || s.paragraph < -1) s.paragraph = -1;
        return d;
    }

    std::optional<Entity> entity(const Json& j,
                                 const std::unordered_map<std::string, DocIndex>& docs,
                                 const Corpus& corpus) {
        Entity e;
        e.id = str(j, "id");
        e.name = str(j, "name");
        auto type = entity_type_from_id(str(j, "type"));
        if (e.id.empty() || !type) {
            warn("entity '" + e.id + "'", "missing id or unknown type");
            return std::nullopt;
        }
        e.type = *type;
        if (e.name.empty()) e.name = e.id;
        e.region = region_from_id(str(j, "region"));
        if (e.region) e.regions |= region_bit(*e.region);
        if (auto it = j.find("regions"); it != j.end() && it->is_array())
            for (const auto& r : *it)
                if (r.is_string())
                    if (auto region = region_from_id(r.get<std::string>()))
                        e.regions |= region_bit(*region);
        e.affiliation = str(j, "affiliation");
        e.role = str(j, "role");
        if (auto it = j.find("discovered"); it != j.end() && it->is_boolean())
            e.discovered = it->get<bool>();
        if (auto it = j.find("aliases"); it != j.end() && it->is_array())
            for (const auto& a : *it)
                if (a.is_string()) e.aliases.push_back(a.get<std::string>());
        if (auto it = j.find("mentions"); it != j.end() && it->is_array())
            for (const auto& m : *it) {
                if (!m.is_object()) continue;
                auto doc = docs.find(str(m, "doc"));
                if (doc == docs.end()) continue;
                if (auto s =
                        span(m, corpus.documents[doc->second].text, "entity " + e.id + " mention"))
                    e.mentions.push_back({doc->second, *s});
            }
        return e;
    }

    std::optional<Link> link(const Json& j, const std::unordered_map<std::string, DocIndex>& docs,
                             const std::unordered_map<std::string, EntityIndex>& entities,
                             const Corpus& corpus) {
        auto source = entities.find(str(j, "source"));
        auto target = entities.find(str(j, "target"));
        auto kind = link_kind_from_id(str(j, "kind"));
        const std::string where = "link " + str(j, "source") + " - " + str(j, "target");
        if (source == entities.end() || target == entities.end() || !kind) {
            warn(where, "unknown entity or kind");
            return std::nullopt;
        }
        Link l;
        l.source = source->second;
        l.target = target->second;
        l.kind = *kind;
        l.topics = topics(j);
        if (auto it = j.find("from_knowledge_base"); it != j.end() && it->is_boolean())
            l.from_knowledge_base = it->get<bool>();
        else
            l.from_knowledge_base = !is_passage_kind(*kind);
        if (auto it = j.find("evidence"); it != j.end() && it->is_array())
            for (const auto& ev : *it) {
                if (!ev.is_object()) continue;
                auto doc = docs.find(str(ev, "doc"));
                if (doc == docs.end()) continue;
                auto s = span(ev, corpus.documents[doc->second].text, where);
                if (!s) continue;
                auto ev_kind = link_kind_from_id(str(ev, "kind"));
                l.evidence.push_back({doc->second, *s, ev_kind.value_or(l.kind), topics(ev)});
                // A direction names the link's two ends; anything else is ignored.
                const std::string from = str(ev, "source"), to = str(ev, "target");
                if (from == str(j, "source") && to == str(j, "target"))
                    l.evidence.back().direction = Direction::Forward;
                else if (from == str(j, "target") && to == str(j, "source"))
                    l.evidence.back().direction = Direction::Backward;
            }
        if (is_passage_kind(l.kind) && l.evidence.empty()) {
            warn(where, "a passage link without evidence");
            return std::nullopt;
        }
        return l;
    }

    // The "shard" object of a shard file; nullopt when absent or not a valid K of N.
    std::optional<ShardHeader> shard(const Json& root) {
        auto it = root.find("shard");
        if (it == root.end() || !it->is_object()) return std::nullopt;
        auto part = offset(*it, "part"), count = offset(*it, "of");
        if (!part || !count || *part < 1 || *part > *count) {
            warn("shard", "not a valid part K of N");
            return std::nullopt;
        }
        return ShardHeader{*part, *count, str(*it, "curation")};
    }

  private:
    const std::string& path_;
    Diagnostics& diagnostics_;
};

} // namespace

std::optional<Corpus> from_graph_json(std::string_view json, const std::string& path,
                                      Diagnostics& diagnostics, std::optional<ShardHeader>* shard) {
    if (auto depth = check_json_depth(json); !depth.empty()) {
        diagnostics.push_back({path, "not graph JSON: " + depth});
        return std::nullopt;
    }
    Json root = Json::parse(json, nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        diagnostics.push_back({path, "not valid JSON"});
        return std::nullopt;
    }
    if (auto it = root.find("format"); it == root.end() || *it != kGraphFormat) {
        diagnostics.push_back({path, "not a kgviz graph (expected \"format\": \"kgviz-graph/1\")"});
        return std::nullopt;
    }
    Reader reader(path, diagnostics);
    if (shard) *shard = reader.shard(root);
    Corpus corpus;
    std::unordered_map<std::string, DocIndex> docs;
    std::unordered_map<std::string, EntityIndex> entities;
    auto array = [&](const char* key) -> const Json& {
        static const Json empty = Json::array();
        auto it = root.find(key);
        return it != root.end() && it->is_array() ? *it : empty;
    };
    for (const auto& d : array("documents")) {
        if (!d.is_object()) continue;
        Document doc = reader.document(d);
        if (doc.id.empty() || docs.count(doc.id)) {
            reader.warn("document '" + doc.id + "'", "missing or duplicate id");
            continue;
        }
        docs.emplace(doc.id, DocIndex(corpus.documents.size()));
        corpus.documents.push_back(std::move(doc));
    }
    for (const auto& e : array("entities")) {
        if (!e.is_object()) continue;
        auto entity = reader.entity(e, docs, corpus);
        if (!entity) continue;
        if (entities.count(entity->id)) {
            reader.warn("entity '" + entity->id + "'", "duplicate id");
            continue;
        }
        entities.emplace(entity->id, EntityIndex(corpus.entities.size()));
        corpus.entities.push_back(std::move(*entity));
    }
    for (const auto& l : array("links")) {
        if (!l.is_object()) continue;
        if (auto link = reader.link(l, docs, entities, corpus))
            corpus.links.push_back(std::move(*link));
    }
    return corpus;
}

} // namespace kg
