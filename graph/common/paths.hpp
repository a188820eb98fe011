// Where kgviz finds its assets and bundled corpus.
#pragma once

#include <filesystem>

namespace kg {

// The assets folder: $KGVIZ_ASSETS, else the source tree's assets/, else the installed share
// folder.
std::filesystem::path assets_dir();

// The user's data folder (views, sessions, corpus stores): $KGVIZ_DATA_DIR, else
// $XDG_DATA_HOME/kgviz, else ~/.local/share/kgviz, else ./.kgviz.
std::filesystem::path user_data_dir();

// The bundled corpus: the source tree's seeds/, else the installed share folder's.
std::filesystem::path bundled_corpus_dir();

} // namespace kg
