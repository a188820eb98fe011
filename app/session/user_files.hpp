// Where the app keeps what the user made outside the corpus: named views, the recent-views
// list and the autosaved session of each corpus.
#pragma once

#include "common/diagnostics.hpp"
#include "explore/saved_view.hpp"
#include "session/ui_state.hpp"

#include <filesystem>
#include <optional>
#include <vector>

namespace kg::app {

// $KGVIZ_DATA_DIR, else $XDG_DATA_HOME/kgviz, else ~/.local/share/kgviz, else ./.kgviz.
std::filesystem::path user_data_dir();

struct UserFiles {
    std::filesystem::path root;
    std::filesystem::path views() const { return root / "views"; }
    std::filesystem::path settings() const { return root / "settings.json"; }
    // The autosaved session of the corpus made of `inputs` (one file per set of inputs).
    std::filesystem::path session_for(const std::vector<std::filesystem::path>& inputs) const;
};

inline constexpr std::string_view kSessionFormat = "kgviz-session/1";

// The autosaved state of one corpus: the inputs (including articles the user added) and the view.
// The workspace around the canvas: how wide the side panel is and whether it is shown.
struct PanelLayout {
    float side_width = kSidePanelDefaultWidth; // window units
    bool side_shown = true;
    float reader_width = kReaderDefaultWidth; // window units; kept while the reader is closed
    bool operator==(const PanelLayout&) const = default;
};

struct Session {
    std::vector<std::filesystem::path> inputs;
    SavedView view;
    std::optional<PanelLayout> panels; // absent in sessions written before it existed
};

std::string session_to_json(const Session& session);
// Tolerant like views: nullopt (with a diagnostic) only when the file is not a session at all.
std::optional<Session> session_from_json(std::string_view json, const std::string& path,
                                         Diagnostics& diagnostics);

// Reads a session file; nullopt when it is missing (no diagnostic) or unusable (diagnostic).
std::optional<Session> load_session(const std::filesystem::path& file, Diagnostics& diagnostics);
// Writes atomically; returns the reason on failure, empty on success.
[[nodiscard]] std::string save_session(const std::filesystem::path& file, const Session& session);

} // namespace kg::app
