// EGL_MESA_platform_surfaceless (Mesa) or EGL_EXT_platform_device (NVIDIA) +
// EGL_KHR_surfaceless_context: a display without a display server, and a context made current
// without any surface.
#include "platform/surfaceless_gl.hpp"

#include <glad/gl.h>
#include <EGL/egl.h>
#include <EGL/eglext.h>

#include <cstdio>
#include <string_view>

namespace kg::app {
namespace {

bool has_extension(const char* list, std::string_view name) {
    if (!list) return false;
    for (std::string_view rest = list; !rest.empty();) {
        const std::size_t end = rest.find(' ');
        if (rest.substr(0, end) == name) return true;
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + 1);
    }
    return false;
}

std::string egl_error(const char* what) {
    char code[16];
    std::snprintf(code, sizeof code, "0x%04X", unsigned(eglGetError()));
    return std::string(what) + " failed (EGL error " + code + ")";
}

// Mesa's surfaceless platform first (every Mesa driver has it); else the first GPU of
// EGL_EXT_platform_device, which is how NVIDIA's driver renders with no display server.
EGLDisplay open_display(bool device_only, const char*& platform, std::string& error) {
    const char* client = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
    const auto get_platform_display = reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(
        eglGetProcAddress("eglGetPlatformDisplayEXT"));
    if (!get_platform_display) {
        error = "EGL has no eglGetPlatformDisplayEXT";
        return EGL_NO_DISPLAY;
    }
    if (!device_only && has_extension(client, "EGL_MESA_platform_surfaceless")) {
        EGLDisplay display =
            get_platform_display(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
        if (display != EGL_NO_DISPLAY && eglInitialize(display, nullptr, nullptr)) {
            platform = "surfaceless";
            return display;
        }
        error = egl_error("eglInitialize on the surfaceless platform");
    }
    const auto query_devices =
        reinterpret_cast<PFNEGLQUERYDEVICESEXTPROC>(eglGetProcAddress("eglQueryDevicesEXT"));
    if (!has_extension(client, "EGL_EXT_platform_device") || !query_devices) {
        if (error.empty())
            error = "EGL has neither a surfaceless platform (EGL_MESA_platform_surfaceless) nor "
                    "GPU devices "
                    "(EGL_EXT_platform_device)";
        return EGL_NO_DISPLAY;
    }
    EGLDeviceEXT devices[8];
    EGLint count = 0;
    if (!query_devices(8, devices, &count) || count == 0) {
        error = egl_error("eglQueryDevicesEXT");
        return EGL_NO_DISPLAY;
    }
    for (EGLint i = 0; i < count; ++i) {
        EGLDisplay display = get_platform_display(EGL_PLATFORM_DEVICE_EXT, devices[i], nullptr);
        if (display != EGL_NO_DISPLAY && eglInitialize(display, nullptr, nullptr)) {
            platform = "device";
            return display;
        }
    }
    error = egl_error("eglInitialize on every EGL device");
    return EGL_NO_DISPLAY;
}

// A config is needed only where EGL_KHR_no_config_context is missing (NVIDIA's device platform
// has had it only in recent drivers); the context never draws into a surface of it.
// EGL_NO_CONFIG_KHR is a null handle, so success is the bool.
bool pick_config(EGLDisplay display, EGLConfig& config) {
    config = EGL_NO_CONFIG_KHR;
    if (has_extension(eglQueryString(display, EGL_EXTENSIONS), "EGL_KHR_no_config_context"))
        return true;
    const EGLint want[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_SURFACE_TYPE, EGL_PBUFFER_BIT,
                           EGL_NONE};
    EGLint found = 0;
    return eglChooseConfig(display, want, &config, 1, &found) && found > 0;
}

} // namespace

SurfacelessGl::SurfacelessGl(Platforms platforms) {
    EGLDisplay display = open_display(platforms == Platforms::DeviceOnly, platform_, error_);
    if (display == EGL_NO_DISPLAY) return;
    error_.clear();
    display_ = display;
    if (!has_extension(eglQueryString(display, EGL_EXTENSIONS), "EGL_KHR_surfaceless_context")) {
        error_ =
            "EGL cannot make a context current without a surface (EGL_KHR_surfaceless_context)";
        return;
    }
    if (!eglBindAPI(EGL_OPENGL_API)) {
        error_ = egl_error("eglBindAPI(OpenGL)");
        return;
    }
    EGLConfig config;
    if (!pick_config(display, config)) {
        error_ = "EGL has no OpenGL config on this display";
        return;
    }
    const EGLint attributes[] = {EGL_CONTEXT_MAJOR_VERSION,
                                 3,
                                 EGL_CONTEXT_MINOR_VERSION,
                                 3,
                                 EGL_CONTEXT_OPENGL_PROFILE_MASK,
                                 EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                 EGL_CONTEXT_OPENGL_FORWARD_COMPATIBLE,
                                 EGL_TRUE,
                                 EGL_NONE};
    EGLContext context = eglCreateContext(display, config, EGL_NO_CONTEXT, attributes);
    if (context == EGL_NO_CONTEXT) {
        error_ = egl_error("eglCreateContext (OpenGL 3.3 core)");
        return;
    }
    context_ = context;
    if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) {
        error_ = egl_error("eglMakeCurrent without a surface");
        eglDestroyContext(display, context);
        context_ = nullptr;
        return;
    }
    if (gladLoadGL(eglGetProcAddress) == 0) {
        error_ = "cannot load OpenGL 3.3 functions through EGL";
        eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        eglDestroyContext(display, context);
        context_ = nullptr;
    }
}

// The display is not terminated: EGL hands every caller the same surfaceless display, and
// eglTerminate is not reference-counted, so it would pull the driver from under any other
// instance alive in the process (tests make several).
SurfacelessGl::~SurfacelessGl() {
    if (!context_) return;
    eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    eglDestroyContext(display_, context_);
}

} // namespace kg::app
