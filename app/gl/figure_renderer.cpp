// FigureRenderer: fonts for a figure, then drawing it in tiles into PNG pixels.
// [SECTION] fonts  [SECTION] render (tiles, transparency)
#include "gl/figure_renderer.hpp"

#include "common/utf8.hpp"

#include "gl/export_frame_draw.hpp"
#include "gl/image_texture.hpp"
#include "gl/label_text.hpp"
#include "gl/png_writer.hpp"
#include "gl/scene_layer.hpp"
#include "platform/fonts.hpp"
#include "session/stage_clock.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>

namespace kg::app {

// [SECTION] fonts

struct FigureRenderer::Impl {
    std::unique_ptr<SceneLayer> layer;
    FontFile latin, cjk_file; // read once per renderer; declared before the atlas that borrows them
    ImFontAtlas atlas;
    Texture atlas_texture;
    ImVector<ImWchar> ranges;
    FigureFonts fonts;
    std::vector<float> built_sizes; // label, title, subtitle, small: reuse the atlas when equal
    std::vector<ImWchar> built_ranges;
    // Kept across figures: fresh pages are slow here (a fault each), reused ones are not.
    std::vector<std::uint8_t> strip; // one read-back strip
    std::string png;                 // the encoded file
    bool atlas_pending = false;      // built since the last upload

    // Makes the atlas hold every glyph of `texts` at the four sizes of this figure (no GL).
    void build_fonts(const std::vector<std::string_view>& texts, float label_px, float scale);
    // Puts a freshly built atlas into its GL texture; needs the current context.
    void upload_atlas();
    // Why drawing cannot start, or empty.
    std::string not_ready() const;
};

void FigureRenderer::Impl::build_fonts(const std::vector<std::string_view>& texts, float label_px,
                                       float scale) {
    ImFontGlyphRangesBuilder builder;
    // Basic Latin covers the frame's own words (legend, "As of", "Sources"); everything else comes
    // from the texts. Not all of Latin-1: each glyph is rasterized at four sizes, and at 4K that
    // was a third of the font time.
    static const ImWchar kBasicLatin[] = {0x0020, 0x007E, 0};
    builder.AddRanges(kBasicLatin);
    builder.AddText("\xE2\x80\x94\xE2\x80\xA6\xC2\xB7\xE2\x80\x93\xE2\x80\x98\xE2\x80\x99\xE2\x80"
                    "\x9C\xE2\x80\x9D");
    bool wide = false;
    for (std::string_view t : texts) {
        builder.AddText(t.data(), t.data() + t.size());
        for (unsigned char ch : t) wide = wide || ch >= 0xE1; // U+1000 and above: maybe CJK
    }
    ImVector<ImWchar> next;
    builder.BuildRanges(&next);
    // CJK only when some code point needs it: loading WenQuanYi costs more than all the rest. It
    // has the CJK letters and the wide punctuation and full-width forms around them.
    bool cjk = false;
    if (wide)
        for (int i = 0; i + 1 < next.Size && next[i] != 0 && !cjk; i += 2)
            for (char32_t cp = next[i]; cp <= char32_t(next[i + 1]) && !cjk; ++cp)
                cjk = is_cjk_cp(cp) || is_wide_cp(cp);

    const std::vector<float> sizes = {std::round(label_px), std::round(30.0f * scale),
                                      std::round(19.0f * scale), std::round(13.0f * scale)};
    const std::vector<ImWchar> flat(next.Data, next.Data + next.Size);
    if (sizes == built_sizes && flat == built_ranges && (atlas_texture || atlas_pending)) return;

    ranges.swap(next);
    latin.load(kLatinFontPath);
    if (cjk) cjk_file.load(kCjkFontPath); // only when a text needs it: 5 MB to read and parse
    atlas.Clear();
    atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;
    fonts.label = add_font_with_cjk(atlas, sizes[0], ranges.Data, latin, cjk ? &cjk_file : nullptr);
    fonts.title = add_font_with_cjk(atlas, sizes[1], ranges.Data, latin, cjk ? &cjk_file : nullptr);
    fonts.subtitle =
        add_font_with_cjk(atlas, sizes[2], ranges.Data, latin, cjk ? &cjk_file : nullptr);
    fonts.small = add_font_with_cjk(atlas, sizes[3], ranges.Data, latin, cjk ? &cjk_file : nullptr);
    atlas.Build();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &w, &h); // rasterized here, on the composing thread
    atlas_pending = true;
    built_sizes = sizes;
    built_ranges = flat;
}

