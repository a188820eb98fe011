// Sidecar metadata files: the user's correction always wins.
#include "ingest/sidecar.hpp"

#include "ingest/dates.hpp"
#include "ingest/file_read.hpp"
#include "ingest/language.hpp"
#include "ingest/metadata.hpp"

#include <nlohmann/json.hpp>

namespace kg::ingestion {
namespace {

constexpr std::uint64_t kMaxSidecarBytes = 1 << 20;

using Json = nlohmann::json;

// A string, or an array of strings, as a list; nullopt for any other type.
std::optional<std::vector<std::string>> string_list(const Json& v) {
    std::vector<std::string> out;
    if (v.is_string()) {
        out.push_back(v.get<std::string>());
        return out;
    }
    if (!v.is_array()) return std::nullopt;
    for (const auto& item : v) {
        if (!item.is_string()) return std::nullopt;
        out.push_back(item.get<std::string>());
    }
    return out;
}

} // namespace

std::filesystem::path find_sidecar(const std::filesystem::path& file) {
    std::error_code ec;
    for (auto candidate : {file.parent_path() / (file.stem().string() + ".meta.json"),
                           file.parent_path() / (file.filename().string() + ".meta.json")})
        if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
    return {};
}

bool folder_may_have_sidecars(const std::filesystem::path& folder) {
    std::error_code ec;
    std::filesystem::directory_iterator it(folder.empty() ? std::filesystem::path(".") : folder,
                                           ec);
    for (; !ec && it != std::filesystem::directory_iterator(); it.increment(ec))
        if (it->path().filename().native().ends_with(".meta.json")) return true;
    return bool(ec); // a folder that cannot be listed is probed file by file, as before
}

void apply_sidecar_json(std::string_view json_text, const std::string& sidecar_path, Document& doc,
                        Diagnostics& diagnostics) {
    const Json j = Json::parse(json_text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
        diagnostics.push_back({sidecar_path, "not a JSON object; sidecar ignored"});
        return;
    }
    auto warn = [&](const std::string& message) {
        diagnostics.push_back({sidecar_path, message, Diagnostic::Severity::Warning});
    };
    for (const auto& [key, value] : j.items()) {
        if (key == "title" || key == "source" || key == "url" || key == "date") {
            if (!value.is_string()) {
                warn("field '" + key + "' must be a string; ignored");
                continue;
            }
            const std::string s = value.get<std::string>();
            if (key == "title") doc.title = s, doc.meta_from.title = "sidecar";
            if (key == "source") doc.source = s;
            if (key == "url") doc.url = s, doc.meta_from.url = "sidecar";
            if (key == "date") {
                const std::string iso = parse_date(s);
                if (iso.empty() && !s.empty())
                    warn("date '" + s + "' is not a date; ignored");
                else
                    doc.date = iso, doc.meta_from.date = "sidecar";
            }
        } else if (key == "language") {
            const std::string tag =
                value.is_string() ? primary_language_tag(value.get<std::string>()) : "";
            if (tag.empty())
                warn(
                    "field 'language' must be a language tag such as \"en\" or \"zh-CN\"; ignored");
            else
                doc.language = tag;
        } else if (key == "author" || key == "authors" || key == "tags") {
            const auto list = string_list(value);
            if (!list) {
                warn("field '" + key + "' must be a string or a list of strings; ignored");
                continue;
            }
            if (key == "tags") {
                doc.tags = *list;
            } else {
                // A list is taken as given; one string may name several people.
                doc.authors = list->size() == 1 ? split_authors(list->front()) : *list;
                doc.meta_from.authors = "sidecar";
            }
        } else {
            warn("unknown field '" + key + "' ignored");
        }
    }
}

void apply_sidecar(const std::filesystem::path& file, Document& doc, Diagnostics& diagnostics) {
    const std::filesystem::path sidecar = find_sidecar(file);
    if (sidecar.empty()) return;
    std::string error;
    const auto bytes = read_file_limited(sidecar, kMaxSidecarBytes, error);
    if (!bytes) {
        diagnostics.push_back({sidecar.generic_string(), error});
        return;
    }
    apply_sidecar_json(*bytes, sidecar.generic_string(), doc, diagnostics);
}

} // namespace kg::ingestion
