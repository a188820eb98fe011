// Real pointer and key events for a mapped GLFW window under Xvfb, sent through the XTest
// extension: the App sees them exactly as it sees a user's (GLFW callbacks, then ImGui). libX11
// and libXtst are loaded at run time, so building needs no X headers; without them tests skip.
#pragma once

#include <GLFW/glfw3.h>

#include <dlfcn.h>

#include <chrono>
#include <thread>

namespace kg::test {

class XInput {
  public:
    explicit XInput(GLFWwindow* window) : window_(window) {
        x11_ = dlopen("libX11.so.6", RTLD_NOW | RTLD_LOCAL);
        xtst_ = dlopen("libXtst.so.6", RTLD_NOW | RTLD_LOCAL);
        if (!x11_ || !xtst_ || !window_) return;
        open_ = reinterpret_cast<OpenDisplay>(dlsym(x11_, "XOpenDisplay"));
        close_ = reinterpret_cast<CloseDisplay>(dlsym(x11_, "XCloseDisplay"));
        sync_ = reinterpret_cast<Sync>(dlsym(x11_, "XSync"));
        keycode_ = reinterpret_cast<KeysymToKeycode>(dlsym(x11_, "XKeysymToKeycode"));
        motion_ = reinterpret_cast<FakeMotion>(dlsym(xtst_, "XTestFakeMotionEvent"));
        button_ = reinterpret_cast<FakeButton>(dlsym(xtst_, "XTestFakeButtonEvent"));
        key_ = reinterpret_cast<FakeKey>(dlsym(xtst_, "XTestFakeKeyEvent"));
        if (open_ && close_ && sync_ && keycode_ && motion_ && button_ && key_)
            display_ = open_(nullptr);
    }
    ~XInput() {
        if (display_) close_(display_);
        if (xtst_) dlclose(xtst_);
        if (x11_) dlclose(x11_);
    }
    XInput(const XInput&) = delete;
    XInput& operator=(const XInput&) = delete;

    bool ok() const { return display_ != nullptr; }

    // The pointer to (x, y) in the window's coordinates.
    void move(double x, double y) {
        int wx = 0, wy = 0;
        glfwGetWindowPos(window_, &wx, &wy);
        motion_(display_, -1, wx + int(x), wy + int(y), 0);
        deliver();
    }
    // The left button down (true) or up (false), once GLFW has seen it.
    void left(bool down) {
        button_(display_, 1, down, 0);
        deliver([&] {
            return (glfwGetMouseButton(window_, GLFW_MOUSE_BUTTON_LEFT) == GLFW_PRESS) == down;
        });
    }
    // The right button down (true) or up (false), once GLFW has seen it.
    void right(bool down) {
        button_(display_, 3, down, 0);
        deliver([&] {
            return (glfwGetMouseButton(window_, GLFW_MOUSE_BUTTON_RIGHT) == GLFW_PRESS) == down;
        });
    }
    // One edge of a key, by X keysym, once GLFW has seen it as `glfw_key`.
    void key(unsigned long keysym, int glfw_key, bool down) {
        key_(display_, keycode_(display_, keysym), down, 0);
        deliver([&] { return (glfwGetKey(window_, glfw_key) == GLFW_PRESS) == down; });
    }

    static constexpr unsigned long kEscape = 0xff1b, kF9 = 0xffc6, kAltL = 0xffe9;

  private:
    // The server has the events once XSync returns; they reach GLFW's own connection a little
    // later (a loaded machine: up to a second).
    template <class Seen = bool (*)()> void deliver(Seen seen = [] { return true; }) {
        sync_(display_, 0);
        for (int i = 0; i < 100; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            glfwPollEvents();
            if (i >= 1 && seen()) return;
        }
    }

    using Display = void;
    using OpenDisplay = Display* (*)(const char*);
    using CloseDisplay = int (*)(Display*);
    using Sync = int (*)(Display*, int);
    using KeysymToKeycode = unsigned char (*)(Display*, unsigned long);
    using FakeMotion = int (*)(Display*, int, int, int, unsigned long);
    using FakeButton = int (*)(Display*, unsigned int, int, unsigned long);
    using FakeKey = int (*)(Display*, unsigned int, int, unsigned long);

    GLFWwindow* window_ = nullptr;
    void* x11_ = nullptr;
    void* xtst_ = nullptr;
    Display* display_ = nullptr;
    OpenDisplay open_ = nullptr;
    CloseDisplay close_ = nullptr;
    Sync sync_ = nullptr;
    KeysymToKeycode keycode_ = nullptr;
    FakeMotion motion_ = nullptr;
    FakeButton button_ = nullptr;
    FakeKey key_ = nullptr;
};

} // namespace kg::test
