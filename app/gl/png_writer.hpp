// PNG encoding row by row (libspng, progressive): a figure is encoded straight from GL read-back
// strips, so no full-frame copy of the picture is ever made (fresh memory is slow here: every new
// page costs a fault, about 100 ms per 33 MB 4K frame under this VM). encode_png / write_png in
// image.hpp use the same encoder, so both paths give the same bytes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace kg::app {

// Encodes one PNG, rows given top to bottom as RGBA8. Opaque images are written as RGB (files a
// quarter smaller); `alpha` keeps the channel. Fast settings: deflate level 1, no row filters
// (see png_writer.cpp for the measurements behind them).
class PngRowEncoder {
  public:
    // The PNG bytes go to `out` (cleared first; its capacity is reused across figures).
    PngRowEncoder(int width, int height, bool alpha, std::string& out);
    ~PngRowEncoder();
    PngRowEncoder(const PngRowEncoder&) = delete;
    PngRowEncoder& operator=(const PngRowEncoder&) = delete;

    // Adds the next row (width * 4 bytes). False, with error(), on failure; later calls do nothing.
    bool add_row(const std::uint8_t* rgba);
    // True once every row was added and the file is complete (IEND written).
    bool done() const { return rows_left_ == 0 && error_.empty(); }
    const std::string& error() const { return error_; }

    struct Context;

  private:
    std::unique_ptr<Context> ctx_;
    int width_;
    int rows_left_;
    bool alpha_;
    std::string row_; // the RGB row handed to libspng
    std::string error_;
};

} // namespace kg::app
