// Puts a frame on the window: a buffer swap, or, where the window system lets the back buffer
// live on (GLX_MESA_copy_sub_buffer: a copy, not a swap, under a software rasterizer), a copy of
// only the rectangles that changed, so a frame needs to repaint only those.
#pragma once

#include "gl/frame_damage.hpp"

#include <span>

struct GLFWwindow;

namespace kg::app {

class WindowPresenter {
  public:
    // Looks up the copy for `window` (its context current). `allow_partial` false: always swap.
    WindowPresenter(GLFWwindow* window, bool allow_partial);

    // True when the back buffer keeps every pixel between frames, so a frame may repaint and
    // present only its damage. False: every frame must repaint all of it, then swap.
    bool partial() const { return copy_ != nullptr; }
    // Presents the frame: the rectangles (framebuffer pixels, y down) when partial(), else a swap.
    void present(std::span<const PixelRect> rects, int framebuffer_height) const;

  private:
    using CopySubBuffer = void (*)(void* display, unsigned long drawable, int x, int y, int w,
                                   int h);
    GLFWwindow* window_ = nullptr;
    CopySubBuffer copy_ = nullptr;
    void* display_ = nullptr;
    unsigned long drawable_ = 0;
};

} // namespace kg::app
