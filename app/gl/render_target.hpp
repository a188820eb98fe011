// An offscreen colour layer (RGBA8 texture + framebuffer): the cached scene, and the whole
// picture of a snapshot.
#pragma once

#include "gl/gl_handles.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace kg::app {

class RenderTarget {
public:
    // Ensures the target is width x height; returns an error message, empty on success.
    std::string resize(int width, int height);
    void bind() const; // binds the framebuffer and sets the viewport to its size
    // Copies the layer to the default framebuffer (same size expected: the window's).
    void blit_to_default(int width, int height) const;
    // Reads the layer back as top-down RGBA8 rows.
    std::vector<std::uint8_t> read_rgba() const;

    int width() const { return width_; }
    int height() const { return height_; }

private:
    Framebuffer framebuffer_;
    Texture color_;
    int width_ = 0, height_ = 0;
};

} // namespace kg::app
