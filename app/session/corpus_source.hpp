// The app's corpus source: the paths given on the command line plus those the user opened or
// dropped. Loading it is the core's load_corpus (pipeline/corpus_loader.hpp), with the
// knowledge-base part of the curation only, leaving the rest to the CurationSession so every
// correction can be undone.
#pragma once

#include "pipeline/corpus_loader.hpp"

#include <filesystem>
#include <vector>

namespace kg::app {

// `source` with `paths` appended (those already present are skipped, compared canonically).
// Returns how many were new.
std::size_t add_inputs(CorpusSource& source, const std::vector<std::filesystem::path>& paths);

} // namespace kg::app
