// GLFW init with its error text captured, window creation with core-profile hints, glad load.
#include "platform/glfw_window.hpp"

#include <glad/gl.h>
#include <GLFW/glfw3.h>

namespace kg::app {
namespace {
// GLFW reports errors through a C callback with no user pointer; the last message is kept
// here for the one thread that talks to GLFW (the main thread).
thread_local std::string g_last_glfw_error;
void on_glfw_error(int, const char* message) {
    g_last_glfw_error = message ? message : "unknown";
}
} // namespace

GlfwSession::GlfwSession() {
    glfwSetErrorCallback(on_glfw_error);
    ok_ = glfwInit() == GLFW_TRUE;
    if (!ok_) error_ = "cannot start GLFW: " + g_last_glfw_error + " (is DISPLAY set?)";
}

GlfwSession::~GlfwSession() {
    if (ok_) glfwTerminate();
}

Window::Window(int width, int height, const char* title, bool visible) {
    glfwDefaultWindowHints();
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, visible ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    window_ = glfwCreateWindow(width, height, title, nullptr, nullptr);
    if (!window_) {
        error_ = "cannot open an OpenGL 3.3 core window: " + g_last_glfw_error;
        return;
    }
    glfwMakeContextCurrent(window_);
    gl_loaded_ = gladLoadGL(glfwGetProcAddress) != 0;
    if (!gl_loaded_) error_ = "cannot load OpenGL 3.3 functions";
    glfwSwapInterval(1);
}

Window::~Window() {
    if (window_) glfwDestroyWindow(window_);
}

void Window::framebuffer_size(int& w, int& h) const {
    glfwGetFramebufferSize(window_, &w, &h);
}
void Window::window_size(int& w, int& h) const {
    glfwGetWindowSize(window_, &w, &h);
}

} // namespace kg::app
