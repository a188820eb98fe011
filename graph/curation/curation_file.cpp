// Curation file JSON, one object per correction with only the fields its kind uses.
#include "curation/curation_file.hpp"

#include "common/atomic_write.hpp"
#include "common/json_fields.hpp"
#include "common/small_file.hpp"

namespace kg {
namespace {

nlohmann::ordered_json entry_to_json(const Correction& c) {
    if (c.kind == CorrectionKind::Unknown) {
        nlohmann::ordered_json raw = nlohmann::ordered_json::parse(c.raw, nullptr, false);
        if (!raw.is_discarded()) return raw;
    }
    nlohmann::ordered_json j;
    j["op"] = correction_kind_id(c.kind);
    j["entity"] = c.entity;
    if (!c.other.empty()) j["other"] = c.other;
    if (!c.value.empty()) j["value"] = c.value;
    if (!c.values.empty()) j["values"] = c.values;
    if (!c.name.empty()) j["name"] = c.name;
    if (!c.passage.doc_path.empty() || !c.passage.hash.empty())
        j["passage"] = {{"doc", c.passage.doc_path},
                        {"sentence_hash", c.passage.hash},
                        {"sentence", c.passage.text}};
    j["what"] = describe_correction(c);
    if (!c.why.empty()) j["why"] = c.why;
    return j;
}

std::optional<Correction> entry_from_json(const nlohmann::json& j, const std::string& where,
                                          Diagnostics& diagnostics) {
    if (!j.is_object()) {
        diagnostics.push_back(
            {where, "expected an object; skipped", Diagnostic::Severity::Warning});
        return std::nullopt;
    }
    const JsonFields f(j, where, diagnostics);
    Correction c;
    const std::string op = f.string("op");
    const auto kind = correction_kind_from_id(op);
    if (!kind) {
        diagnostics.push_back({where, "unknown correction '" + op + "'; kept as written",
                               Diagnostic::Severity::Warning});
        c.kind = CorrectionKind::Unknown;
        c.raw = dump_json(j, -1);
        c.raw.pop_back(); // the trailing newline
        return c;
    }
    c.kind = *kind;
    c.entity = f.string("entity");
    if (c.entity.empty()) {
        diagnostics.push_back({where, "no target entity; skipped", Diagnostic::Severity::Warning});
        return std::nullopt;
    }
    c.other = f.string("other");
    c.value = f.string("value");
    c.values = f.strings("values");
    c.name = f.string("name");
    c.what = f.string("what");
    c.why = f.string("why");
    if (const nlohmann::json* p = f.find("passage"); p && !p->is_null()) {
        const JsonFields pf(*p, where + ": passage", diagnostics);
        if (!p->is_object()) pf.warn("", "expected an object; ignored");
        c.passage = {pf.string("doc"), pf.string("sentence_hash"), pf.string("sentence")};
        if (c.passage.hash.empty() && !c.passage.text.empty())
            c.passage.hash = passage_hash(c.passage.text);
    }
    const bool needs_other =
        c.kind == CorrectionKind::Merge || c.kind == CorrectionKind::AcceptLink ||
        c.kind == CorrectionKind::RejectLink || c.kind == CorrectionKind::AcceptPassage ||
        c.kind == CorrectionKind::RejectPassage;
    if (needs_other && c.other.empty()) {
        diagnostics.push_back(
            {where, op + " needs \"other\"; skipped", Diagnostic::Severity::Warning});
        return std::nullopt;
    }
    if (std::string problem = correction_problem(c); !problem.empty()) {
        diagnostics.push_back({where, problem + "; skipped", Diagnostic::Severity::Warning});
        return std::nullopt;
    }
    return c;
}

} // namespace

std::filesystem::path find_curation_file(const std::vector<std::filesystem::path>& inputs,
                                         const std::filesystem::path& override_file) {
    if (!override_file.empty()) return override_file;
    if (inputs.empty()) return {};
    std::error_code ec;
    const std::filesystem::path& first = inputs.front();
    if (std::filesystem::is_directory(first, ec)) return first / kCurationFileName;
    const std::filesystem::path parent = first.parent_path();
    return (parent.empty() ? std::filesystem::path(".") : parent) / kCurationFileName;
}

std::string curation_to_json(const Curation& curation) {
    nlohmann::ordered_json j;
    j["format"] = kCurationFormat;
    j["corrections"] = nlohmann::ordered_json::array();
    for (const Correction& c : curation.corrections) j["corrections"].push_back(entry_to_json(c));
    return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

Curation curation_from_json(std::string_view json, const std::string& path,
                            Diagnostics& diagnostics) {
    Curation curation;
    const std::optional<nlohmann::json> parsed = parse_user_json(json, path, diagnostics);
    if (!parsed) return curation;
    if (!parsed->is_object()) {
        diagnostics.push_back({path, "a curation file must be a JSON object"});
        return curation;
    }
    const JsonFields f(*parsed, path, diagnostics);
    const std::string format = f.string("format", std::string(kCurationFormat));
    if (format != kCurationFormat) {
        diagnostics.push_back({path, "unsupported curation format '" + format + "'"});
        return curation;
    }
    const nlohmann::json* list = f.find("corrections");
    if (!list || list->is_null()) return curation;
    if (!list->is_array()) {
        f.warn("corrections", "expected a list; no corrections loaded");
        return curation;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string where = path + ": corrections[" + std::to_string(i) + "]";
        if (auto c = entry_from_json((*list)[i], where, diagnostics))
            curation.corrections.push_back(std::move(*c));
    }
    return curation;
}

Curation load_curation(const std::filesystem::path& file, Diagnostics& diagnostics,
                       bool must_exist) {
    if (file.empty()) return {};
    std::error_code ec;
    const std::filesystem::file_status link = std::filesystem::symlink_status(file, ec);
    if (link.type() == std::filesystem::file_type::not_found) {
        if (must_exist)
            diagnostics.push_back({file.string(), "no such curation file; no corrections applied"});
        return {};
    }
    if (ec) {
        diagnostics.push_back(
            {file.string(), "cannot read: " + ec.message() + "; no corrections applied"});
        return {};
    }
    // A link that leads nowhere is a file the analyst meant to use: say so, never ignore it.
    const std::filesystem::file_status target = std::filesystem::status(file, ec);
    if (ec == std::errc::too_many_symbolic_link_levels) {
        diagnostics.push_back({file.string(), "symbolic link loop; no corrections applied"});
        return {};
    }
    if (target.type() == std::filesystem::file_type::not_found) {
        std::error_code rec;
        const std::filesystem::path to = std::filesystem::read_symlink(file, rec);
        diagnostics.push_back(
            {file.string(), "symbolic link to a missing file" +
                                (rec ? std::string() : " ('" + to.string() + "')") +
                                "; no corrections applied"});
        return {};
    }
    const std::optional<std::string> bytes = read_small_file(file, diagnostics);
    if (!bytes) return {};
    return curation_from_json(*bytes, file.string(), diagnostics);
}

std::string save_curation(const std::filesystem::path& file, const Curation& curation) {
    return write_file_atomically(file, curation_to_json(curation));
}

} // namespace kg
