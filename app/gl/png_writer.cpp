// PNG encoding with libspng, row by row, into memory; write_png then writes atomically.
#include "gl/png_writer.hpp"

#include "gl/image.hpp"

#include "common/atomic_write.hpp"

#include <spng.h>

#include <cstring>

namespace kg::app {

struct PngRowEncoder::Context {
    spng_ctx* ctx = nullptr;
    ~Context() { spng_ctx_free(ctx); }
};

namespace {

// libspng's stream callback: append to the caller's buffer (no second copy of the file).
int append_bytes(spng_ctx*, void* user, void* src, std::size_t length) {
    static_cast<std::string*>(user)->append(static_cast<const char*>(src), length);
    return 0;
}

} // namespace

PngRowEncoder::PngRowEncoder(int width, int height, bool alpha, std::string& out)
    : ctx_(std::make_unique<Context>()), width_(width), rows_left_(height), alpha_(alpha) {
    out.clear();
    if (width <= 0 || height <= 0) {
        error_ = "empty image";
        return;
    }
    // Room for the raw rows: level 1 never grows data by more than its block headers, so the
    // buffer never moves. Only the pages written are ever touched.
    const std::size_t raw = std::size_t(height) * (std::size_t(width) * (alpha ? 4 : 3) + 1);
    out.reserve(raw + raw / 256 + 4096);
    ctx_->ctx = spng_ctx_new(SPNG_CTX_ENCODER);
    if (!ctx_->ctx) {
        error_ = "out of memory creating the PNG encoder";
        return;
    }
    spng_ctx* ctx = ctx_->ctx;
    spng_set_png_stream(ctx, &append_bytes, &out);
    // Figures are flat backgrounds with thin anti-aliased strokes: unfiltered rows at deflate
    // level 1 encode 4-7x faster than libspng's adaptive filters AND give smaller files
    // (docs/brief.png: 84 ms / 0.36 MB vs 371 ms / 0.43 MB for level 2 + all filters; a 4K figure
    // 393 ms / 1.08 MB vs 2912 ms / 1.34 MB, on a loaded 2-core machine; png_encode_bench has the
    // variants). Z_RLE is about 25% faster again but the 10,000-node 4K figure grows from 4.7
    // to 6.3 MB.
    spng_set_option(ctx, SPNG_IMG_COMPRESSION_LEVEL, 1);
    spng_set_option(ctx, SPNG_FILTER_CHOICE, SPNG_DISABLE_FILTERING);
    spng_ihdr ihdr{};
    ihdr.width = std::uint32_t(width);
    ihdr.height = std::uint32_t(height);
    ihdr.bit_depth = 8;
    ihdr.color_type = alpha ? SPNG_COLOR_TYPE_TRUECOLOR_ALPHA : SPNG_COLOR_TYPE_TRUECOLOR;
    spng_set_ihdr(ctx, &ihdr);
    if (int rc = spng_encode_image(ctx, nullptr, 0, SPNG_FMT_PNG,
                                   SPNG_ENCODE_PROGRESSIVE | SPNG_ENCODE_FINALIZE);
        rc != 0)
        error_ = std::string("PNG encoding failed: ") + spng_strerror(rc);
    if (!alpha) row_.resize(std::size_t(width) * 3);
}

PngRowEncoder::~PngRowEncoder() = default;

bool PngRowEncoder::add_row(const std::uint8_t* rgba) {
    if (!error_.empty()) return false;
    if (rows_left_ <= 0) {
        error_ = "more rows than the image has";
        return false;
    }
    const void* row = rgba;
    std::size_t bytes = std::size_t(width_) * 4;
    if (!alpha_) {
        // An opaque figure drops alpha while the row is still in cache.
        char* rgb = row_.data();
        for (int x = 0; x < width_; ++x, rgba += 4, rgb += 3) std::memcpy(rgb, rgba, 3);
        row = row_.data();
        bytes = row_.size();
    }
    const int rc = spng_encode_row(ctx_->ctx, row, bytes);
    --rows_left_;
    // The last row gives SPNG_EOI: the image data and IEND are written (SPNG_ENCODE_FINALIZE).
    if (rc != 0 && !(rc == SPNG_EOI && rows_left_ == 0)) {
        error_ = std::string("PNG encoding failed: ") + spng_strerror(rc);
        return false;
    }
    return true;
}

std::string encode_png(const Image& image, std::string& error) {
    if (image.width <= 0 || image.height <= 0 ||
        image.rgba.size() != std::size_t(image.width) * std::size_t(image.height) * 4) {
        error = "empty or malformed image";
        return {};
    }
    std::string bytes;
    PngRowEncoder encoder(image.width, image.height, image.alpha, bytes);
    for (int y = 0; y < image.height && encoder.add_row(image.at(0, y)); ++y) {
    }
    if (!encoder.done()) {
        error = encoder.error().empty() ? "PNG encoding stopped early" : encoder.error();
        return {};
    }
    return bytes;
}

std::string write_png(const std::filesystem::path& path, const Image& image) {
    std::string error;
    const std::string bytes = encode_png(image, error);
    if (bytes.empty()) return error;
    return write_file_atomically(path, bytes);
}

} // namespace kg::app
