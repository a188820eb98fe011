// Sidecar metadata: NAME.meta.json beside an input file overrides any metadata field.
#pragma once

#include "common/diagnostics.hpp"
#include "model/document.hpp"

#include <filesystem>
#include <string_view>

namespace kg::ingestion {

// The sidecar for `file`: "<stem>.meta.json", or "<file name>.meta.json"; empty if neither exists.
std::filesystem::path find_sidecar(const std::filesystem::path& file);

// Applies a sidecar's JSON text to `doc`: title, author/authors, date, source, url, tags.
// Bad JSON, wrong types and invalid dates are diagnostics naming `sidecar_path`.
void apply_sidecar_json(std::string_view json_text, const std::string& sidecar_path, Document& doc,
                        Diagnostics& diagnostics);

// False only when `folder` ("" for the working folder) was listed and has no "*.meta.json" entry,
// so that none of its files has a sidecar: one listing instead of two failed stats per file.
// True when it has one, or cannot be listed.
bool folder_may_have_sidecars(const std::filesystem::path& folder);

// Finds, reads and applies the sidecar of `file`, if there is one.
void apply_sidecar(const std::filesystem::path& file, Document& doc, Diagnostics& diagnostics);

} // namespace kg::ingestion
