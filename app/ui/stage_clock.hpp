// KGVIZ_TIMING=1: where an export's time goes, one stderr line per stage ("kgviz: timing: ...").
// Header-only so the snapshot command and the figure renderer share it without a new source file.
#pragma once

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace kg::app {

// Prints the time since the previous stage (or construction) when KGVIZ_TIMING is set; costs a
// clock read otherwise.
class StageClock {
public:
    explicit StageClock(const char* indent = "") : on_(std::getenv("KGVIZ_TIMING") != nullptr), indent_(indent) {}
    void stage(const char* name) {
        const auto now = std::chrono::steady_clock::now();
        if (on_)
            std::fprintf(stderr, "kgviz: timing: %s%-16s %7.1f ms\n", indent_, name,
                         std::chrono::duration<double, std::milli>(now - last_).count());
        last_ = now;
    }
    bool on() const { return on_; }

private:
    bool on_;
    const char* indent_;
    std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

} // namespace kg::app
