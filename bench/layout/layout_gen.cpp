// layout_gen: writes seeded Barabasi-Albert or planted-partition edge lists for the benchmark.
#include "support/synthetic_graphs.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fputs("usage: layout_gen ba|pp|hub NODES [SEED] > EDGELIST\n"
                   "  ba: Barabasi-Albert, 2 links per new node\n"
                   "  pp: planted partition, blocks of ~100 nodes, mean degree 6 + 1 across\n"
                   "  hub: knowledge-graph-like hubs and spokes\n",
                   stderr);
        return 2;
    }
    const std::string_view kind = argv[1];
    const auto nodes = static_cast<std::uint32_t>(std::stoul(argv[2]));
    const std::uint64_t seed = argc > 3 ? std::stoull(argv[3]) : 1;
    kg::LayoutGraph g;
    if (kind == "ba")
        g = kg::make_barabasi_albert(nodes, 2, seed);
    else if (kind == "pp")
        g = kg::make_planted_partition(nodes, std::max(2u, nodes / 100), 6.0, 1.0, seed);
    else if (kind == "hub")
        g = kg::make_hub_fixture(nodes, seed);
    else {
        std::fprintf(stderr, "layout_gen: unknown kind '%s'\n", argv[1]);
        return 2;
    }
    std::printf("# %s %u seed %llu\n", argv[1], nodes, static_cast<unsigned long long>(seed));
    for (auto [u, v] : g.edges) std::printf("%u %u\n", u, v);
    return 0;
}
