// LayoutWorker: one jthread per request, snapshots under a mutex, no exception escapes.
#include "layout/layout_worker.hpp"

#include <chrono>
#include <exception>

namespace kg {
namespace {

// Previews faster than the UI can draw them only cost copies.
constexpr auto kPreviewInterval = std::chrono::milliseconds(30);

} // namespace

LayoutWorker::~LayoutWorker() {
    thread_.request_stop();
    if (thread_.joinable()) thread_.join();
}

std::uint64_t LayoutWorker::request(LayoutGraph graph, LayoutOptions options) {
    // Stop and join the old job first: one worker thread at a time, and its late publishes
    // are ignored anyway because the generation moved on.
    thread_.request_stop();
    if (thread_.joinable()) thread_.join();
    std::uint64_t generation = 0;
    {
        std::lock_guard lock(mutex_);
        generation = ++generation_;
        auto previous = snapshot_.positions;
        snapshot_ = LayoutSnapshot{};
        snapshot_.generation = generation;
        snapshot_.positions = std::move(previous); // keep drawing the old picture meanwhile
    }
    thread_ = std::jthread([this, generation, g = std::move(graph),
                            o = std::move(options)](std::stop_token stop) mutable {
        run(std::move(stop), generation, std::move(g), std::move(o));
    });
    return generation;
}

LayoutSnapshot LayoutWorker::latest() const {
    std::lock_guard lock(mutex_);
    return snapshot_;
}

void LayoutWorker::cancel() {
    thread_.request_stop();
}

void LayoutWorker::wait() const {
    std::unique_lock lock(mutex_);
    if (generation_ == 0) return;
    done_changed_.wait(lock, [&] { return snapshot_.done || snapshot_.generation != generation_; });
}

void LayoutWorker::publish(LayoutSnapshot s) {
    {
        std::lock_guard lock(mutex_);
        if (s.generation != generation_) return;
        if (!s.positions) s.positions = snapshot_.positions;
        snapshot_ = std::move(s);
    }
    done_changed_.notify_all();
    if (on_publish_) on_publish_();
}

void LayoutWorker::run(std::stop_token stop, std::uint64_t generation, LayoutGraph graph,
                       LayoutOptions options) {
    float progress = 0.0f;
    int percent_published = 0;
    auto last_preview = std::chrono::steady_clock::time_point{};
    WorkControl control;
    control.stop = stop;
    control.progress = [&](float fraction, std::string_view) {
        progress = fraction;
        const int percent = int(fraction * 100.0f);
        if (percent <= percent_published) return;
        percent_published = percent;
        LayoutSnapshot s;
        s.generation = generation;
        s.progress = fraction;
        publish(std::move(s));
    };
    auto preview = [&](const std::vector<Vec2>& positions) {
        const auto now = std::chrono::steady_clock::now();
        if (now - last_preview < kPreviewInterval) return;
        last_preview = now;
        LayoutSnapshot s;
        s.generation = generation;
        s.progress = progress;
        s.positions = std::make_shared<const std::vector<Vec2>>(positions);
        publish(std::move(s));
    };
    LayoutSnapshot final_snapshot;
    final_snapshot.generation = generation;
    final_snapshot.done = true;
    final_snapshot.progress = 1.0f;
    try {
        auto result = compute_layout(graph, options, control,
                                     previews_ == Previews::On ? LayoutPreviewFn(preview)
                                                               : LayoutPreviewFn());
        final_snapshot.positions = std::make_shared<const std::vector<Vec2>>(std::move(result));
    } catch (const std::exception& e) {
        final_snapshot.error = e.what();
    } catch (...) {
        final_snapshot.error = "layout failed";
    }
    publish(std::move(final_snapshot));
}

} // namespace kg
