// An OpenGL 3.3 core context with no window and no display server: EGL on Mesa's surfaceless
// platform, or on a GPU device where the driver has none (NVIDIA's). `kgviz snapshot` draws into
// framebuffer objects only, so it needs neither X nor a window, and skipping them saves the X
// connection and GLX setup on every run.
#pragma once

#include <string>

namespace kg::app {

// Made current on the constructing thread, with glad loaded. When the EGL library, both
// platforms or a 3.3 core context are missing, ok() is false and error() says which; callers
// then fall back to a hidden GLFW window.
class SurfacelessGl {
  public:
    enum class Platforms { Any, DeviceOnly }; // DeviceOnly: skip Mesa's surfaceless platform
    explicit SurfacelessGl(Platforms platforms = Platforms::Any);
    ~SurfacelessGl();
    SurfacelessGl(const SurfacelessGl&) = delete;
    SurfacelessGl& operator=(const SurfacelessGl&) = delete;

    bool ok() const { return context_ != nullptr; }
    const std::string& error() const { return error_; }
    // "surfaceless" or "device": which EGL platform the context came from.
    const char* platform() const { return platform_; }

  private:
    void* display_ = nullptr; // EGLDisplay and EGLContext, kept opaque so EGL stays in the .cpp
    void* context_ = nullptr;
    const char* platform_ = "";
    std::string error_;
};

} // namespace kg::app
