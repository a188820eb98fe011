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

void RenderTarget::blit_to_default(int width, int height) const {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer_.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    // The layer is drawn with y down in clip space already flipped, so a straight copy is right.
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void RenderTarget::read_strip(int top, int rows, std::vector<std::uint8_t>& out) const {
    out.resize(std::size_t(width_) * std::size_t(rows) * 4);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_.get());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glPixelStorei(GL_PACK_ROW_LENGTH, 0);
    // GL rows run bottom-up: the strip `top` rows below the top edge starts at y = h - top - rows.
    glReadPixels(0, height_ - top - rows, width_, rows, GL_RGBA, GL_UNSIGNED_BYTE, out.data());
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

std::vector<std::uint8_t> RenderTarget::read_rgba() const {
    // Strips into a small buffer, flipped into place row by row: one pass over the big image
    // instead of a whole-frame read, a flip and a copy (each fresh page faults, and under this
    // VM that is most of the cost of a big read-back).
    const std::size_t row = std::size_t(width_) * 4;
    std::vector<std::uint8_t> pixels(row * std::size_t(height_));
    std::vector<std::uint8_t> strip;
    for (int top = 0; top < height_; top += kStripRows) {
        const int rows = std::min(kStripRows, height_ - top);
        read_strip(top, rows, strip);
        for (int r = 0; r < rows; ++r)
            std::memcpy(pixels.data() + std::size_t(top + r) * row,
                        strip.data() + std::size_t(rows - 1 - r) * row, row);
    }
    return pixels;
}

std::vector<std::uint8_t> read_window_rgba(int width, int height) {
    const std::size_t row = std::size_t(width) * 4;
    std::vector<std::uint8_t> raw(row * std::size_t(height)), out(raw.size());
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glPixelStorei(GL_PACK_ROW_LENGTH, 0);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, raw.data());
    for (int y = 0; y < height; ++y)
        std::memcpy(out.data() + std::size_t(y) * row, raw.data() + std::size_t(height - 1 - y) * row, row);
    return out;
}

} // namespace kg::app
