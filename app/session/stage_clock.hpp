// KGVIZ_TIMING=1: where an export's time goes, one stderr line per stage ("kgviz: timing: ...").
// Header-only so the snapshot command and the figure renderer share it without a new source file.
#pragma once

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace kg::app {

// Prints the time since the previous stage (or construction) when KGVIZ_TIMING is set: wall
// time, and the calling thread's CPU time, which other processes' load barely changes (so a
// busy machine still tells where a stage's own work goes). Costs a clock read otherwise.
class StageClock {
  public:
    explicit StageClock(const char* indent = "")
        : on_(std::getenv("KGVIZ_TIMING") != nullptr), indent_(indent), cpu_last_(thread_cpu_ms()) {
    }
    void stage(const char* name) {
        const auto now = std::chrono::steady_clock::now();
        if (on_) {
            const double cpu = thread_cpu_ms();
            std::fprintf(stderr, "kgviz: timing: %s%-16s %7.1f ms (thread CPU %5.1f ms)\n", indent_,
                         name, std::chrono::duration<double, std::milli>(now - last_).count(),
                         cpu - cpu_last_);
            cpu_last_ = cpu;
        }
        last_ = now;
    }
    bool on() const { return on_; }

  private:
    static double thread_cpu_ms() {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) * 1e-6;
    }

    bool on_;
    const char* indent_;
    std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
    double cpu_last_;
};

} // namespace kg::app
