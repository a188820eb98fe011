// Buffer swap or GLX sub-buffer copies. The GLX entry points are looked up through GLFW (no
// Xlib header: its macros would leak), with X types passed as the opaque values they are.
#include "gl/window_present.hpp"

#include <glad/gl.h>
#include <GLFW/glfw3.h>

#include <cstring>

namespace kg::app {
namespace {

// A rasterizer on the CPU: there, copying the whole layer every frame is most of a composite
// frame. A GPU copies it for free and its swap keeps vsync, so it always swaps.
bool software_renderer() {
    const char* r = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    if (!r) return false;
    return std::strstr(r, "llvmpipe") || std::strstr(r, "softpipe") ||
           std::strstr(r, "Software Rasterizer");
}

} // namespace

WindowPresenter::WindowPresenter(GLFWwindow* window, bool allow_partial) : window_(window) {
    if (!allow_partial || !window || !software_renderer()) return;
    // GLFW checks the context's GL extensions, then the GLX (or EGL) ones.
    if (!glfwExtensionSupported("GLX_MESA_copy_sub_buffer")) return;
    using GetDisplay = void* (*)();
    using GetDrawable = unsigned long (*)();
    const auto get_display =
        reinterpret_cast<GetDisplay>(glfwGetProcAddress("glXGetCurrentDisplay"));
    const auto get_drawable =
        reinterpret_cast<GetDrawable>(glfwGetProcAddress("glXGetCurrentDrawable"));
    const auto copy = reinterpret_cast<CopySubBuffer>(glfwGetProcAddress("glXCopySubBufferMESA"));
    if (!get_display || !get_drawable || !copy) return;
    display_ = get_display();
    drawable_ = get_drawable();
    if (display_ && drawable_) copy_ = copy;
}

void WindowPresenter::present(std::span<const PixelRect> rects, int framebuffer_height) const {
    if (!copy_) {
        glfwSwapBuffers(window_);
        return;
    }
    // GLX rectangles are bottom-up, like glReadPixels. Each copy flushes and waits for the
    // rendering, then puts only that rectangle on the window.
    for (const PixelRect& r : rects)
        if (!r.empty())
            copy_(display_, drawable_, r.x0, framebuffer_height - r.y1, r.x1 - r.x0, r.y1 - r.y0);
}

} // namespace kg::app
