// Saved view JSON: writer with a fixed key order, tolerant reader, id clean-up.
#include "explore/saved_view.hpp"

#include "common/json_fields.hpp"
#include "explore/filter_spec_json.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_set>

namespace kg {
namespace {

constexpr std::array<std::string_view, 3> kThemes{"light", "dark", "print"};
constexpr std::array<std::string_view, 2> kColorBy{"type", "region"};
// Positions beyond this are surely corrupt; clamping keeps the camera maths finite.
constexpr double kMaxCoordinate = 1e7;

template <std::size_t N>
std::size_t choice(const JsonFields& f, std::string_view key,
                   const std::array<std::string_view, N>& ids) {
    const std::string v = f.string(key, std::string(ids[0]));
    for (std::size_t i = 0; i < N; ++i)
        if (v == ids[i]) return i;
    f.warn(key, "unknown value '" + v + "'; using '" + std::string(ids[0]) + "'");
    return 0;
}

// A [x, y] pair of finite numbers, else nullopt.
std::optional<Vec2> point(const nlohmann::json& j) {
    if (!j.is_array() || j.size() != 2 || !j[0].is_number() || !j[1].is_number())
        return std::nullopt;
    const double x = j[0].get<double>(), y = j[1].get<double>();
    if (!std::isfinite(x) || !std::isfinite(y)) return std::nullopt;
    return Vec2{float(std::clamp(x, -kMaxCoordinate, kMaxCoordinate)),
                float(std::clamp(y, -kMaxCoordinate, kMaxCoordinate))};
}

void read_camera(const JsonFields& f, SavedView& v) {
    const nlohmann::json* cam = f.find("camera");
    if (!cam || cam->is_null()) return;
    if (!cam->is_object()) return f.warn("camera", "expected an object; using the default");
    const JsonFields c(*cam, f.path() + ": camera", f.diagnostics());
    if (const nlohmann::json* center = c.find("center")) {
        if (auto p = point(*center))
            v.camera_center = *p;
        else
            c.warn("center", "expected [x, y]; using the default");
    }
    v.camera_zoom = float(c.number("zoom", 1.0, 1e-6, 1e6));
    if (const nlohmann::json* viewport = c.find("viewport"); viewport && !viewport->is_null()) {
        const std::optional<Vec2> p = point(*viewport);
        if (p && p->x >= kMinViewportSide && p->x <= kMaxViewportSide && p->y >= kMinViewportSide &&
            p->y <= kMaxViewportSide)
            v.camera_viewport = *p;
        else
            c.warn("viewport", "expected [width, height] in pixels; using the default");
    }
}

// Counts what one list of a view kept, skipped and dropped, and reports it once (finish()): a
// hostile view with millions of entries gives two diagnostics, not millions.
class ListReader {
  public:
    ListReader(const JsonFields& f, std::string_view key, std::size_t max, std::string_view bad)
        : f_(f), key_(key), max_(max), bad_(bad) {}
    void finish() const {
        if (bad_count_ > 0)
            f_.warn(key_, std::to_string(bad_count_) + (bad_count_ == 1 ? " item " : " items ") +
                              bad_ + "; skipped" +
                              (first_bad_.empty() ? "" : " (first: '" + first_bad_ + "')"));
        if (dropped_ > 0)
            f_.warn(key_, std::to_string(max_ + dropped_) + " entries, over the limit of " +
                              std::to_string(max_) + " per list; the last " +
                              std::to_string(dropped_) + " dropped");
    }
    // True when one more entry fits; counts it as dropped otherwise.
    bool room(std::size_t kept) {
        if (kept < max_) return true;
        ++dropped_;
        return false;
    }
    void bad(std::string_view what = {}) {
        if (bad_count_++ == 0) first_bad_ = std::string(what.substr(0, 80));
    }

