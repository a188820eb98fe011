// Saved views on disk: name sanitizing, the view folder, and the recent-views settings list.
#include "explore/view_store.hpp"

#include "common/atomic_write.hpp"
#include "common/json_fields.hpp"
#include "common/small_file.hpp"
#include "common/utf8.hpp"

#include <algorithm>

namespace kg {
namespace {

constexpr std::size_t kMaxNameBytes = 100;

bool is_trimmed(char c) {
    return c == ' ' || c == '.';
}

} // namespace

std::string sanitize_view_name(std::string_view name) {
    std::string out;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F) continue;
        // Path separators (and ':' for Windows shares) become a harmless dash.
        out += (c == '/' || c == '\\' || c == ':') ? '-' : c;
    }
    // Leading dots would hide the file or climb out of the folder (".."); trailing dots and
    // spaces are trimmed too, so "a." and "a" are the same view.
    std::size_t b = 0;
    while (b < out.size() && is_trimmed(out[b])) ++b;
    std::size_t e = out.size();
    while (e > b && is_trimmed(out[e - 1])) --e;
    out = out.substr(b, e - b);
    if (out.size() > kMaxNameBytes) {
        std::size_t cut = kMaxNameBytes;
        while (cut > 0 && !is_char_boundary(out, cut)) --cut;
        out.resize(cut);
        while (!out.empty() && is_trimmed(out.back())) out.pop_back();
    }
    return out.empty() ? "view" : out;
}

std::filesystem::path ViewStore::file_for(std::string_view name) const {
    return folder_ / (sanitize_view_name(name) + ".json");
}

std::vector<std::string> ViewStore::list() const {
    std::vector<std::string> names;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(folder_, ec), end; !ec && it != end;
         it.increment(ec)) {
        const std::filesystem::path& p = it->path();
        const std::string file = p.filename().string();
        std::error_code fec;
        if (file.starts_with(".") || p.extension() != ".json" || !it->is_regular_file(fec))
            continue;
        names.push_back(p.stem().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::optional<std::string> ViewStore::save(SavedView view, Diagnostics& diagnostics) const {
    view.name = sanitize_view_name(view.name);
    std::error_code ec;
    std::filesystem::create_directories(folder_, ec);
    if (ec) {
        diagnostics.push_back(
            {folder_.string(), "cannot create the views folder: " + ec.message()});
        return std::nullopt;
    }
    const std::filesystem::path file = file_for(view.name);
    if (std::string err = write_file_atomically(file, view_to_json(view)); !err.empty()) {
        diagnostics.push_back({file.string(), err});
        return std::nullopt;
    }
    return view.name;
}

std::optional<SavedView> ViewStore::load(std::string_view name, Diagnostics& diagnostics) const {
    const std::filesystem::path file = file_for(name);
    const std::optional<std::string> bytes = read_small_file(file, diagnostics);
    if (!bytes) return std::nullopt;
    SavedView view = view_from_json(*bytes, file.string(), diagnostics);
    // The file name is the identity; a hand-edited "name" inside does not move it.
    view.name = sanitize_view_name(name);
    return view;
}

bool ViewStore::rename(std::string_view from, std::string_view to, Diagnostics& diagnostics) const {
    const std::filesystem::path src = file_for(from), dst = file_for(to);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(src, ec)) {
        diagnostics.push_back({src.string(), "no such view"});
        return false;
    }
    if (src == dst) return true;
    if (std::filesystem::exists(dst, ec)) {
        diagnostics.push_back({dst.string(), "a view with this name already exists"});
        return false;
    }
    std::optional<SavedView> view = load(from, diagnostics);
    if (!view) return false;
    view->name = sanitize_view_name(to);
    if (std::string err = write_file_atomically(dst, view_to_json(*view)); !err.empty()) {
        diagnostics.push_back({dst.string(), err});
        return false;
    }
    std::filesystem::remove(src, ec);
    if (ec)
        diagnostics.push_back({src.string(), "renamed, but the old file stays: " + ec.message(),
                               Diagnostic::Severity::Warning});
    return true;
}

bool ViewStore::remove(std::string_view name, Diagnostics& diagnostics) const {
    const std::filesystem::path file = file_for(name);
    std::error_code ec;
    if (!std::filesystem::remove(file, ec)) {
        diagnostics.push_back({file.string(), ec ? ec.message() : "no such view"});
        return false;
    }
    return true;
}

namespace {

// The settings object (empty when absent or unusable; a broken file is reported once).
nlohmann::json load_settings(const std::filesystem::path& settings, Diagnostics& diagnostics) {
    std::error_code ec;
    if (!std::filesystem::exists(settings, ec)) return nlohmann::json::object();
    const std::optional<std::string> bytes = read_small_file(settings, diagnostics);
    if (!bytes) return nlohmann::json::object();
    std::optional<nlohmann::json> j = parse_user_json(*bytes, settings.string(), diagnostics);
    if (!j || !j->is_object()) {
        if (j)
            diagnostics.push_back({settings.string(),
                                   "settings must be a JSON object; starting afresh",
                                   Diagnostic::Severity::Warning});
        return nlohmann::json::object();
    }
    return *j;
}

bool store_recent(const std::filesystem::path& settings, nlohmann::json j,
                  const std::vector<std::string>& recent, Diagnostics& diagnostics) {
    j["recent_views"] = recent;
    std::error_code ec;
    if (settings.has_parent_path()) std::filesystem::create_directories(settings.parent_path(), ec);
    if (std::string err = write_file_atomically(settings, dump_json(j)); !err.empty()) {
        diagnostics.push_back({settings.string(), err});
        return false;
    }
    return true;
}

std::vector<std::string> recent_from(const nlohmann::json& j, const std::string& path,
                                     Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (std::string& name : JsonFields(j, path, diagnostics).strings("recent_views")) {
        name = sanitize_view_name(name);
        if (std::find(out.begin(), out.end(), name) == out.end() && out.size() < kMaxRecentViews)
            out.push_back(std::move(name));
    }
    return out;
}

} // namespace

std::vector<std::string> load_recent_views(const std::filesystem::path& settings,
                                           Diagnostics& diagnostics) {
    return recent_from(load_settings(settings, diagnostics), settings.string(), diagnostics);
}

bool touch_recent_view(const std::filesystem::path& settings, std::string_view name,
                       Diagnostics& diagnostics) {
    nlohmann::json j = load_settings(settings, diagnostics);
    std::vector<std::string> recent = recent_from(j, settings.string(), diagnostics);
    const std::string clean = sanitize_view_name(name);
    std::erase(recent, clean);
    recent.insert(recent.begin(), clean);
    if (recent.size() > kMaxRecentViews) recent.resize(kMaxRecentViews);
    return store_recent(settings, std::move(j), recent, diagnostics);
}

bool forget_recent_view(const std::filesystem::path& settings, std::string_view name,
                        Diagnostics& diagnostics, std::string_view renamed_to) {
    nlohmann::json j = load_settings(settings, diagnostics);
    std::vector<std::string> recent = recent_from(j, settings.string(), diagnostics);
    const std::string clean = sanitize_view_name(name);
    if (renamed_to.empty())
        std::erase(recent, clean);
    else
        std::replace(recent.begin(), recent.end(), clean, sanitize_view_name(renamed_to));
    return store_recent(settings, std::move(j), recent, diagnostics);
}

} // namespace kg
