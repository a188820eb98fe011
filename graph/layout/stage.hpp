// A slice of the overall progress bar plus the cancel check, handed to each layout step.
#pragma once

#include "common/progress.hpp"

#include <algorithm>
#include <string_view>

namespace kg::layout_detail {

// Maps a step's own 0..1 progress onto [begin, end] of the whole job.
struct Stage {
    const WorkControl* control = nullptr;
    float begin = 0.0f;
    float end = 1.0f;
    std::string_view name = "layout";

    bool stop_requested() const { return control != nullptr && control->stop_requested(); }
    void report(float fraction) const {
        if (control != nullptr)
            control->report(begin + (end - begin) * std::clamp(fraction, 0.0f, 1.0f), name);
    }
    // The sub-slice [a, b] of this stage (fractions of this stage).
    Stage sub(float a, float b, std::string_view sub_name) const {
        return {control, begin + (end - begin) * a, begin + (end - begin) * b, sub_name};
    }
};

} // namespace kg::layout_detail
