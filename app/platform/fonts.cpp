// Font atlas construction with merged CJK and per-corpus glyph ranges.
#include "platform/fonts.hpp"

#include <cmath>
#include <fstream>

namespace kg::app {

bool FontFile::load(const char* path) {
    if (tried_) return ok();
    tried_ = true;
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return false;
    const std::streamsize size = in.tellg();
    if (size <= 0) return false;
    bytes_.resize(std::size_t(size));
    in.seekg(0);
    if (!in.read(bytes_.data(), size)) bytes_.clear();
    return ok();
}

ImFont* add_font_with_cjk(ImFontAtlas& atlas, float px, const ImWchar* ranges, FontFile& latin,
                          FontFile* cjk) {
    ImFontConfig cfg;
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    cfg.SizePixels = px;
    cfg.FontDataOwnedByAtlas = false; // the FontFile keeps the bytes, shared by every size
    ImFont* font = latin.ok()
                       ? atlas.AddFontFromMemoryTTF(latin.data(), latin.size(), px, &cfg, ranges)
                       : atlas.AddFontDefault(&cfg);
    if (cjk && cjk->ok()) {
        ImFontConfig merge = cfg;
        merge.MergeMode = true;
        atlas.AddFontFromMemoryTTF(cjk->data(), cjk->size(), px, &merge, ranges);
    }
    return font;
}

void FontSet::build(ImFontAtlas& atlas, std::span<const std::string_view> texts) {
    warnings.clear();
    const bool have_latin = latin_.load(kLatinFontPath);
    const bool have_cjk = cjk_.load(kCjkFontPath);
    if (!have_latin)
        warnings.push_back(std::string("kgviz: ") + kLatinFontPath +
                           ": missing (install fonts-dejavu-core); using ImGui's built-in font, "
                           "without Cyrillic");
    if (!have_cjk)
        warnings.push_back(std::string("kgviz: ") + kCjkFontPath +
                           ": missing (install fonts-wqy-microhei); Chinese, Japanese and Korean "
                           "names will show as '?'");

    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(atlas.GetGlyphRangesDefault());
    builder.AddRanges(atlas.GetGlyphRangesCyrillic());
    // Latin Extended (Erdoğan, Łukaszenka) and General Punctuation (curly quotes, dashes,
    // ellipsis): articles use them everywhere, and a missing glyph shows as '?'.
    static const ImWchar kTextRanges[] = {0x0100, 0x024F, 0x2010, 0x205E, 0};
    builder.AddRanges(kTextRanges);
    builder.AddText("\xC2\xB7"); // middle dot
    for (std::string_view t : texts) builder.AddText(t.data(), t.data() + t.size());
    ranges_.clear();
    builder.BuildRanges(&ranges_);

    atlas.Clear();
    // Baked at framebuffer pixels (HiDPI), rounded to whole pixels so glyphs stay pixel-snapped.
    const float s = scale > 0.0f ? scale : 1.0f;
    ui = add_font_with_cjk(atlas, std::round(15.0f * s), ranges_.Data, latin_, &cjk_);
    label = add_font_with_cjk(atlas, std::round(label_size * s), ranges_.Data, latin_, &cjk_);
    title = add_font_with_cjk(atlas, std::round(24.0f * s), ranges_.Data, latin_, &cjk_);
    atlas.Build();
}

} // namespace kg::app
