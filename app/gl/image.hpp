// An RGBA8 image in memory (top-down rows) and its PNG encoding.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kg::app {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba; // width * height * 4
    bool alpha = false;             // keep the alpha channel in the PNG (transparent figures)

    const std::uint8_t* at(int x, int y) const {
        return rgba.data() + (std::size_t(y) * std::size_t(width) + std::size_t(x)) * 4;
    }
};

// Encodes `image` as PNG (RGB, or RGBA when image.alpha; fast compression and filter choice:
// see png_writer.cpp). Empty on failure, with `error` set.
std::string encode_png(const Image& image, std::string& error);

// Encodes and writes atomically; returns an error message, empty on success.
std::string write_png(const std::filesystem::path& path, const Image& image);

} // namespace kg::app
