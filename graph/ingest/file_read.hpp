// Reading one input file within a size limit (the size is checked before any byte is read).
#pragma once

#include "common/diagnostics.hpp"
#include "ingest/file_stat.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kg::ingestion {

// The file's bytes, or nullopt with `error` set ("file is 200.0 MB, over the 50 MB limit
// (--max-file-mb); skipped").
std::optional<std::string> read_file_limited(const std::filesystem::path& path,
                                             std::uint64_t max_bytes, std::string& error);

// How many of `files`, taken in order, fit in `max_total_bytes` of input (by the size on disk in
// their stats; files over `max_file_bytes`, not regular or not stat'ed count nothing). Every file
// from the first that does not fit on gets a diagnostic naming --max-corpus-mb; none of them is
// read.
std::size_t files_within_corpus_limit(const std::vector<InputFile>& files,
                                      std::uint64_t max_file_bytes, std::uint64_t max_total_bytes,
                                      Diagnostics& diagnostics);

} // namespace kg::ingestion
