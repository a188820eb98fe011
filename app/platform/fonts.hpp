// Fonts from the Debian font packages, loaded at run time into the ImGui atlas: DejaVu Sans
// (Latin, Cyrillic) with WenQuanYi Micro Hei merged in for CJK. Only the glyphs the corpus and
// the UI need are baked, so the atlas stays small even with Chinese names.
#pragma once

#include <imgui.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg::app {

inline constexpr const char* kLatinFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
inline constexpr const char* kCjkFontPath = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

// A font file's bytes, read once and lent to every size added to an atlas: ImGui's
// AddFontFromFileTTF would read the file again, and keep a copy, for each size (WenQuanYi is 5 MB).
class FontFile {
  public:
    // Reads `path` on first use; false when it is missing or unreadable.
    bool load(const char* path);
    bool ok() const { return !bytes_.empty(); }
    void* data() { return bytes_.data(); }
    int size() const { return int(bytes_.size()); }

  private:
    std::vector<char> bytes_;
    bool tried_ = false;
};

// Adds DejaVu Sans at `px` (ImGui's default font when `latin` is not loaded) with WenQuanYi
// merged in for CJK when `cjk` is given and loaded, at whole pixels: no oversampling keeps the
// atlas small and glyph cells exact, which the label halo shader relies on. The files must
// outlive the atlas's Build().
ImFont* add_font_with_cjk(ImFontAtlas& atlas, float px, const ImWchar* ranges, FontFile& latin,
                          FontFile* cjk);

// The fonts kgviz draws with; owns the glyph ranges the atlas points into.
class FontSet {
  public:
    // (Re)builds `atlas` so it covers `texts` (entity names, titles) plus Latin and Cyrillic,
    // rasterized at `scale` (the caller sets ImGuiIO::FontGlobalScale to 1 / scale).
    // Missing font files become `warnings` ("kgviz: PATH: missing ...") and a fallback font.
    void build(ImFontAtlas& atlas, std::span<const std::string_view> texts);

    ImFont* ui = nullptr;     // panels and the legend
    ImFont* label = nullptr;  // node labels in the scene
    ImFont* title = nullptr;  // snapshot title
    float label_size = 14.0f; // in window units, like the UI sizes
    float scale = 1.0f;       // framebuffer pixels per window unit: fonts are baked at size * scale
    std::vector<std::string> warnings;

  private:
    ImVector<ImWchar> ranges_;
    FontFile latin_, cjk_;
};

} // namespace kg::app
