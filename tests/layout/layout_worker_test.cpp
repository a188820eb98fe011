// LayoutWorker: snapshots arrive, a new request cancels the old, the final equals compute_layout.
#include "layout/layout_worker.hpp"
#include "support/synthetic_graphs.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace kg {
namespace {

TEST(LayoutWorker, FinalSnapshotEqualsComputeLayout) {
    const auto g = make_hub_fixture(200, 3);
    LayoutOptions o;
    o.seed = 9;
    LayoutWorker worker;
    const auto generation = worker.request(g, o);
    worker.wait();
    const auto s = worker.latest();
    EXPECT_EQ(s.generation, generation);
    EXPECT_TRUE(s.done);
    EXPECT_TRUE(s.error.empty());
    ASSERT_TRUE(s.positions);
    EXPECT_EQ(*s.positions, compute_layout(g, o));
}

// The App sleeps until an event: the worker's hook is what wakes it, once per snapshot, and the
// last call comes after the final snapshot is visible.
TEST(LayoutWorker, OnPublishWakesTheUiAfterEverySnapshotIncludingTheLast) {
    const auto g = make_hub_fixture(200, 3);
    LayoutWorker worker;
    std::atomic<int> calls{0};
    std::atomic<bool> done_seen{false};
    worker.set_on_publish([&] {
        ++calls;
        if (worker.latest().done) done_seen = true;
    });
    worker.request(g, LayoutOptions{});
    worker.wait();
    // wait() returns once the final snapshot is published; its hook call may still be running.
    for (int i = 0; i < 200 && !done_seen; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    EXPECT_TRUE(done_seen);
    EXPECT_GE(calls.load(), 1);
}

TEST(LayoutWorker, PreviewsArriveBeforeDoneWhenAskedFor) {
    const auto g = make_planted_partition(6000, 60, 6.0, 1.0, 3);
    LayoutWorker worker(LayoutWorker::Previews::On);
    worker.request(g, {});
    int previews = 0;
    float last_progress = 0.0f;
    bool progress_monotonic = true;
    for (;;) {
        const auto s = worker.latest();
        if (s.done) break;
        if (s.positions) ++previews;
        progress_monotonic = progress_monotonic && s.progress >= last_progress;
        last_progress = s.progress;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    EXPECT_GT(previews, 0);
    EXPECT_TRUE(progress_monotonic);
    ASSERT_TRUE(worker.latest().positions);
    EXPECT_EQ(worker.latest().positions->size(), 6000u);
}

// The app's worker: no positions before the final ones, and progress wakes the UI once per whole
// percent at most (the layout reports far more often than that).
TEST(LayoutWorker, WithoutPreviewsOnlyTheFinalSnapshotHasPositionsAndWakesAreFew) {
    const auto g = make_planted_partition(6000, 60, 6.0, 1.0, 3);
    LayoutWorker worker;
    std::atomic<int> calls{0};
    std::atomic<bool> positions_before_done{false};
    worker.set_on_publish([&] {
        ++calls;
        const auto s = worker.latest();
        if (!s.done && s.positions) positions_before_done = true;
    });
    worker.request(g, {});
    worker.wait();
    EXPECT_FALSE(positions_before_done);
    ASSERT_TRUE(worker.latest().positions);
    EXPECT_EQ(worker.latest().positions->size(), 6000u);
    EXPECT_LE(calls.load(), 101); // percents 1..100, then the final snapshot
}

TEST(LayoutWorker, NewRequestCancelsTheOld) {
    const auto big = make_barabasi_albert(20000, 2, 1);
    const auto small = make_hub_fixture(100, 1);
    LayoutWorker worker;
    const auto first = worker.request(big, {});
    const auto start = std::chrono::steady_clock::now();
    const auto second = worker.request(small, {});
    worker.wait();
    const auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_GT(second, first);
    const auto s = worker.latest();
    EXPECT_EQ(s.generation, second);
    ASSERT_TRUE(s.positions);
    EXPECT_EQ(*s.positions, compute_layout(small, {}));
    // The 20k-node job was abandoned, not finished: far less than its full run time.
    EXPECT_LT(std::chrono::duration<double>(elapsed).count(), 5.0);
}

TEST(LayoutWorker, CancelKeepsAUsableSnapshot) {
    const auto g = make_barabasi_albert(20000, 2, 2);
    LayoutWorker worker;
    worker.request(g, {});
    worker.cancel();
    worker.wait();
    const auto s = worker.latest();
    EXPECT_TRUE(s.done);
    ASSERT_TRUE(s.positions);
    EXPECT_EQ(s.positions->size(), 20000u);
}

TEST(LayoutWorker, WaitWithoutRequestReturns) {
    LayoutWorker worker;
    worker.wait();
    EXPECT_EQ(worker.latest().generation, 0u);
    EXPECT_FALSE(worker.latest().positions);
}

} // namespace
} // namespace kg
