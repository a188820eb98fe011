// The export dialog as an analyst uses it, under real pointer and key events (XTest): the file is
// chosen in a save browser that starts in the documents folder, Export asks before replacing a
// file (Cancel keeps its bytes, Replace writes the new figure), and the buttons stay in the
// window with a custom size.
#include "gui/gui_test_support.hpp"
#include "gui/workflow_support.hpp"
#include "gui/x_drive.hpp"

#include <GLFW/glfw3.h>
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace kg::test {
namespace {

namespace fs = std::filesystem;

constexpr app::AppOptions kMapped{1200, 800, true, true};

std::string bytes_of(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Sets an environment variable for one test and puts the old value back.
struct EnvFor {
    std::string name;
    std::optional<std::string> old;
    EnvFor(const char* n, const char* value) : name(n) {
        if (const char* v = std::getenv(n)) old = v;
        if (value)
            ::setenv(n, value, 1);
        else
            ::unsetenv(n);
    }
    ~EnvFor() {
        if (old)
            ::setenv(name.c_str(), old->c_str(), 1);
        else
            ::unsetenv(name.c_str());
    }
};

// The centre of the first button on the last row of ImGui window `name` (the footer's Export,
// the question's Replace); nullopt when the window is not shown.
std::optional<ImVec2> first_button_of_last_row(const char* name) {
    const ImGuiWindow* w = ImGui::FindWindowByName(name);
    if (!w || !w->Active) return std::nullopt;
    const ImGuiStyle& style = ImGui::GetStyle();
    return ImVec2(w->Pos.x + style.WindowPadding.x + 12,
                  w->Pos.y + w->Size.y - style.WindowPadding.y - ImGui::GetFrameHeight() / 2);
}

TEST(ExportDialog, SavesInDocumentsAndAsksBeforeReplacingCancelKeepsTheOldBytes) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000"};
    const fs::path docs = w.root / "Documents";
    fs::create_directories(docs);
    const EnvFor home("HOME", w.root.c_str()), xdg("XDG_DOCUMENTS_DIR", nullptr);
    auto a = open_app(w, kMapped);
    ASSERT_TRUE(a);
    XInput x(glfwGetCurrentContext());
    KGVIZ_REQUIRE_XTEST(x);

    a->actions().push(app::ShowExportDialog{true});
    for (int i = 0; i < 3; ++i) a->render_frame();
    EXPECT_EQ(fs::path(a->ui().export_settings.path), docs / "kgviz-figure.png")
        << "the default file is not in the documents folder";

    // An SVG (no GL needed) over a file that exists, at a custom size.
    app::ExportSettings s = a->ui().export_settings;
    s.kind = app::ExportKind::Svg;
    s.preset = -1;
    s.width = 900;
    s.height = 600;
    s.keep_camera = false;
    s.path = (docs / "brief.svg").string();
    const std::string old_bytes = "the analyst's earlier figure";
    std::ofstream(s.path, std::ios::binary) << old_bytes;
    a->actions().push(app::SetExportSettings{s});
    for (int i = 0; i < 3; ++i) a->render_frame();
    const ImGuiWindow* dialog = ImGui::FindWindowByName("Export");
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->ScrollMax.y, 0.0f) << "the dialog scrolls: its buttons can fall out of sight";

    shoot(*a, "export-dialog-custom-size");
    auto export_button = first_button_of_last_row("Export");
    ASSERT_TRUE(export_button);
    click(*a, x, export_button->x, export_button->y);
    for (int i = 0; i < 3; ++i) a->render_frame();
    EXPECT_TRUE(popup_open()) << "Export replaced an existing file without asking";
    shoot(*a, "export-replace-question");
    EXPECT_EQ(bytes_of(s.path), old_bytes);

    // Cancel (Esc): the question closes, the dialog stays, the file keeps its bytes.
    press(*a, x, XInput::kEscape, GLFW_KEY_ESCAPE);
    for (int i = 0; i < 4; ++i) a->render_frame();
    EXPECT_FALSE(popup_open());
    EXPECT_TRUE(a->ui().show_export_dialog);
    EXPECT_EQ(bytes_of(s.path), old_bytes);

    // Export again, then Replace: the new figure is written.
    click(*a, x, export_button->x, export_button->y);
    a->render_frame();
    ASSERT_TRUE(popup_open());
    const auto replace = first_button_of_last_row("Replace the file?");
    ASSERT_TRUE(replace);
    click(*a, x, replace->x, replace->y);
    for (int i = 0; i < 4; ++i) a->render_frame();
    EXPECT_FALSE(popup_open());
    EXPECT_NE(bytes_of(s.path).find("<svg"), std::string::npos) << a->ui().export_message;
    EXPECT_EQ(a->ui().export_message.rfind("Exported: ", 0), 0u) << a->ui().export_message;
}

// A file that does not exist yet is written at once, without a question.
TEST(ExportDialog, ExportsANewFileWithoutAsking) {
    KGVIZ_REQUIRE_DISPLAY();
    Workspace w{"000"};
    auto a = open_app(w, kMapped);
    ASSERT_TRUE(a);
    XInput x(glfwGetCurrentContext());
    KGVIZ_REQUIRE_XTEST(x);
    app::ExportSettings s;
    s.kind = app::ExportKind::Svg;
    s.keep_camera = false;
    s.path = (w.root / "new.svg").string();
    a->actions().push(app::SetExportSettings{s});
    a->actions().push(app::ShowExportDialog{true});
    for (int i = 0; i < 3; ++i) a->render_frame();
    const auto export_button = first_button_of_last_row("Export");
    ASSERT_TRUE(export_button);
    click(*a, x, export_button->x, export_button->y);
    for (int i = 0; i < 4; ++i) a->render_frame();
    EXPECT_FALSE(popup_open());
    EXPECT_TRUE(fs::exists(s.path)) << a->ui().export_message;
}

} // namespace
} // namespace kg::test
