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
    // Rows per read-back strip: 32 rows of a 4K frame are 0.5 MB, reused for every strip.
    static constexpr int kStripRows = 32;

    // Ensures the target is width x height; returns an error message, empty on success.
    std::string resize(int width, int height);
    void bind() const; // binds the framebuffer and sets the viewport to its size
    // Reads the layer back as top-down RGBA8 rows.
    std::vector<std::uint8_t> read_rgba() const;
    // Reads `rows` rows starting `top` rows below the top edge into `out` (rows * width * 4
    // bytes, resized), in GL's order: the strip's bottom row first. A strip at a time keeps the
    // read-back in a small buffer that stays in cache (see read_rgba).
    void read_strip(int top, int rows, std::vector<std::uint8_t>& out) const;

    int width() const { return width_; }
    int height() const { return height_; }

  private:
    Framebuffer framebuffer_;
    Texture color_;
    int width_ = 0, height_ = 0;
};

// Reads the default framebuffer's back buffer, width x height, as top-down RGBA8 rows.
std::vector<std::uint8_t> read_window_rgba(int width, int height);

} // namespace kg::app