  private:
    const JsonFields& f_;
    std::string key_;
    std::size_t max_;
    std::string bad_;
    std::size_t bad_count_ = 0, dropped_ = 0;
    std::string first_bad_;
};

// A list of entity ids, at most `max` of them.
std::vector<std::string> capped_strings(const JsonFields& f, std::string_view key,
                                        std::size_t max) {
    std::vector<std::string> out;
    const nlohmann::json* v = f.find(key);
    if (!v || v->is_null()) return out;
    if (!v->is_array()) {
        f.warn(key, "expected a list of strings; ignored");
        return out;
    }
    ListReader list(f, key, max, "that are not strings");
    for (const nlohmann::json& item : *v) {
        if (!item.is_string())
            list.bad();
        else if (list.room(out.size()))
            out.push_back(item.get<std::string>());
    }
    list.finish();
    return out;
}

// An object of id: [x, y] under `key` ("pinned", "positions").
void read_points(const JsonFields& f, const char* key,
                 std::vector<std::pair<std::string, Vec2>>& out, std::size_t max) {
    const nlohmann::json* points = f.find(key);
    if (!points || points->is_null()) return;
    if (!points->is_object()) return f.warn(key, "expected an object of id: [x, y]; ignored");
    ListReader list(f, key, max, "with a position that is not [x, y]");
    // Items come sorted by id, so the entries kept are the first ids, the same on every load.
    for (const auto& [id, pos] : points->items()) {
        if (auto p = point(pos)) {
            if (list.room(out.size())) out.emplace_back(id, *p);
        } else {
            list.bad(id);
        }
    }
    list.finish();
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
}

void write_points(nlohmann::ordered_json& j, const char* key,
                  std::vector<std::pair<std::string, Vec2>> points) {
    std::sort(points.begin(), points.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    j[key] = nlohmann::ordered_json::object();
    for (const auto& [id, p] : points) j[key][id] = {p.x, p.y};
}

void read_selection(const JsonFields& f, SavedView& v, std::size_t max) {
    const nlohmann::json* sel = f.find("selection");
    if (!sel || sel->is_null()) return;
    if (!sel->is_object()) return f.warn("selection", "expected an object; ignored");
    const JsonFields s(*sel, f.path() + ": selection", f.diagnostics());
    v.selected_entities = capped_strings(s, "entities", max);
    const nlohmann::json* links = s.find("links");
    if (!links || links->is_null()) return;
    if (!links->is_array()) return s.warn("links", "expected a list of [source, target]; ignored");
    ListReader list(s, "links", max, "that are not [source, target]");
    for (const nlohmann::json& l : *links) {
        if (!(l.is_array() && l.size() == 2 && l[0].is_string() && l[1].is_string()))
            list.bad();
        else if (list.room(v.selected_links.size()))
            v.selected_links.emplace_back(l[0].get<std::string>(), l[1].get<std::string>());
    }
    list.finish();
}

void read_notes(const JsonFields& f, SavedView& v, std::size_t max) {
    const nlohmann::json* notes = f.find("notes");
    if (!notes || notes->is_null()) return;
    if (!notes->is_array()) return f.warn("notes", "expected a list of notes; ignored");
    ListReader list(f, "notes", max, "that are not {entity or at, offset, text}");
    for (const nlohmann::json& n : *notes) {
        if (!n.is_object() || !n.contains("text") || !n["text"].is_string()) {
            list.bad();
            continue;
        }
        ViewNote note;
        note.text = n["text"].get<std::string>().substr(0, kMaxNoteText);
        if (const auto e = n.find("entity"); e != n.end() && e->is_string())
            note.entity = e->get<std::string>();
        const auto at = n.find("at");
        const std::optional<Vec2> at_point = at != n.end() ? point(*at) : std::nullopt;
        if (note.entity.empty() && !at_point) {
            list.bad(note.text);
            continue;
        }
        if (at_point) note.at = *at_point;
        if (const auto o = n.find("offset"); o != n.end())
            if (const std::optional<Vec2> p = point(*o)) note.offset = *p;
        if (list.room(v.notes.size())) v.notes.push_back(std::move(note));
    }
    list.finish();
}

void write_notes(nlohmann::ordered_json& j, const std::vector<ViewNote>& notes) {
    j["notes"] = nlohmann::ordered_json::array();
    for (const ViewNote& n : notes) {
        nlohmann::ordered_json o;
        if (n.entity.empty())
            o["at"] = {n.at.x, n.at.y};
        else
            o["entity"] = n.entity;
        o["offset"] = {n.offset.x, n.offset.y};
        o["text"] = n.text;
        j["notes"].push_back(std::move(o));
    }
}

} // namespace

std::string view_to_json(const SavedView& v) {
    nlohmann::ordered_json j;
    j["format"] = kViewFormat;
    j["name"] = v.name;
    j["filters"] = filter_spec_to_json(v.filters);
    j["camera"] = {{"center", {v.camera_center.x, v.camera_center.y}}, {"zoom", v.camera_zoom}};
    if (v.camera_viewport.x > 0 && v.camera_viewport.y > 0)
        j["camera"]["viewport"] = {v.camera_viewport.x, v.camera_viewport.y};
    write_points(j, "pinned", v.pinned);
    j["selection"]["entities"] = v.selected_entities;
    j["selection"]["links"] = nlohmann::ordered_json::array();
    for (const auto& [a, b] : v.selected_links) j["selection"]["links"].push_back({a, b});
    j["theme"] = kThemes[std::size_t(v.theme)];
    j["color_by"] = kColorBy[std::size_t(v.color_by)];
    j["labels_pinned"] = v.labels_pinned;
    write_points(j, "positions", v.positions);
    // Written only when there are some, so views without annotations read as before.
    if (!v.notes.empty()) write_notes(j, v.notes);
    if (!v.label_offsets.empty()) write_points(j, "label_offsets", v.label_offsets);
    return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

SavedView view_from_json(std::string_view json, const std::string& path, Diagnostics& diagnostics,
                         std::size_t max_entities) {
    SavedView v;
    const std::optional<nlohmann::json> parsed = parse_user_json(json, path, diagnostics);
    if (!parsed) return v;
    const nlohmann::json& j = *parsed;
    if (!j.is_object()) {
        diagnostics.push_back({path, "a view must be a JSON object"});
        return v;
    }
    const JsonFields f(j, path, diagnostics);
    const std::string format = f.string("format", std::string(kViewFormat));
    if (format != kViewFormat) {
        diagnostics.push_back({path, "unsupported view format '" + format + "'"});
        return v;
    }
    v.name = f.string("name");
    if (const nlohmann::json* filters = f.find("filters")) {
        v.filters = filter_spec_from_json(*filters, path + ": filters", diagnostics);
        if (const std::size_t n = v.filters.documents.size(); n > max_entities) {
            v.filters.documents.resize(max_entities);
            diagnostics.push_back({path + ": filters: documents",
                                   std::to_string(n) + " entries, over the limit of " +
                                       std::to_string(max_entities) + " per list; the last " +
                                       std::to_string(n - max_entities) + " dropped",
                                   Diagnostic::Severity::Warning});
        }
    }
    read_camera(f, v);
    read_points(f, "pinned", v.pinned, max_entities);
    read_selection(f, v, max_entities);
    v.theme = ViewTheme(choice(f, "theme", kThemes));
    v.color_by = ColorBy(choice(f, "color_by", kColorBy));
    v.labels_pinned = capped_strings(f, "labels_pinned", max_entities);
    read_points(f, "positions", v.positions, max_entities);
    read_notes(f, v, max_entities);
    read_points(f, "label_offsets", v.label_offsets, max_entities);
    return v;
}

void drop_missing_ids(SavedView& v, const Corpus& corpus, const std::string& path,
                      Diagnostics& diagnostics) {
    std::unordered_set<std::string_view> ids;
    for (const Entity& e : corpus.entities) ids.insert(e.id);
    // A view of another corpus can name 100,000 ids: the first few are listed, the rest counted.
    constexpr std::size_t kListed = 10;
    std::size_t dropped = 0;
    auto missing = [&](const std::string& id) {
        if (ids.count(id)) return false;
        if (dropped++ < kListed)
            diagnostics.push_back({path,
                                   "entity '" + id + "' no longer exists; dropped from the view",
                                   Diagnostic::Severity::Warning});
        return true;
    };
    std::erase_if(v.pinned, [&](const auto& p) { return missing(p.first); });
    std::erase_if(v.selected_entities, missing);
    std::erase_if(v.selected_links,
                  [&](const auto& l) { return missing(l.first) || missing(l.second); });
    std::erase_if(v.labels_pinned, missing);
    if (!v.filters.focus.empty() && missing(v.filters.focus)) v.filters.focus.clear();
    std::erase_if(v.positions, [&](const auto& p) { return !ids.count(p.first); });
    std::erase_if(v.notes,
                  [&](const ViewNote& n) { return !n.entity.empty() && missing(n.entity); });
    std::erase_if(v.label_offsets, [&](const auto& p) { return !ids.count(p.first); });
    if (dropped > kListed)
        diagnostics.push_back(
            {path,
             std::to_string(dropped - kListed) +
                 " more references to entities that no longer exist; dropped from the view",
             Diagnostic::Severity::Warning});
}

} // namespace kg
