// LayoutWorker: compute_layout on its own std::jthread, with snapshots the UI thread polls.
#pragma once

#include "layout/layout.hpp"

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kg {

// What the UI thread sees of the latest request; immutable once published.
struct LayoutSnapshot {
    std::uint64_t generation = 0; // the request it belongs to (0: nothing requested yet)
    std::shared_ptr<const std::vector<Vec2>> positions; // latest positions; null before any
    float progress = 0.0f;                              // 0..1
    bool done = false; // final positions published (or the job failed)
    std::string error; // non-empty when the job threw; positions stay the last good
};

// Owns one worker thread per request; a new request cancels the running one through its
// stop_token. Each job works on its own copy of the graph and options.
class LayoutWorker {
  public:
    // Previews publish the positions in progress (a copy every 30 ms at most) for a UI that
    // draws the layout as it forms; the app draws only the final positions, so they are off by
    // default and compute_layout then skips assembling them.
    enum class Previews : bool { Off, On };

    explicit LayoutWorker(Previews previews = Previews::Off) : previews_(previews) {}
    // Cancels the running job and joins its thread.
    ~LayoutWorker();
    LayoutWorker(const LayoutWorker&) = delete;
    LayoutWorker& operator=(const LayoutWorker&) = delete;

    // Called on the worker's thread after each snapshot it publishes, so that an idle UI loop
    // wakes to look (glfwPostEmptyEvent, or a post to the main queue). Set it before request().
    // Progress is published when its whole percent changes, so a job wakes the UI about a
    // hundred times, however often the layout reports.
    void set_on_publish(std::function<void()> on_publish) { on_publish_ = std::move(on_publish); }

    // Cancels the running job and starts laying out `graph`; returns the new generation.
    std::uint64_t request(LayoutGraph graph, LayoutOptions options);

    // The latest snapshot (cheap: copies a shared_ptr under a lock). Call from the UI thread.
    LayoutSnapshot latest() const;

    // Asks the running job to stop; its snapshot then keeps the best positions so far.
    void cancel();

    // Blocks until the job of the current generation is done (tests, command line).
    void wait() const;

  private:
    // Publishes `s` unless a newer request superseded its generation.
    void publish(LayoutSnapshot s);
    void run(std::stop_token stop, std::uint64_t generation, LayoutGraph graph,
             LayoutOptions options);

    mutable std::mutex mutex_;
    mutable std::condition_variable done_changed_;
    LayoutSnapshot snapshot_;
    std::uint64_t generation_ = 0;
    std::function<void()> on_publish_;
    Previews previews_ = Previews::Off;
    std::jthread thread_; // last member: destroyed (stopped and joined) first
};

} // namespace kg
