// The empty canvas's note. The reasons are checked in the order a user would: the path, the
// files, then what kgviz found in them.
#include "ui/canvas_note.hpp"

#include <imgui.h>

#include <algorithm>
#include <system_error>

namespace kg::app {
namespace {

constexpr const char* kOpenHint =
    "Choose a folder or files with File > Open (Ctrl+O), or drop them on the window.";

std::string count(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

std::optional<CanvasNote> canvas_note(const Corpus& corpus,
                                      std::span<const std::filesystem::path> inputs,
                                      const Diagnostics& problems) {
    if (!corpus.entities.empty()) return std::nullopt;
    if (inputs.empty()) return CanvasNote{"No articles are open.", kOpenHint};
    if (corpus.documents.empty()) {
        for (const std::filesystem::path& p : inputs) {
            std::error_code ec;
            if (!std::filesystem::exists(p, ec))
                return CanvasNote{"Nothing loaded: " + p.string() + " does not exist.",
                                  std::string("Check the path. ") + kOpenHint};
        }
        const std::size_t errors =
            std::count_if(problems.begin(), problems.end(), [](const Diagnostic& d) {
                return d.severity == Diagnostic::Severity::Error;
            });
        if (errors > 0)
            return CanvasNote{
                "Nothing loaded: no file could be read (" + count(errors, "problem", "problems") +
                    ").",
                "Problems in the side panel names each file and why. kgviz reads .txt, .md, .html "
                "and .htm articles."};
        return CanvasNote{
            "Nothing loaded: no articles found in " + inputs.front().string() +
                (inputs.size() > 1 ? " and the other inputs." : "."),
            std::string("kgviz reads .txt, .md, .html and .htm files, in folders too. ") +
                kOpenHint};
    }
    return CanvasNote{
        "The " + count(corpus.documents.size(), "article names", "articles name") +
            " no entity kgviz knows.",
        "Add articles about states, organisations and their leaders, or see Problems for files "
        "that were skipped."};
}

void draw_canvas_note(const CanvasNote& note, float left) {
    const ImGuiIO& io = ImGui::GetIO();
    const float width = std::max(200.0f, std::min(560.0f, io.DisplaySize.x - left - 40.0f));
    const float center_x = left + (io.DisplaySize.x - left) * 0.5f;
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const ImVec2 why = font->CalcTextSizeA(size * 1.25f, width, width, note.why.c_str());
    const ImVec2 to_do = font->CalcTextSizeA(size, width, width, note.to_do.c_str());
    float y = io.DisplaySize.y * 0.5f - (why.y + size + to_do.y) * 0.5f;
    ImDrawList* list = ImGui::GetBackgroundDrawList();
    const ImU32 strong = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 soft = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    list->AddText(font, size * 1.25f, ImVec2(center_x - why.x * 0.5f, y), strong, note.why.c_str(),
                  nullptr, width);
    y += why.y + size;
    list->AddText(font, size, ImVec2(center_x - to_do.x * 0.5f, y), soft, note.to_do.c_str(),
                  nullptr, width);
}

} // namespace kg::app