void FigureRenderer::Impl::upload_atlas() {
    if (!atlas_pending) return;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &w, &h);
    atlas_texture = upload_rgba_texture(w, h, pixels);
    atlas.SetTexID(reinterpret_cast<ImTextureID>(std::uintptr_t(atlas_texture.get())));
    atlas.ClearTexData(); // the GL texture has it; keeps the CPU copy from lingering
    atlas_pending = false;
}

std::string FigureRenderer::Impl::not_ready() const {
    if (!fonts.label) return "the figure was not composed by this renderer";
    if (!layer) return "the figure renderer has no GL resources (prepare_gl)";
    return {};
}

FigureRenderer::FigureRenderer() : impl_(std::make_unique<Impl>()) {}
FigureRenderer::~FigureRenderer() = default;

std::unique_ptr<FigureRenderer> FigureRenderer::create(std::string& error) {
    std::unique_ptr<FigureRenderer> r = create_without_gl();
    if (!r->prepare_gl(error)) return nullptr;
    return r;
}

std::unique_ptr<FigureRenderer> FigureRenderer::create_without_gl() {
    return std::unique_ptr<FigureRenderer>(new FigureRenderer());
}

bool FigureRenderer::prepare_gl(std::string& error) {
    if (!impl_->layer) impl_->layer = SceneLayer::create(error);
    return impl_->layer != nullptr;
}

Figure FigureRenderer::compose(const Corpus& corpus, std::span<const Vec2> positions,
                               const FigureOptions& request) {
    FigureOptions options = request;
    const float scale = figure_scale(options.viewport);
    std::vector<std::string> owned = {request.title, request.subtitle};
    for (const Document& d : corpus.documents) owned.push_back(source_entry(d));
    std::vector<std::string_view> texts(owned.begin(), owned.end());
    for (const Entity& e : corpus.entities) texts.push_back(e.name);
    for (const std::string& f : request.filters) texts.push_back(f);
    for (const ViewNote& n : request.notes) texts.push_back(n.text);
    StageClock clock("  ");
    impl_->build_fonts(texts, figure_label_px(options), scale);
    clock.stage("fonts");

    const FigureFonts& fonts = impl_->fonts;
    options.measure = [&fonts](std::string_view text, float px) {
        const ImFont& f = fonts.nearest(px);
        return f.CalcTextSizeA(px, 1e9f, 0.0f, text.data(), text.data() + text.size()).x;
    };
    const std::vector<LabelBoxes> label_sizes =
        request.labels ? measure_labels(*fonts.label, corpus, 1.0f) : std::vector<LabelBoxes>{};
    return compose_figure(corpus, positions, options, label_sizes);
}

// [SECTION] render

namespace {

// Draws the frame's draw list into the bound framebuffer, for the tile at `origin`.
void draw_list_into_tile(ImDrawList& list, Vec2 origin, Vec2 size) {
    ImDrawList* lists[] = {&list};
    ImDrawData data;
    data.Valid = true;
    data.CmdLists = lists;
    data.CmdListsCount = 1;
    data.TotalIdxCount = list.IdxBuffer.Size;
    data.TotalVtxCount = list.VtxBuffer.Size;
    data.DisplayPos = {origin.x, origin.y};
    data.DisplaySize = {size.x, size.y};
    data.FramebufferScale = {1.0f, 1.0f};
    ImGui_ImplOpenGL3_RenderDrawData(&data);
}

} // namespace

