// Move-only RAII owners of OpenGL objects. Created and destroyed on the main thread only,
// while the context that made them is current (App and the snapshot keep that order).
#pragma once

#include <glad/gl.h>

#include <utility>

namespace kg::app {

void delete_buffer(GLuint id);
void delete_vertex_array(GLuint id);
void delete_texture(GLuint id);
void delete_framebuffer(GLuint id);
void delete_program(GLuint id);
void delete_shader(GLuint id);

// Owns one GL name; `Delete` frees it. Zero means "owns nothing".
template <void (*Delete)(GLuint)> class GlHandle {
  public:
    GlHandle() = default;
    explicit GlHandle(GLuint id) : id_(id) {}
    ~GlHandle() { reset(); }
    GlHandle(const GlHandle&) = delete;
    GlHandle& operator=(const GlHandle&) = delete;
    GlHandle(GlHandle&& o) noexcept : id_(std::exchange(o.id_, 0)) {}
    GlHandle& operator=(GlHandle&& o) noexcept {
        if (this != &o) {
            reset();
            id_ = std::exchange(o.id_, 0);
        }
        return *this;
    }
    GLuint get() const { return id_; }
    explicit operator bool() const { return id_ != 0; }
    void reset() {
        if (id_) Delete(id_);
        id_ = 0;
    }

  private:
    GLuint id_ = 0;
};

using Buffer = GlHandle<delete_buffer>;
using VertexArray = GlHandle<delete_vertex_array>;
using Texture = GlHandle<delete_texture>;
using Framebuffer = GlHandle<delete_framebuffer>;
using Program = GlHandle<delete_program>;
using Shader = GlHandle<delete_shader>;

// Fresh names: one glGen*/glCreate* call each.
Buffer make_buffer();
VertexArray make_vertex_array();
Texture make_texture();
Framebuffer make_framebuffer();

} // namespace kg::app
