// A saved view: the versioned, tolerant JSON projection of what the user sees ("kgviz-view/1").
#pragma once

#include "common/diagnostics.hpp"
#include "common/vec2.hpp"
#include "filter/filter_spec.hpp"
#include "model/corpus.hpp"
#include "view/figure_size.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg {

inline constexpr std::string_view kViewFormat = "kgviz-view/1";

// The most entries a view keeps in each of its lists (pinned, selected entities and links, pinned
// labels, the documents filter); the rest are dropped with one diagnostic per list.
inline constexpr std::size_t kMaxViewEntities = 100000;
// The sizes a saved camera viewport may have, in pixels.
inline constexpr float kMinViewportSide = 16.0f;
inline constexpr float kMaxViewportSide = float(kMaxFigureSide);

enum class ViewTheme : std::uint8_t { Light, Dark, Print };
enum class ColorBy : std::uint8_t { Type, Region };

// A briefing callout: text in a small box tied by a leader line to an entity (by id) or, when
// `entity` is empty, to the world point `at`. The box's top-left is `offset` canvas pixels from
// that anchor, so it follows its node and keeps its size on screen.
struct ViewNote {
    std::string entity;
    Vec2 at;
    Vec2 offset;
    std::string text;
    friend bool operator==(const ViewNote&, const ViewNote&) = default;
};

// The most characters a note keeps (a callout, not an essay).
inline constexpr std::size_t kMaxNoteText = 2000;

// Everything a view restores. Entities are referenced by id, never by index, so a view
// survives re-extraction and added articles.
struct SavedView {
    std::string name;
    FilterSpec filters;
    Vec2 camera_center;
    float camera_zoom = 1.0f;
    // The size in pixels of the canvas the camera framed ({0, 0}: unknown). The zoom belongs to
    // it: an export at another size scales the zoom so that it shows the same region.
    Vec2 camera_viewport;
    std::vector<std::pair<std::string, Vec2>> pinned; // entity id -> world position, sorted by id
    std::vector<std::string> selected_entities;
    std::vector<std::pair<std::string, std::string>> selected_links; // (source id, target id)
    ViewTheme theme = ViewTheme::Light;
    ColorBy color_by = ColorBy::Type;
    std::vector<std::string> labels_pinned;
    // World positions of the entities the view showed, sorted by id: the map itself, so a view
    // (and the autosaved session) brings back the same picture after a restart or added articles.
    std::vector<std::pair<std::string, Vec2>> positions;
    // Briefing annotations (absent in views written before them): callouts, and labels the
    // analyst dragged, as the label box's top-left less its node's centre in canvas pixels.
    std::vector<ViewNote> notes;
    std::vector<std::pair<std::string, Vec2>> label_offsets; // sorted by id

    friend bool operator==(const SavedView&, const SavedView&) = default;
};

// Serializes with a stable key order and pinned entries sorted by id.
std::string view_to_json(const SavedView& view);

// Tolerant load: missing keys take defaults, unknown keys are ignored, wrong types warn and
// take defaults; hostile text (deep nesting, huge numbers) never crashes. Only a file that is
// not a JSON object at all (or has another "format") is an error; then the default view is
// returned. Each list keeps at most `max_entities` entries (the first ones; pins by id); the excess
// is dropped with a warning, and items of the wrong type are reported once per list with a count.
SavedView view_from_json(std::string_view json, const std::string& path, Diagnostics& diagnostics,
                         std::size_t max_entities = kMaxViewEntities);

// Drops references to entities the corpus no longer has, including a focus: a warning per id for
// the first ten, then one warning with the count of the rest. Positions of vanished entities go
// without a word: merges and re-extraction retire ids as a matter of course.
void drop_missing_ids(SavedView& view, const Corpus& corpus, const std::string& path,
                      Diagnostics& diagnostics);

} // namespace kg
