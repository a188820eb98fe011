// libFuzzer target: saved views (kg::view_from_json); the result must be a usable camera and
// must survive a write/read round trip unchanged.
#include "fuzz_check.hpp"

#include "explore/saved_view.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    kg::Diagnostics diagnostics;
    const kg::SavedView view = kg::view_from_json(json, "fuzz-view.json", diagnostics);
    kg::fuzz::require(std::isfinite(view.camera_zoom) && view.camera_zoom > 0, "unusable zoom");
    kg::fuzz::require(std::isfinite(view.camera_center.x) && std::isfinite(view.camera_center.y),
                      "unusable camera centre");
    for (const auto& pin : view.pinned)
        kg::fuzz::require(std::isfinite(pin.second.x) && std::isfinite(pin.second.y),
                          "unusable pin");
    kg::Diagnostics again;
    const kg::SavedView reread =
        kg::view_from_json(kg::view_to_json(view), "fuzz-again.json", again);
    kg::fuzz::require(reread == view, "a saved view changes when written and read back");
    return 0;
}
