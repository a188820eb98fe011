// An 8-bit sRGB colour with alpha, packed the way the GPU instance buffers read it.
#pragma once

#include <cstdint>

namespace kg {

struct Rgba {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;

    friend bool operator==(Rgba, Rgba) = default;
    // Little-endian packing: bytes r,g,b,a in memory, read as a normalized u8vec4 by GL.
    constexpr std::uint32_t packed() const {
        return std::uint32_t(r) | std::uint32_t(g) << 8 | std::uint32_t(b) << 16 |
               std::uint32_t(a) << 24;
    }
    static constexpr Rgba unpack(std::uint32_t v) {
        return {std::uint8_t(v), std::uint8_t(v >> 8), std::uint8_t(v >> 16),
                std::uint8_t(v >> 24)};
    }
};

// 0xRRGGBB with full alpha: keeps colour tables readable.
constexpr Rgba rgb(std::uint32_t hex) {
    return {std::uint8_t(hex >> 16), std::uint8_t(hex >> 8), std::uint8_t(hex), 255};
}

// Linear blend in 8-bit sRGB (good enough for dimming and highlights).
constexpr Rgba mix(Rgba a, Rgba b, float t) {
    auto m = [t](std::uint8_t x, std::uint8_t y) {
        return std::uint8_t(float(x) + (float(y) - float(x)) * t + 0.5f);
    };
    return {m(a.r, b.r), m(a.g, b.g), m(a.b, b.b), m(a.a, b.a)};
}

// Perceived brightness 0..255 (Rec. 601 weights); tests use it to compare dimmed nodes.
constexpr float luminance(Rgba c) {
    return 0.299f * c.r + 0.587f * c.g + 0.114f * c.b;
}

} // namespace kg
