// The parallel loop behind ingest and extract.
#include "common/thread_pool.hpp"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace kg {

unsigned worker_count(unsigned requested, std::size_t jobs) {
    unsigned n = requested ? requested : std::max(1u, std::thread::hardware_concurrency());
    return unsigned(std::max<std::size_t>(1, std::min<std::size_t>(n, jobs)));
}

void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& fn,
                  std::stop_token stop, const std::function<void(std::size_t)>& on_progress) {
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    auto work = [&](bool caller) {
        for (;;) {
            if (stop.stop_requested()) return;
            const std::size_t i = next.fetch_add(1, std::memory_order_relaxed);
            if (i >= count) return;
            fn(i);
            const std::size_t d = done.fetch_add(1, std::memory_order_acq_rel) + 1;
            if (caller && on_progress) on_progress(d);
        }
    };
    {
        std::vector<std::jthread> workers;
        const unsigned n = worker_count(threads, count);
        workers.reserve(n - 1);
        for (unsigned t = 1; t < n; ++t) workers.emplace_back([&] { work(false); });
        work(true);
    } // jthreads join here
    if (on_progress) on_progress(done.load());
}

} // namespace kg
