// The run queue: swap under the lock, run outside it (a task may post again).
#include "platform/main_queue.hpp"

namespace kg::app {

void MainQueue::post(std::function<void()> task) {
    std::function<void()> wake;
    {
        std::lock_guard lock(mutex_);
        tasks_.push_back(std::move(task));
        wake = wake_;
    }
    if (wake) wake();
}

std::size_t MainQueue::drain() {
    std::vector<std::function<void()>> tasks;
    {
        std::lock_guard lock(mutex_);
        tasks.swap(tasks_);
    }
    for (auto& t : tasks) t();
    return tasks.size();
}

void MainQueue::set_wake(std::function<void()> wake) {
    std::lock_guard lock(mutex_);
    wake_ = std::move(wake);
}

} // namespace kg::app
