// Progress reporting and cancellation shared by long-running core work.
#pragma once

#include <functional>
#include <stop_token>
#include <string_view>

namespace kg {

// Called with the fraction done (0..1) and the stage name; may be empty.
using ProgressFn = std::function<void(float fraction, std::string_view stage)>;

// Long work polls the token between steps and returns early when asked.
struct WorkControl {
    std::stop_token stop;
    ProgressFn progress;

    bool stop_requested() const { return stop.stop_requested(); }
    void report(float fraction, std::string_view stage) const {
        if (progress) progress(fraction, stage);
    }
};

} // namespace kg
