// Filter and exploration timings on a seed-sized corpus (300 entities / 1,500 links) and a large
// one (20,000 / 100,000). Targets: a filter under 16 ms on the seeds, under 100 ms at 20k nodes.
#include "synthetic_corpus.hpp"

#include "explore/paths.hpp"
#include "explore/search.hpp"
#include "filter/filter.hpp"
#include "filter/prominence.hpp"

#include <benchmark/benchmark.h>

#include <map>

namespace kg::bench {
namespace {

struct Fixture {
    Corpus corpus;
    KnowledgeGraph graph;
};

// One corpus per size, built once (the generator is not what is measured).
const Fixture& fixture(std::size_t entities) {
    static std::map<std::size_t, Fixture> cache;
    auto it = cache.find(entities);
    if (it == cache.end()) {
        Fixture f;
        f.corpus =
            synthetic_corpus(entities, entities * 5, std::max<std::size_t>(20, entities / 40));
        f.graph = build_knowledge_graph(f.corpus);
        it = cache.emplace(entities, std::move(f)).first;
    }
    return it->second;
}

void run_filter(benchmark::State& state, const FilterSpec& spec) {
    const Fixture& f = fixture(std::size_t(state.range(0)));
    std::size_t visible = 0;
    for (auto _ : state) {
        FilterResult r = apply_filter(f.corpus, f.graph, spec);
        visible = r.visible_nodes;
        benchmark::DoNotOptimize(r);
    }
    state.counters["visible_nodes"] = double(visible);
}

void BM_FilterDefault(benchmark::State& state) {
    run_filter(state, {});
}

void BM_FilterRegionTopicDates(benchmark::State& state) {
    FilterSpec s;
    s.regions = region_bit(Region::MiddleEast) | region_bit(Region::Europe);
    s.keep_partners = true;
    s.topics = topic_bit(Topic::Energy) | topic_bit(Topic::Sanctions);
    s.date_from = "2017";
    s.date_to = "2021-06";
    s.min_weight = 2;
    run_filter(state, s);
}

void BM_FilterEgoTwoHops(benchmark::State& state) {
    FilterSpec s;
    s.focus = "e000001";
    s.hops = 2;
    run_filter(state, s);
}

void BM_BuildGraph(benchmark::State& state) {
    const Fixture& f = fixture(std::size_t(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(build_knowledge_graph(f.corpus));
}

void BM_SearchTypo(benchmark::State& state) {
    const Fixture& f = fixture(std::size_t(state.range(0)));
    const EntitySearch search(f.corpus);
    for (auto _ : state) benchmark::DoNotOptimize(search.find("entiyt 123"));
}

void BM_ShortestPath(benchmark::State& state) {
    const Fixture& f = fixture(std::size_t(state.range(0)));
    const FilterResult all = apply_filter(f.corpus, f.graph, {});
    const EntityIndex to = EntityIndex(f.corpus.entities.size() - 3);
    for (auto _ : state) benchmark::DoNotOptimize(find_path(f.corpus, f.graph, all, 2, to));
}

// What the Paths panel computes when its ends or the filter change (Yen, five paths).
void BM_FiveShortestPaths(benchmark::State& state) {
    const Fixture& f = fixture(std::size_t(state.range(0)));
    const FilterResult all = apply_filter(f.corpus, f.graph, {});
    const EntityIndex to = EntityIndex(f.corpus.entities.size() - 3);
    for (auto _ : state) benchmark::DoNotOptimize(find_paths(f.corpus, f.graph, all, 2, to, 5));
}

// What a big corpus opens on: the budget's weight floor found (one filter run), then the
// budgeted filter the canvas shows.
void BM_FilterProminenceBudget(benchmark::State& state) {
    const Fixture& f = fixture(std::size_t(state.range(0)));
    std::size_t visible = 0;
    for (auto _ : state) {
        const FilterSpec spec = with_prominence_budget(f.corpus, f.graph, {}, kDefaultTopEntities);
        FilterResult r = apply_filter(f.corpus, f.graph, spec);
        visible = r.visible_nodes;
        benchmark::DoNotOptimize(r);
    }
    state.counters["visible_nodes"] = double(visible);
}

#define KGVIZ_SIZES ->Arg(300)->Arg(20000)->Unit(benchmark::kMillisecond)
BENCHMARK(BM_FilterDefault) KGVIZ_SIZES;
BENCHMARK(BM_FilterRegionTopicDates) KGVIZ_SIZES;
BENCHMARK(BM_FilterEgoTwoHops) KGVIZ_SIZES;
BENCHMARK(BM_FilterProminenceBudget) KGVIZ_SIZES;
BENCHMARK(BM_BuildGraph) KGVIZ_SIZES;
BENCHMARK(BM_SearchTypo) KGVIZ_SIZES;
BENCHMARK(BM_ShortestPath) KGVIZ_SIZES;
BENCHMARK(BM_FiveShortestPaths) KGVIZ_SIZES;

} // namespace
} // namespace kg::bench

BENCHMARK_MAIN();
