// Offscreen layer creation, blit and read-back.
#include "gl/render_target.hpp"

#include <algorithm>
#include <cstring>

namespace kg::app {

std::string RenderTarget::resize(int width, int height) {
    width = std::max(width, 1);
    height = std::max(height, 1);
    if (framebuffer_ && width == width_ && height == height_) return {};
    color_ = make_texture();
    glBindTexture(GL_TEXTURE_2D, color_.get());
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    framebuffer_ = make_framebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_.get());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, color_.get(), 0);
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (status != GL_FRAMEBUFFER_COMPLETE) {
        framebuffer_.reset();
        return "offscreen framebuffer " + std::to_string(width) + "x" + std::to_string(height) +
               " is incomplete (status 0x" + std::to_string(status) + ")";
    }
    width_ = width;
    height_ = height;
    return {};
}

void RenderTarget::bind() const {
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_.get());
    glViewport(0, 0, width_, height_);
}

namespace {

// `rows` rows of `framebuffer` (width x height) starting `top` rows below its top edge, in GL's
// order: the strip's bottom row first.
void read_rows(GLuint framebuffer, int width, int height, int top, int rows,
               std::vector<std::uint8_t>& out) {
    out.resize(std::size_t(width) * std::size_t(rows) * 4);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glPixelStorei(GL_PACK_ROW_LENGTH, 0);
    glReadPixels(0, height - top - rows, width, rows, GL_RGBA, GL_UNSIGNED_BYTE, out.data());
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

// The whole of `framebuffer` as top-down rows: strips into a small buffer, flipped into place
// row by row. One pass over the big image instead of a whole-frame read, a flip and a copy
// (each fresh page faults, and under this VM that is most of the cost of a big read-back).
std::vector<std::uint8_t> read_top_down(GLuint framebuffer, int width, int height) {
    const std::size_t row = std::size_t(width) * 4;
    std::vector<std::uint8_t> pixels(row * std::size_t(height));
    std::vector<std::uint8_t> strip;
    for (int top = 0; top < height; top += RenderTarget::kStripRows) {
        const int rows = std::min(RenderTarget::kStripRows, height - top);
        read_rows(framebuffer, width, height, top, rows, strip);
        for (int r = 0; r < rows; ++r)
            std::memcpy(pixels.data() + std::size_t(top + r) * row,
                        strip.data() + std::size_t(rows - 1 - r) * row, row);
    }
    return pixels;
}

} // namespace

void RenderTarget::read_strip(int top, int rows, std::vector<std::uint8_t>& out) const {
    read_rows(framebuffer_.get(), width_, height_, top, rows, out);
}

std::vector<std::uint8_t> RenderTarget::read_rgba() const {
    return read_top_down(framebuffer_.get(), width_, height_);
}

std::vector<std::uint8_t> read_window_rgba(int width, int height) {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glReadBuffer(GL_BACK); // the frame being composed, not what the window shows
    return read_top_down(0, width, height);
}

} // namespace kg::app
