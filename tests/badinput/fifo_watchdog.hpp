// Unblocks a reader or writer stuck on a FIFO after a time limit, so such a bug fails a test
// instead of hanging CI.
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

// Unblocks the other end of a FIFO after `limit`. For a stuck reader (the default) it keeps
// opening the FIFO for writing and closing it: a reader blocked in open() or read() then sees
// end-of-file. For a stuck writer it opens the FIFO for reading and drains it: a writer blocked
// in open() or write() gets going again. fired() tells the test that this was needed.
class FifoWatchdog {
  public:
    enum class Rescue { Reader, Writer };

    FifoWatchdog(std::filesystem::path fifo, std::chrono::seconds limit,
                 Rescue rescue = Rescue::Reader)
        : thread_([this, fifo = std::move(fifo), limit, rescue] {
              std::unique_lock lock(mutex_);
              if (cv_.wait_for(lock, limit, [this] { return done_; })) return;
              fired_ = true;
              const int reader =
                  rescue == Rescue::Writer ? ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK) : -1;
              while (!done_) {
                  if (rescue == Rescue::Reader) {
                      const int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
                      if (fd >= 0) ::close(fd);
                  } else if (reader >= 0) {
                      char buf[4096];
                      while (::read(reader, buf, sizeof buf) > 0) {
                      }
                  }
                  cv_.wait_for(lock, std::chrono::milliseconds(20), [this] { return done_; });
              }
              if (reader >= 0) ::close(reader);
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
