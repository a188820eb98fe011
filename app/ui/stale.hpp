// What the App must redo before the next frame is right: one value for all of it, so that every
// cause of work is set and cleared in one place and a reader sees at once what is pending.
#pragma once

#include <cstdint>

namespace kg::app {

enum class Stale : std::uint16_t {
    None = 0,
    Scene = 1 << 0,     // the scene buffers: the filter, positions or style changed
    Layer = 1 << 1,     // the cached canvas layer's pixels
    LayerFull = 1 << 2, // the next layer render may not reuse the panned layer
    Fonts = 1 << 3,     // the font atlas lacks glyphs of the corpus
    Fit = 1 << 4,       // fit the camera to the scene once the scene is built
    Frame = 1 << 5,     // the next frame repaints the whole window (layer or window changed)
    Overlay = 1 << 6,   // the overlay was uploaded since the last presented frame
    Session = 1 << 7,   // the autosaved session lags the workspace
    Events = 1 << 8,    // input or a posted task arrived: render frames
    Readout = 1 << 9,   // the readout does not show the last working frame yet
};

constexpr Stale operator|(Stale a, Stale b) {
    return Stale(std::uint16_t(a) | std::uint16_t(b));
}
constexpr Stale operator&(Stale a, Stale b) {
    return Stale(std::uint16_t(a) & std::uint16_t(b));
}
constexpr Stale operator~(Stale a) {
    return Stale(~std::uint16_t(a));
}

// The pending work of one App.
class StaleSet {
  public:
    void mark(Stale s) { bits_ = bits_ | s; }
    // True when any of `s` is pending.
    bool any(Stale s) const { return (bits_ & s) != Stale::None; }
    void clear(Stale s) { bits_ = bits_ & ~s; }

  private:
    // A new App has everything to do but save a session or catch up a readout.
    Stale bits_ = Stale::Scene | Stale::Layer | Stale::LayerFull | Stale::Fonts | Stale::Fit |
                  Stale::Frame | Stale::Overlay | Stale::Events;
};

} // namespace kg::app
