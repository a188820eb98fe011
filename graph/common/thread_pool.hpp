// Parallel loop over indices on std::jthread workers; the calling thread works too.
#pragma once

#include <cstddef>
#include <functional>
#include <stop_token>

namespace kg {

// Number of workers for `requested` (0 = one per hardware core), never more than `jobs`.
unsigned worker_count(unsigned requested, std::size_t jobs);

// Runs fn(i) for every i in [0, count) on `threads` threads (the caller is one of them).
// fn must not throw. `on_progress(done)` is called on the calling thread only. Items not yet
// started when `stop` is requested are skipped.
void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& fn,
                  std::stop_token stop = {},
                  const std::function<void(std::size_t done)>& on_progress = {});

} // namespace kg
