// GLFW lifetime, a window with an OpenGL 3.3 core context, and the glad loader.
#pragma once

#include <string>

struct GLFWwindow;

namespace kg::app {

// glfwInit / glfwTerminate. Construct first, destroy last.
class GlfwSession {
  public:
    GlfwSession();
    ~GlfwSession();
    GlfwSession(const GlfwSession&) = delete;
    GlfwSession& operator=(const GlfwSession&) = delete;
    bool ok() const { return ok_; }
    // Why init failed (GLFW's own message, e.g. no X display).
    const std::string& error() const { return error_; }

  private:
    bool ok_ = false;
    std::string error_;
};

// A window plus its current GL 3.3 core context with glad loaded.
class Window {
  public:
    // `visible` false gives the hidden window that snapshots and tests render through.
    Window(int width, int height, const char* title, bool visible);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    bool ok() const { return window_ != nullptr && gl_loaded_; }
    const std::string& error() const { return error_; }
    GLFWwindow* get() const { return window_; }
    // Framebuffer size in pixels and window size in screen units (they differ on HiDPI).
    void framebuffer_size(int& w, int& h) const;
    void window_size(int& w, int& h) const;

  private:
    GLFWwindow* window_ = nullptr;
    bool gl_loaded_ = false;
    std::string error_;
};

} // namespace kg::app
