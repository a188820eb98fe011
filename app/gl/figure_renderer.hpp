// FigureRenderer: a figure drawn with GL offscreen (scene, labels, frame), in tiles when it is
// larger than GL allows, into pixels or PNG bytes.
#pragma once

#include "export/figure.hpp"
#include "gl/image.hpp"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kg::app {

// Renders figures with GL: owns a scene layer and a font atlas made for each figure's scale.
// Drawing needs a current GL 3.3 context with ImGui's OpenGL3 backend initialised (the App's, or
// the snapshot's); composing needs no GL, so a snapshot composes on its corpus worker while the
// main thread makes the context.
class FigureRenderer {
  public:
    // Ready to compose and draw (needs the current context).
    static std::unique_ptr<FigureRenderer> create(std::string& error);
    // Ready to compose only, without GL; prepare_gl() before the first render.
    static std::unique_ptr<FigureRenderer> create_without_gl();
    // Makes the GL resources (the scene layer) in the current context. False with `error`.
    bool prepare_gl(std::string& error);
    ~FigureRenderer();
    FigureRenderer(const FigureRenderer&) = delete;
    FigureRenderer& operator=(const FigureRenderer&) = delete;

    // Builds fonts for `request` and composes the figure with their metrics (labels measured,
    // frame text widths measured). No GL: the font atlas reaches the GPU on the next render.
    Figure compose(const Corpus& corpus, std::span<const Vec2> positions,
                   const FigureOptions& request);
    // Draws `figure` (from compose() with the same request). `max_tile` > 0 caps the tile size
    // (tests); 0 uses the GL limits. Nullopt with `error` on failure.
    std::optional<Image> render(const Corpus& corpus, const Figure& figure,
                                const FigureOptions& request, std::string& error, int max_tile = 0);
    // Draws `figure` and encodes it as PNG: the bytes (valid until the next call), or empty with
    // `error`. An opaque figure in one tile is encoded from read-back strips as they come, with
    // no whole-frame copy (the same pixels as render()); others go through render().
    std::string_view render_png(const Corpus& corpus, const Figure& figure,
                                const FigureOptions& request, std::string& error, int max_tile = 0);

    struct Impl;

  private:
    FigureRenderer();
    std::unique_ptr<Impl> impl_;
};

} // namespace kg::app
