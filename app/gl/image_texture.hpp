// Images as GL textures and the largest image GL can render in one go (export tiling).
#pragma once

#include "gl/gl_handles.hpp"

#include <cstdint>

namespace kg::app {

// An RGBA8 texture of width x height from top-down `rgba` rows, linear filtering (main thread,
// context current).
Texture upload_rgba_texture(int width, int height, const std::uint8_t* rgba);

// The largest square the current context can render into and read back in one piece: the
// smallest of GL_MAX_TEXTURE_SIZE, GL_MAX_RENDERBUFFER_SIZE and GL_MAX_VIEWPORT_DIMS.
int max_render_size();

} // namespace kg::app
