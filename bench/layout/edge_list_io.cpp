// Edge list and positions file reading/writing for layout_bench.
#include "edge_list_io.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace kg::bench {
namespace {

std::uint32_t dense_id(const std::vector<std::int64_t>& ids, std::int64_t id) {
    return static_cast<std::uint32_t>(std::lower_bound(ids.begin(), ids.end(), id) - ids.begin());
}

} // namespace

std::optional<EdgeListGraph> read_edge_list(const std::string& path, std::string& error) {
    std::ifstream in(path);
    if (!in) {
        error = path + ": cannot open";
        return std::nullopt;
    }
    std::vector<std::pair<std::int64_t, std::int64_t>> raw;
    std::vector<float> weights; // optional third column; 1 where missing
    bool weighted = false;
    std::string line;
    std::size_t line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos || line[first] == '#') continue;
        std::istringstream fields(line);
        std::int64_t u = 0, v = 0;
        if (!(fields >> u >> v)) {
            error = path + ":" + std::to_string(line_no) + ": expected two integer ids";
            return std::nullopt;
        }
        raw.emplace_back(u, v);
        double w = 1.0;
        if (fields >> w)
            weighted = true;
        else
            w = 1.0;
        weights.push_back(static_cast<float>(w));
    }
    EdgeListGraph out;
    for (auto [u, v] : raw) {
        out.file_ids.push_back(u);
        out.file_ids.push_back(v);
    }
    std::sort(out.file_ids.begin(), out.file_ids.end());
    out.file_ids.erase(std::unique(out.file_ids.begin(), out.file_ids.end()), out.file_ids.end());
    out.graph.node_count = static_cast<std::uint32_t>(out.file_ids.size());
    out.graph.edges.reserve(raw.size());
    for (auto [u, v] : raw)
        out.graph.edges.emplace_back(dense_id(out.file_ids, u), dense_id(out.file_ids, v));
    if (weighted) out.graph.edge_weights = std::move(weights);
    return out;
}

bool write_positions(const std::string& path, const EdgeListGraph& g,
                     const std::vector<Vec2>& pos) {
    std::ofstream out(path);
    for (std::size_t i = 0; i < pos.size() && i < g.file_ids.size(); ++i)
        out << g.file_ids[i] << ' ' << pos[i].x << ' ' << pos[i].y << '\n';
    return static_cast<bool>(out);
}

std::optional<std::vector<Vec2>> read_positions(const std::string& path, const EdgeListGraph& g,
                                                std::string& error) {
    std::ifstream in(path);
    if (!in) {
        error = path + ": cannot open";
        return std::nullopt;
    }
    std::vector<Vec2> pos(g.graph.node_count, kNoPosition);
    std::int64_t id = 0;
    double x = 0, y = 0;
    while (in >> id >> x >> y) {
        auto it = std::lower_bound(g.file_ids.begin(), g.file_ids.end(), id);
        if (it != g.file_ids.end() && *it == id)
            pos[it - g.file_ids.begin()] = Vec2{static_cast<float>(x), static_cast<float>(y)};
    }
    return pos;
}

} // namespace kg::bench
