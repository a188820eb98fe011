// Graph JSON ("kgviz-graph/1" of shared/spec/interfaces.md): the output of `kgviz extract`
// and the app's cache. Writing extends the contract (passages, roles, flags); reading
// accepts anything the contract allows and reports what it cannot use.
#pragma once

#include "common/diagnostics.hpp"
#include "model/corpus.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace kg {

inline constexpr std::string_view kGraphFormat = "kgviz-graph/1";

// Serializes the corpus. `indent` < 0 writes one compact line.
std::string to_graph_json(const Corpus& corpus, int indent = 2);

// Parses graph JSON read from `path`. Bad entries become diagnostics and are skipped;
// nullopt only when the whole file is unusable (not JSON, wrong format).
std::optional<Corpus> from_graph_json(std::string_view json, const std::string& path,
                                      Diagnostics& diagnostics);

} // namespace kg
