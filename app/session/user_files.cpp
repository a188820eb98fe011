// User data folder and the session file.
#include "session/user_files.hpp"

#include "common/atomic_write.hpp"
#include "common/json_guard.hpp"
#include "common/paths.hpp"
#include "common/small_file.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <functional>
#include <system_error>

namespace kg::app {
namespace {

std::string canonical_string(const std::filesystem::path& p) {
    std::error_code ec;
    const std::filesystem::path c =
        std::filesystem::weakly_canonical(std::filesystem::absolute(p, ec), ec);
    return (ec ? p : c).string();
}

} // namespace

std::filesystem::path user_data_dir() {
    return kg::user_data_dir();
}

std::filesystem::path
UserFiles::session_for(const std::vector<std::filesystem::path>& inputs) const {
    // The same corpus opened from another working directory maps to the same session.
    std::string key;
    for (const auto& p : inputs) key += canonical_string(p) + '\n';
    std::uint64_t h = 1469598103934665603ull; // FNV-1a: stable across runs, unlike std::hash
    for (unsigned char c : key) h = (h ^ c) * 1099511628211ull;
    char name[40];
    std::snprintf(name, sizeof name, "%016llx.json", static_cast<unsigned long long>(h));
    return root / "sessions" / name;
}

std::string session_to_json(const Session& session) {
    nlohmann::json j;
    j["format"] = kSessionFormat;
    j["inputs"] = nlohmann::json::array();
    for (const auto& p : session.inputs) j["inputs"].push_back(p.string());
    j["view"] = nlohmann::json::parse(view_to_json(session.view));
    if (session.panels)
        j["panels"] = {{"side_width", session.panels->side_width},
                       {"side_shown", session.panels->side_shown},
                       {"reader_width", session.panels->reader_width}};
    // A path that is not valid UTF-8 must not make the autosave throw.
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::optional<Session> session_from_json(std::string_view json, const std::string& path,
                                         Diagnostics& diagnostics) {
    if (std::string why = check_json_depth(json); !why.empty()) {
        diagnostics.push_back({path, why});
        return std::nullopt;
    }
    const nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
    if (j.is_discarded() || !j.is_object() || j.value("format", std::string()) != kSessionFormat) {
        diagnostics.push_back(
            {path, "not a kgviz session file (expected \"format\": \"kgviz-session/1\")"});
        return std::nullopt;
    }
    Session s;
    if (const auto it = j.find("inputs"); it != j.end() && it->is_array())
        for (const auto& p : *it)
            if (p.is_string()) s.inputs.emplace_back(p.get<std::string>());
    if (const auto it = j.find("view"); it != j.end() && it->is_object())
        s.view = view_from_json(it->dump(), path, diagnostics);
    // Tolerant: a missing or odd field keeps the default.
    if (const auto it = j.find("panels"); it != j.end() && it->is_object()) {
        PanelLayout p;
        if (const auto w = it->find("side_width"); w != it->end() && w->is_number())
            p.side_width = w->get<float>();
        if (const auto v = it->find("side_shown"); v != it->end() && v->is_boolean())
            p.side_shown = v->get<bool>();
        if (const auto w = it->find("reader_width"); w != it->end() && w->is_number())
            p.reader_width = w->get<float>();
        s.panels = p;
    }
    return s;
}

std::optional<Session> load_session(const std::filesystem::path& file, Diagnostics& diagnostics) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return std::nullopt;
    const std::optional<std::string> text = read_small_file(file, diagnostics);
    if (!text) return std::nullopt;
    return session_from_json(*text, file.string(), diagnostics);
}

std::string save_session(const std::filesystem::path& file, const Session& session) {
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    if (ec) return "cannot create " + file.parent_path().string() + ": " + ec.message();
    return write_file_atomically(file, session_to_json(session));
}

} // namespace kg::app
