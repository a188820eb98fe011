// Bit-parallel multi-source BFS: one word of visited bits per node, one pass per level.
#include "layout/multi_source_bfs.hpp"

namespace kg::layout_detail {

void hops_from_many(const CsrGraph& g, const std::uint32_t* sources, std::uint32_t count,
                    float* out, std::size_t stride, MultiBfsScratch& scratch) {
    const auto n = static_cast<std::uint32_t>(boost::num_vertices(g));
    auto& seen = scratch.seen;
    auto& frontier = scratch.frontier;
    auto& next = scratch.next;
    seen.assign(n, 0);
    frontier.assign(n, 0);
    next.assign(n, 0);
    const auto& rows = g.m_forward.m_rowstart;
    const auto& cols = g.m_forward.m_column;
    for (std::uint32_t p = 0; p < count; ++p) {
        seen[sources[p]] |= std::uint64_t{1} << p;
        frontier[sources[p]] |= std::uint64_t{1} << p;
        out[std::size_t(sources[p]) * stride + p] = 0.0f;
    }
    for (float level = 1.0f;; level += 1.0f) {
        for (std::uint32_t v = 0; v < n; ++v) {
            const auto f = frontier[v];
            if (f == 0) continue;
            for (auto k = rows[v]; k < rows[v + 1]; ++k) next[cols[k]] |= f;
        }
        bool any = false;
        for (std::uint32_t u = 0; u < n; ++u) {
            auto fresh = next[u] & ~seen[u];
            next[u] = 0;
            frontier[u] = fresh;
            if (fresh == 0) continue;
            any = true;
            seen[u] |= fresh;
            while (fresh != 0) {
                const int p = __builtin_ctzll(fresh);
                fresh &= fresh - 1;
                out[std::size_t(u) * stride + p] = level;
            }
        }
        if (!any) break;
    }
}

} // namespace kg::layout_detail
