// The deleters and factories behind the RAII handles.
#include "gl/gl_handles.hpp"

namespace kg::app {

void delete_buffer(GLuint id) {
    glDeleteBuffers(1, &id);
}
void delete_vertex_array(GLuint id) {
    glDeleteVertexArrays(1, &id);
}
void delete_texture(GLuint id) {
    glDeleteTextures(1, &id);
}
void delete_framebuffer(GLuint id) {
    glDeleteFramebuffers(1, &id);
}
void delete_program(GLuint id) {
    glDeleteProgram(id);
}
void delete_shader(GLuint id) {
    glDeleteShader(id);
}

Buffer make_buffer() {
    GLuint id = 0;
    glGenBuffers(1, &id);
    return Buffer(id);
}
VertexArray make_vertex_array() {
    GLuint id = 0;
    glGenVertexArrays(1, &id);
    return VertexArray(id);
}
Texture make_texture() {
    GLuint id = 0;
    glGenTextures(1, &id);
    return Texture(id);
}
Framebuffer make_framebuffer() {
    GLuint id = 0;
    glGenFramebuffers(1, &id);
    return Framebuffer(id);
}

} // namespace kg::app
