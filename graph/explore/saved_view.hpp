// A saved view: the versioned, tolerant JSON projection of what the user sees ("kgviz-view/1").
#pragma once

#include "common/diagnostics.hpp"
#include "common/vec2.hpp"
#include "filter/filter_spec.hpp"
#include "model/corpus.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg {

inline constexpr std::string_view kViewFormat = "kgviz-view/1";

enum class ViewTheme : std::uint8_t { Light, Dark, Print };
enum class ColorBy : std::uint8_t { Type, Region };

// Everything a view restores. Entities are referenced by id, never by index, so a view
// survives re-extraction and added articles.
struct SavedView {
    std::string name;
    FilterSpec filters;
    Vec2 camera_center;
    float camera_zoom = 1.0f;
    std::vector<std::pair<std::string, Vec2>> pinned; // entity id -> world position, sorted by id
    std::vector<std::string> selected_entities;
    std::vector<std::pair<std::string, std::string>> selected_links; // (source id, target id)
    ViewTheme theme = ViewTheme::Light;
    ColorBy color_by = ColorBy::Type;
    std::vector<std::string> labels_pinned;

    friend bool operator==(const SavedView&, const SavedView&) = default;
};

// Serializes with a stable key order and pinned entries sorted by id.
std::string view_to_json(const SavedView& view);

// Tolerant load: missing keys take defaults, unknown keys are ignored, wrong types warn and
// take defaults; hostile text (deep nesting, huge numbers) never crashes. Only a file that is
// not a JSON object at all (or has another "format") is an error; then the default view is returned.
SavedView view_from_json(std::string_view json, const std::string& path, Diagnostics& diagnostics);

// Drops references to entities the corpus no longer has (warning per id), including a focus.
void drop_missing_ids(SavedView& view, const Corpus& corpus, const std::string& path,
                      Diagnostics& diagnostics);

} // namespace kg
