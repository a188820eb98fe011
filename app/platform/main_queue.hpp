// Work posted by worker threads (layout snapshots, load results) to run on the main thread.
#pragma once

#include <functional>
#include <mutex>
#include <vector>

namespace kg::app {

class MainQueue {
  public:
    // Thread-safe. `wake` (e.g. glfwPostEmptyEvent) is called so an idle main loop notices.
    void post(std::function<void()> task);
    // Main thread: runs everything posted so far; returns how many tasks ran.
    std::size_t drain();
    void set_wake(std::function<void()> wake);

  private:
    std::mutex mutex_;
    std::vector<std::function<void()>> tasks_;
    std::function<void()> wake_;
};

} // namespace kg::app
