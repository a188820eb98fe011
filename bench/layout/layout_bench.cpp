// layout_bench: lays out an edge list, prints the layout call's seconds and normalized stress.
#include "edge_list_io.hpp"
#include "layout/layout.hpp"
#include "layout/layout_quality.hpp"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <string>
#include <string_view>

namespace {

constexpr const char* kUsage =
    "usage: layout_bench EDGELIST [--algorithm NAME] [--seed N] [--out POSITIONS]\n"
    "                    [--score POSITIONS] [--keep-overlaps] [--sources N]\n"
    "  Lays out EDGELIST ('u v [weight]' per line, '#' comments) and prints the seconds of the "
    "layout\n"
    "  call and the normalized stress. --score scores POSITIONS ('id x y') instead of laying out.\n"
    "  --keep-overlaps skips the overlap removal pass. --sources: BFS sources of the stress "
    "sample\n"
    "  (default 256; 0 = every node, the exact value).\n"
    "  NAME: auto stress multilevel fr kk circle concentric\n";

} // namespace

int main(int argc, char** argv) {
    std::string edge_list, out_path, score_path;
    kg::LayoutOptions options;
    std::uint32_t sources = 256;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--algorithm" && has_value) {
            auto a = kg::layout_algorithm_from_id(argv[++i]);
            if (!a) {
                std::fprintf(stderr, "layout_bench: unknown algorithm '%s'\n%s", argv[i], kUsage);
                return 2;
            }
            options.algorithm = *a;
        } else if (arg == "--seed" && has_value) {
            options.seed = std::stoull(argv[++i]);
        } else if (arg == "--sources" && has_value) {
            sources = static_cast<std::uint32_t>(std::stoul(argv[++i]));
            if (sources == 0) sources = UINT32_MAX;
        } else if (arg == "--keep-overlaps") {
            options.remove_overlaps = false;
        } else if (arg == "--out" && has_value) {
            out_path = argv[++i];
        } else if (arg == "--score" && has_value) {
            score_path = argv[++i];
        } else if (!arg.empty() && arg[0] != '-' && edge_list.empty()) {
            edge_list = arg;
        } else {
            std::fputs(kUsage, stderr);
            return 2;
        }
    }
    if (edge_list.empty()) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    std::string error;
    auto input = kg::bench::read_edge_list(edge_list, error);
    if (!input) {
        std::fprintf(stderr, "layout_bench: %s\n", error.c_str());
        return 1;
    }
    std::vector<kg::Vec2> positions;
    double seconds = 0.0;
    double cpu_seconds = 0.0;
    if (!score_path.empty()) {
        auto read = kg::bench::read_positions(score_path, *input, error);
        if (!read) {
            std::fprintf(stderr, "layout_bench: %s\n", error.c_str());
            return 1;
        }
        positions = std::move(*read);
    } else {
        // CPU time too: on a shared, loaded machine it is the steadier of the two numbers.
        const std::clock_t cpu_start = std::clock();
        const auto start = std::chrono::steady_clock::now();
        positions = kg::compute_layout(input->graph, options);
        seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        cpu_seconds = double(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    }
    if (!out_path.empty() && !kg::bench::write_positions(out_path, *input, positions)) {
        std::fprintf(stderr, "layout_bench: %s: cannot write\n", out_path.c_str());
        return 1;
    }
    std::printf("nodes %u\nedges %zu\n", input->graph.node_count, input->graph.edges.size());
    if (score_path.empty()) std::printf("seconds %.4f\ncpu_seconds %.4f\n", seconds, cpu_seconds);
    std::printf("stress %.4f\n", kg::normalized_stress(input->graph, positions, sources));
    return 0;
}
