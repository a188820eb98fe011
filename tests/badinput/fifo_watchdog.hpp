// Unblocks a reader stuck on a FIFO after a time limit, so such a bug fails a test instead of hanging CI.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <fcntl.h>
#include <filesystem>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace kg::test {

// After `limit`, keeps opening the FIFO for writing and closing it: a reader blocked in open()
// or read() then sees end-of-file. fired() tells the test that this was needed.
class FifoWatchdog {
  public:
    FifoWatchdog(std::filesystem::path fifo, std::chrono::seconds limit)
        : thread_([this, fifo = std::move(fifo), limit] {
              std::unique_lock lock(mutex_);
              if (cv_.wait_for(lock, limit, [this] { return done_; })) return;
              fired_ = true;
              while (!done_) {
                  int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
                  if (fd >= 0) ::close(fd);
                  cv_.wait_for(lock, std::chrono::milliseconds(50), [this] { return done_; });
              }
          }) {}
    ~FifoWatchdog() { stop(); }
    FifoWatchdog(const FifoWatchdog&) = delete;
    FifoWatchdog& operator=(const FifoWatchdog&) = delete;

    void stop() {
        {
            std::lock_guard lock(mutex_);
            done_ = true;
        }
        cv_.notify_all();
        if (thread_.joinable()) thread_.join();
    }
    bool fired() const { return fired_; }

  private:
    std::mutex mutex_;
    std::condition_variable cv_;
    bool done_ = false;
    std::atomic<bool> fired_{false};
    std::thread thread_; // last: starts after the members it uses exist
};

} // namespace kg::test
