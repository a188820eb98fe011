// A folder of named saved views (one NAME.json each) and the recent-views list in settings.
#pragma once

#include "common/diagnostics.hpp"
#include "explore/saved_view.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kg {

// The file-system-safe form of a view name: no "/", "\\", control characters, leading dots
// or ".." (so a view is never written outside its folder), trimmed, at most 100 bytes,
// "view" when nothing is left. Readable names pass unchanged ("Middle East, 2021").
std::string sanitize_view_name(std::string_view name);

// Named views in one folder. Every method reports problems as diagnostics and never throws.
class ViewStore {
  public:
    explicit ViewStore(std::filesystem::path folder) : folder_(std::move(folder)) {}

    const std::filesystem::path& folder() const { return folder_; }
    // Names of the stored views (file stems), sorted.
    std::vector<std::string> list() const;
    // Writes `view` atomically under sanitize_view_name(view.name) (the stored name is the
    // sanitized one). Returns the name used, or nullopt on failure (with a diagnostic).
    std::optional<std::string> save(SavedView view, Diagnostics& diagnostics) const;
    // Loads a view tolerantly; nullopt when the file is missing or unreadable.
    std::optional<SavedView> load(std::string_view name, Diagnostics& diagnostics) const;
    // Renames a view (file and stored name); refuses to overwrite another view.
    bool rename(std::string_view from, std::string_view to, Diagnostics& diagnostics) const;
    // Deletes a view; false (with a diagnostic) when it does not exist.
    bool remove(std::string_view name, Diagnostics& diagnostics) const;
    // The file a name maps to (always inside folder()).
    std::filesystem::path file_for(std::string_view name) const;

  private:
    std::filesystem::path folder_;
};

// The recent-views list kept under "recent_views" in a small settings JSON file; other keys of
// that file are preserved. Most recent first, at most `kMaxRecentViews`, no duplicates.
inline constexpr std::size_t kMaxRecentViews = 10;
std::vector<std::string> load_recent_views(const std::filesystem::path& settings,
                                           Diagnostics& diagnostics);
// Moves `name` to the front of the list (adding it) and writes the settings atomically.
bool touch_recent_view(const std::filesystem::path& settings, std::string_view name,
                       Diagnostics& diagnostics);
// Removes `name` from the list (after a delete) or replaces it by `renamed_to` when given.
bool forget_recent_view(const std::filesystem::path& settings, std::string_view name,
                        Diagnostics& diagnostics, std::string_view renamed_to = {});

} // namespace kg
