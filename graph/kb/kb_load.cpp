// Reading knowledge-base files: JSON shape checks per file and per entry, never a throw.
#include "kb/knowledge_base.hpp"

#include "common/json_guard.hpp"
#include "kb/generated_cues.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

namespace kg {
namespace {

using nlohmann::json;

constexpr std::string_view kFormat = "kgviz-kb/1";

struct Reporter {
    const std::string& file;
    Diagnostics& out;
    void error(const std::string& entry, const std::string& message) const {
        out.push_back(
            {entry.empty() ? file : file + ":" + entry, message, Diagnostic::Severity::Error});
    }
    void warn(const std::string& entry, const std::string& message) const {
        out.push_back(
            {entry.empty() ? file : file + ":" + entry, message, Diagnostic::Severity::Warning});
    }
};

bool valid_id(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

// Reads an optional array of non-empty strings; wrong types are reported and skipped.
std::vector<std::string> string_list(const json& obj, const char* key, const std::string& entry,
                                     const Reporter& r) {
    std::vector<std::string> out;
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return out;
    if (!it->is_array()) {
        r.error(entry, std::string("\"") + key + "\" must be an array of strings");
        return out;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json& v = (*it)[i];
        if (!v.is_string() || v.get_ref<const std::string&>().empty())
            r.error(entry, std::string("\"") + key + "\"[" + std::to_string(i) +
                               "] must be a non-empty string");
        else
            out.push_back(v.get<std::string>());
    }
    return out;
}

// Reads an optional string field; a wrong type is reported and yields "".
std::string string_field(const json& obj, const char* key, const std::string& entry,
                         const Reporter& r) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return {};
    if (!it->is_string()) {
        r.error(entry, std::string("\"") + key + "\" must be a string");
        return {};
    }
    return it->get<std::string>();
}

RegionMask region_list(const json& obj, const std::string& entry, const Reporter& r) {
    RegionMask mask = 0;
    for (const std::string& id : string_list(obj, "regions", entry, r)) {
        if (auto reg = region_from_id(id))
            mask |= region_bit(*reg);
        else
            r.error(entry, "unknown region id \"" + id + "\" (dropped)");
    }
    return mask;
}

void load_entity(const json& e, std::size_t index, KnowledgeBase& kb, const Reporter& r) {
    std::string entry = "entities[" + std::to_string(index) + "]";
    if (!e.is_object()) return r.error(entry, "entry must be an object (skipped)");
    KbEntity out;
    out.id = string_field(e, "id", entry, r);
    if (!out.id.empty()) entry += " (" + out.id + ")";
    if (!valid_id(out.id))
        return r.error(entry,
                       "missing or malformed \"id\" (lower-case, digits, hyphens) (skipped)");
    out.name = string_field(e, "name", entry, r);
    if (out.name.empty()) return r.error(entry, "missing \"name\" (skipped)");
    std::string type = string_field(e, "type", entry, r);
    auto t = entity_type_from_id(type);
    if (!t || *t == EntityType::Issue)
        return r.error(entry, "\"type\" must be country, leader, organization or person, not \"" +
                                  type + "\" (skipped)");
    out.type = *t;
    std::string region = string_field(e, "region", entry, r);
    if (!region.empty()) {
        out.region = region_from_id(region);
        if (!out.region) return r.error(entry, "unknown region id \"" + region + "\" (skipped)");
    }
    if (out.type == EntityType::Country && !out.region)
        return r.error(entry, "a country needs exactly one \"region\" (skipped)");
    out.regions = region_list(e, entry, r);
    if (out.region) out.regions |= region_bit(*out.region);
    out.affiliation = string_field(e, "affiliation", entry, r);
    if (out.type == EntityType::Leader && out.affiliation.empty())
        return r.error(entry, "a leader needs an \"affiliation\" (a country id) (skipped)");
    out.role = string_field(e, "role", entry, r);
    out.aliases = string_list(e, "aliases", entry, r);
    out.members = string_list(e, "members", entry, r);
    out.origin = r.file + ":" + entry;
    kb.entities.push_back(std::move(out));
}

void load_topics(const json& topics, KnowledgeBase& kb, const Reporter& r) {
    if (!topics.is_array()) return r.error("topics", "\"topics\" must be an array");
    for (std::size_t i = 0; i < topics.size(); ++i) {
        std::string entry = "topics[" + std::to_string(i) + "]";
        const json& t = topics[i];
        if (!t.is_object()) {
            r.error(entry, "entry must be an object (skipped)");
            continue;
        }
        std::string id = string_field(t, "id", entry, r);
        auto topic = topic_from_id(id);
        if (!topic) {
            r.error(entry, "unknown topic id \"" + id + "\" (skipped)");
            continue;
        }
        entry += " (" + id + ")";
        auto& cues = kb.topic_cues[std::size_t(*topic)];
        bool seen = !cues.empty();
        for (std::string& cue : string_list(t, "cues", entry, r)) cues.push_back(std::move(cue));
        if (seen) continue; // a second block for the same topic only adds cues
        KbEntity issue;
        issue.id = std::string(id);
        issue.name = std::string(label(*topic));
        issue.type = EntityType::Issue;
        issue.regions = region_list(t, entry, r);
        issue.origin = r.file + ":" + entry;
        kb.entities.push_back(std::move(issue));
    }
}

void load_pairs(const json& pairs, KnowledgeBase& kb, const Reporter& r) {
    if (!pairs.is_object()) return r.error("pair", "\"pair\" must be an object of type -> phrases");
    for (auto it = pairs.begin(); it != pairs.end(); ++it) {
        auto type = entity_type_from_id(it.key());
        if (!type) {
            r.error("pair." + it.key(), "unknown entity type (skipped)");
            continue;
        }
        for (std::string& p : string_list(pairs, it.key().c_str(), "pair", r))
            kb.pair_cues[std::size_t(*type)].push_back(std::move(p));
    }
}

// "aliases": {"china": ["中国", ...]}: names for entities that any file may define.
void load_aliases(const json& aliases, KnowledgeBase& kb, const Reporter& r) {
    if (!aliases.is_object())
        return r.error("aliases", "\"aliases\" must be an object of id -> names");
    for (auto it = aliases.begin(); it != aliases.end(); ++it) {
        const std::string entry = "aliases." + it.key();
        if (!valid_id(it.key())) {
            r.error(entry, "malformed id (skipped)");
            continue;
        }
        std::size_t i = 0;
        for (std::string& a : string_list(aliases, it.key().c_str(), "aliases", r))
            kb.extra_aliases.push_back(
                {it.key(), std::move(a), r.file + ":" + entry + "[" + std::to_string(i++) + "]"});
    }
}

} // namespace

void load_knowledge_base_file(std::string_view bytes, const std::string& name, KnowledgeBase& kb,
                              Diagnostics& diagnostics) {
    Reporter r{name, diagnostics};
    if (bytes.size() > kMaxKbFileBytes)
        return r.error("", "file is larger than " + std::to_string(kMaxKbFileBytes >> 20) +
                               " MB (file skipped)");
    // Refused before parsing, so that no parser or destructor recurses on hostile nesting.
    if (std::string depth = check_json_depth(bytes); !depth.empty())
        return r.error("", "malformed JSON: " + depth + " (file skipped)");
    json doc;
    try {
        doc = json::parse(bytes);
    } catch (const json::exception& ex) {
        return r.error("", std::string("malformed JSON: ") + ex.what());
    }
    if (!doc.is_object()) return r.error("", "top level must be a JSON object");
    auto format = doc.find("format");
    if (format == doc.end() || !format->is_string() || format->get<std::string>() != kFormat)
        return r.error("", "\"format\" must be \"kgviz-kb/1\" (file skipped)");
    bool known = false;
    if (auto it = doc.find("entities"); it != doc.end()) {
        known = true;
        if (!it->is_array())
            r.error("entities", "\"entities\" must be an array");
        else
            for (std::size_t i = 0; i < it->size(); ++i) load_entity((*it)[i], i, kb, r);
    }
    if (auto it = doc.find("topics"); it != doc.end()) {
        known = true;
        load_topics(*it, kb, r);
    }
    for (auto [key, list] :
         {std::pair{"cooperation", &kb.cooperation_cues}, std::pair{"tension", &kb.tension_cues},
          std::pair{"meeting", &kb.meeting_cues}}) {
        if (!doc.contains(key)) continue;
        known = true;
        for (std::string& cue : string_list(doc, key, "", r)) list->push_back(std::move(cue));
    }
    if (auto it = doc.find("pair"); it != doc.end()) {
        known = true;
        load_pairs(*it, kb, r);
    }
    if (auto it = doc.find("aliases"); it != doc.end()) {
        known = true;
        load_aliases(*it, kb, r);
    }
    if (doc.contains("non_entities")) {
        known = true;
        const std::size_t before = kb.non_entities.size();
        for (std::string& p : string_list(doc, "non_entities", "", r)) {
            std::string origin =
                name + ":non_entities[" + std::to_string(kb.non_entities.size() - before) + "]";
            kb.non_entities.push_back({std::move(p), std::move(origin)});
        }
    }
    if (!known)
        r.warn("", "no \"entities\", \"topics\", link cues, \"aliases\" or \"non_entities\": "
                   "nothing loaded");
}

namespace {

// Every *.json file of `kb_dir` into `kb`, in name order: the first definition of an id wins.
void load_folder(const std::filesystem::path& kb_dir, KnowledgeBase& kb, Diagnostics& diagnostics) {
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (std::filesystem::directory_iterator it(kb_dir, ec), end; !ec && it != end;
         it.increment(ec))
        if (it->path().extension() == ".json" && it->is_regular_file(ec))
            files.push_back(it->path());
    if (ec)
        diagnostics.push_back(
            {kb_dir.string(), "cannot read knowledge base folder: " + ec.message()});
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            diagnostics.push_back({path.string(), "cannot read file"});
            continue;
        }
        std::string bytes;
        char chunk[1 << 14];
        // Reads at most one byte past the limit: enough for load_knowledge_base_file to refuse it.
        while (bytes.size() <= kMaxKbFileBytes && (in.read(chunk, sizeof chunk) || in.gcount() > 0))
            bytes.append(chunk, std::size_t(in.gcount()));
        load_knowledge_base_file(bytes, path.string(), kb, diagnostics);
    }
}

} // namespace

KnowledgeBase load_knowledge_base(const std::filesystem::path& kb_dir, Diagnostics& diagnostics) {
    KnowledgeBase kb;
    load_folder(kb_dir, kb, diagnostics);
    finish_knowledge_base(kb, diagnostics);
    return kb;
}

KnowledgeBase load_default_knowledge_base(const std::filesystem::path& kb_dir,
                                          Diagnostics& diagnostics) {
    KnowledgeBase kb;
    load_folder(kb_dir, kb, diagnostics);
    load_knowledge_base_file(generated_link_cues(), "link_cues_wordnet.json (generated)", kb,
                             diagnostics);
    finish_knowledge_base(kb, diagnostics);
    return kb;
}

} // namespace kg
