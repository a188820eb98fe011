// EGL_MESA_platform_surfaceless + EGL_KHR_surfaceless_context + EGL_KHR_no_config_context:
// a display without a display server, and a context made current without any surface.
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

} // namespace

SurfacelessGl::SurfacelessGl() {
    if (!has_extension(eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS), "EGL_MESA_platform_surfaceless")) {
        error_ = "EGL has no surfaceless platform (EGL_MESA_platform_surfaceless)";
        return;
    }
    const auto get_platform_display =
        reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
    if (!get_platform_display) {
        error_ = "EGL has no eglGetPlatformDisplayEXT";
        return;
    }
    EGLDisplay display = get_platform_display(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
    if (display == EGL_NO_DISPLAY || !eglInitialize(display, nullptr, nullptr)) {
        error_ = egl_error("eglInitialize on the surfaceless platform");
        return;
    }
    display_ = display;
    const char* extensions = eglQueryString(display, EGL_EXTENSIONS);
    if (!has_extension(extensions, "EGL_KHR_surfaceless_context") ||
        !has_extension(extensions, "EGL_KHR_no_config_context")) {
        error_ = "EGL cannot make a context without a surface";
        return;
    }
    if (!eglBindAPI(EGL_OPENGL_API)) {
        error_ = egl_error("eglBindAPI(OpenGL)");
        return;
    }
    const EGLint attributes[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                 EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                 EGL_CONTEXT_OPENGL_FORWARD_COMPATIBLE, EGL_TRUE, EGL_NONE};
    EGLContext context = eglCreateContext(display, EGL_NO_CONFIG_KHR, EGL_NO_CONTEXT, attributes);
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