namespace {

// The largest tile GL draws in one pass (`max_tile` > 0 caps it, for tests).
int tile_size(int max_tile) {
    int tile = max_render_size();
    if (max_tile > 0) tile = std::min(tile, max_tile);
    return std::max(tile, 16);
}

// Draws one figure tile by tile into the scene layer's target: the scene and label glyphs
// uploaded once, the frame recorded once in figure pixels (each tile shows its part).
class TileDrawer {
  public:
    TileDrawer(FigureRenderer::Impl& im, const Corpus& corpus, const Figure& fig, int max_tile)
        : width(int(fig.camera.viewport.x)), height(int(fig.camera.viewport.y)), im_(im),
          fig_(fig) {
        tile = tile_size(max_tile);
        single = width <= tile && height <= tile;
        SceneLayer& layer = *im.layer;
        layer.upload_scene(fig.scene);
        // Figures always draw links wide and anti-aliased, whatever the zoom (quality over speed).
        layer.set_edge_mode(EdgeDrawMode{});
        glyphs_ =
            layout_label_glyphs(*im.fonts.label, 1.0f, corpus, fig.scene.node_entity, fig.labels);
        if (single) layer.upload_labels(glyphs_);

        shared_.TexUvWhitePixel = im.atlas.TexUvWhitePixel;
        shared_.TexUvLines = im.atlas.TexUvLines;
        shared_.Font = im.fonts.small;
        shared_.FontSize = im.fonts.small->FontSize;
        shared_.CurveTessellationTol = 1.25f;
        shared_.SetCircleTessellationMaxError(0.30f);
        shared_.ClipRectFullscreen = {0.0f, 0.0f, float(width), float(height)};
        shared_.InitialFlags = ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedFill;
        list_._ResetForNewFrame();
        list_.PushClipRect({0.0f, 0.0f}, {float(width), float(height)});
        list_.PushTextureID(im.atlas.TexID);
    }

    // Records the frame in `theme`'s colours (once per figure).
    void record_frame(const Theme& theme) {
        draw_label_leaders(list_, fig_.label_leaders, theme, fig_.label_font_px);
        draw_figure_notes(list_, fig_.notes, theme, im_.fonts);
        draw_figure_frame(list_, fig_.frame, theme, im_.fonts);
    }

    // Draws the tile at (x0, y0), tw x th, on `theme`'s background; the layer's target holds it.
    std::string draw(int x0, int y0, int tw, int th, const Theme& theme) {
        SceneLayer& layer = *im_.layer;
        const Vec2 origin{float(x0), float(y0)}, size{float(tw), float(th)};
        Camera cam = fig_.camera;
        cam.center = fig_.camera.screen_to_world(origin + size * 0.5f);
        cam.viewport = size;
        if (!single) {
            shifted_ = glyphs_;
            for (GlyphQuad& q : shifted_) {
                q.x0 -= origin.x, q.x1 -= origin.x;
                q.y0 -= origin.y, q.y1 -= origin.y;
            }
            layer.upload_labels(shifted_);
        }
        if (std::string error = layer.render(cam, theme, im_.atlas_texture.get()); !error.empty())
            return error;
        layer.target().bind();
        draw_list_into_tile(list_, origin, size);
        return {};
    }

    int width, height, tile = 0;
    bool single = false;

  private:
    FigureRenderer::Impl& im_;
    const Figure& fig_;
    std::vector<GlyphQuad> glyphs_, shifted_;
    ImDrawListSharedData shared_;
    ImDrawList list_{&shared_};
};

} // namespace

