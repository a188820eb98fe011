// Plain-text edge lists ("u v [weight]" per line, # comments) and positions files ("id x y") for
// the bench.
#pragma once

#include "layout/layout.hpp"

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace kg::bench {

// A graph read from an edge list: dense node ids 0..n-1 plus the file's id of each.
struct EdgeListGraph {
    LayoutGraph graph;
    std::vector<std::int64_t> file_ids; // dense id -> id in the file, ascending
};

// Reads `path`; on failure returns nullopt and writes "PATH: reason" to `error`.
std::optional<EdgeListGraph> read_edge_list(const std::string& path, std::string& error);

// Writes "id x y" lines with the file's ids.
bool write_positions(const std::string& path, const EdgeListGraph& g, const std::vector<Vec2>& pos);

// Reads an "id x y" file (other tools' output); ids not in `g` are ignored, missing ones
// stay kNoPosition.
std::optional<std::vector<Vec2>> read_positions(const std::string& path, const EdgeListGraph& g,
                                                std::string& error);

} // namespace kg::bench
