// The Dear ImGui context with its GLFW (optional: input) and OpenGL 3 backends.
#pragma once

struct GLFWwindow;

namespace kg::app {

class ImGuiLayer {
  public:
    // `window` null: no input backend (snapshots set the display size themselves).
    explicit ImGuiLayer(GLFWwindow* window);
    ~ImGuiLayer();
    ImGuiLayer(const ImGuiLayer&) = delete;
    ImGuiLayer& operator=(const ImGuiLayer&) = delete;

    // Starts a frame. Without a window, `width` x `height` becomes the display size.
    void new_frame(float width = 0, float height = 0);
    // Re-uploads the font atlas texture after the fonts changed (outside a frame).
    void rebuild_font_texture();

  private:
    bool has_window_ = false;
};

} // namespace kg::app
