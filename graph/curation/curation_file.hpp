// The curation file ("kgviz-curation/1"): where it lives, and reading/writing it tolerantly.
#pragma once

#include "common/diagnostics.hpp"
#include "curation/correction.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

inline constexpr std::string_view kCurationFormat = "kgviz-curation/1";
inline constexpr std::string_view kCurationFileName = "kgviz-curation.json";

// The curation file for a set of inputs: `override_file` (--curation FILE) when given, else
// kgviz-curation.json in the first input folder (or beside the first input file); empty when
// there are no inputs.
std::filesystem::path find_curation_file(const std::vector<std::filesystem::path>& inputs,
                                         const std::filesystem::path& override_file = {});

// Serializes all corrections; unknown entries are written back exactly as read.
std::string curation_to_json(const Curation& curation);

// Tolerant: bad entries are skipped with a diagnostic naming "PATH: corrections[i]"; entries of
// unknown kinds are kept (CorrectionKind::Unknown) so a newer file survives an older kgviz.
Curation curation_from_json(std::string_view json, const std::string& path,
                            Diagnostics& diagnostics);

// Reads the file. A missing file is an empty curation: silently when `must_exist` is false (the
// default file beside the corpus), with a diagnostic when true (--curation FILE). A symbolic link
// to a missing file, or a link loop, is always reported, as is an unreadable file.
Curation load_curation(const std::filesystem::path& file, Diagnostics& diagnostics,
                       bool must_exist = false);

// Writes atomically. Returns an empty string on success, else the reason.
[[nodiscard]] std::string save_curation(const std::filesystem::path& file,
                                        const Curation& curation);

} // namespace kg