std::optional<Image> FigureRenderer::render(const Corpus& corpus, const Figure& fig,
                                            const FigureOptions& request, std::string& error,
                                            int max_tile) {
    Impl& im = *impl_;
    if (error = im.not_ready(); !error.empty()) return std::nullopt;
    im.upload_atlas();
    TileDrawer drawer(im, corpus, fig, max_tile);
    const int width = drawer.width, height = drawer.height, tile = drawer.tile;
    const Theme& base_theme = theme(request.style.theme);
    drawer.record_frame(base_theme);

    // Transparent: draw on black and on white; the difference is the coverage.
    std::vector<Theme> passes;
    if (request.transparent) {
        Theme black = base_theme, white = base_theme;
        black.background = {0, 0, 0, 255};
        white.background = {255, 255, 255, 255};
        passes = {black, white};
    } else {
        passes = {base_theme};
    }
    std::vector<Image> images(passes.size());
    for (std::size_t p = 0; p < passes.size(); ++p) {
        Image& out = images[p];
        out.width = width;
        out.height = height;
        out.rgba.resize(std::size_t(width) * std::size_t(height) * 4);
        for (int y0 = 0; y0 < height; y0 += tile) {
            for (int x0 = 0; x0 < width; x0 += tile) {
                const int tw = std::min(tile, width - x0), th = std::min(tile, height - y0);
                if (error = drawer.draw(x0, y0, tw, th, passes[p]); !error.empty())
                    return std::nullopt;
                // Strip by strip, flipped into place (GL rows run bottom-up).
                const std::size_t row = std::size_t(tw) * 4;
                for (int top = 0; top < th; top += RenderTarget::kStripRows) {
                    const int rows = std::min(RenderTarget::kStripRows, th - top);
                    im.layer->target().read_strip(top, rows, im.strip);
                    for (int r = 0; r < rows; ++r)
                        std::copy_n(
                            im.strip.data() + std::size_t(rows - 1 - r) * row, row,
                            out.rgba.data() +
                                (std::size_t(y0 + top + r) * std::size_t(width) + std::size_t(x0)) *
                                    4);
                }
            }
        }
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (!request.transparent) return std::move(images[0]);

    // Coverage a = 1 - (white - black); straight colour = black / a.
    Image out = std::move(images[0]);
    const std::vector<std::uint8_t>& w = images[1].rgba;
    for (std::size_t i = 0; i < out.rgba.size(); i += 4) {
        const int diff = (int(w[i]) - out.rgba[i] + int(w[i + 1]) - out.rgba[i + 1] +
                          int(w[i + 2]) - out.rgba[i + 2]) /
                         3;
        const int a = std::clamp(255 - diff, 0, 255);
        for (int c = 0; c < 3; ++c)
            out.rgba[i + c] = a == 0 ? 0 : std::uint8_t(std::min(255, out.rgba[i + c] * 255 / a));
        out.rgba[i + 3] = std::uint8_t(a);
    }
    out.alpha = true;
    return out;
}

std::string_view FigureRenderer::render_png(const Corpus& corpus, const Figure& fig,
                                            const FigureOptions& request, std::string& error,
                                            int max_tile) {
    Impl& im = *impl_;
    if (error = im.not_ready(); !error.empty()) return {};
    im.upload_atlas();
    StageClock clock("  ");
    const int width = int(fig.camera.viewport.x), height = int(fig.camera.viewport.y);
    const int tile = tile_size(max_tile);
    if (request.transparent || width > tile || height > tile) {
        // Two passes or several tiles need the whole picture in memory first.
        const std::optional<Image> image = render(corpus, fig, request, error, max_tile);
        if (!image) return {};
        clock.stage("render");
        PngRowEncoder encoder(image->width, image->height, image->alpha, im.png);
        for (int y = 0; y < image->height && encoder.add_row(image->at(0, y)); ++y) {
        }
        clock.stage("encode");
        if (!encoder.done()) error = encoder.error();
        return error.empty() ? std::string_view(im.png) : std::string_view();
    }

    // One opaque tile: encode straight from read-back strips, top row first; the picture never
    // exists as a whole in memory.
    TileDrawer drawer(im, corpus, fig, max_tile);
    drawer.record_frame(theme(request.style.theme));
    if (error = drawer.draw(0, 0, width, height, theme(request.style.theme)); !error.empty())
        return {};
    if (clock.on()) glFinish(); // only so that KGVIZ_TIMING can tell drawing from encoding
    clock.stage("render (GL)");
    PngRowEncoder encoder(width, height, false, im.png);
    const std::size_t row = std::size_t(width) * 4;
    for (int top = 0; top < height && encoder.error().empty(); top += RenderTarget::kStripRows) {
        const int rows = std::min(RenderTarget::kStripRows, height - top);
        im.layer->target().read_strip(top, rows, im.strip);
        for (int r = rows - 1; r >= 0 && encoder.add_row(im.strip.data() + std::size_t(r) * row);
             --r) {
        }
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    clock.stage("read back+encode");
    if (!encoder.done()) {
        error = encoder.error().empty() ? "PNG encoding stopped early" : encoder.error();
        return {};
    }
    return im.png;
}

} // namespace kg::app
