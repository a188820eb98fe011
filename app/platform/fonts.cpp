// Font atlas construction with merged CJK and per-corpus glyph ranges.
#include "platform/fonts.hpp"

#include <cmath>
#include <filesystem>

namespace kg::app {

ImFont* add_font_with_cjk(ImFontAtlas& atlas, float px, const ImWchar* ranges, bool have_latin, bool have_cjk) {
    ImFontConfig cfg;
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    cfg.SizePixels = px;
    ImFont* font = have_latin ? atlas.AddFontFromFileTTF(kLatinFontPath, px, &cfg, ranges)
                              : atlas.AddFontDefault(&cfg);
    if (have_cjk) {
        ImFontConfig merge = cfg;
        merge.MergeMode = true;
        atlas.AddFontFromFileTTF(kCjkFontPath, px, &merge, ranges);
    }
    return font;
}

void FontSet::build(ImFontAtlas& atlas, std::span<const std::string_view> texts) {
    warnings.clear();
    const bool have_latin = std::filesystem::exists(kLatinFontPath);
    const bool have_cjk = std::filesystem::exists(kCjkFontPath);
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
    ui = add_font_with_cjk(atlas, std::round(15.0f * s), ranges_.Data, have_latin, have_cjk);
    label = add_font_with_cjk(atlas, std::round(label_size * s), ranges_.Data, have_latin, have_cjk);
    title = add_font_with_cjk(atlas, std::round(24.0f * s), ranges_.Data, have_latin, have_cjk);
    atlas.Build();
}

} // namespace kg::app
