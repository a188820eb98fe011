// Texture upload and GL size limits.
#include "gl/image_texture.hpp"

#include <algorithm>

namespace kg::app {

Texture upload_rgba_texture(int width, int height, const std::uint8_t* rgba) {
    Texture tex = make_texture();
    glBindTexture(GL_TEXTURE_2D, tex.get());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    glBindTexture(GL_TEXTURE_2D, 0);
    return tex;
}

int max_render_size() {
    GLint tex = 0, rb = 0;
    GLint vp[2] = {0, 0};
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &tex);
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &rb);
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, vp);
    int m = 1 << 30;
    for (GLint v : {tex, rb, vp[0], vp[1]})
        if (v > 0) m = std::min(m, int(v));
    return m == (1 << 30) ? 2048 : m;
}

} // namespace kg::app
