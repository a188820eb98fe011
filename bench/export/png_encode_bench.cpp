// PNG encoding of a 3840x2160 graph-like image: the app's encode_png (libspng, RGB, level 1 and
// no filtering, as png_writer.cpp sets it) and libspng variants of compression level and filter
// choice.
#include "gl/image.hpp"

#include <benchmark/benchmark.h>
#include <spng.h>

#include <cmath>
#include <cstdlib>
#include <memory>
#include <random>

namespace {

// Light background, 10,000 discs and 30,000 thin lines: the statistics of a rendered graph.
const kg::app::Image& image() {
    static const kg::app::Image img = [] {
        kg::app::Image im;
        im.width = 3840;
        im.height = 2160;
        im.rgba.assign(std::size_t(im.width) * std::size_t(im.height) * 4, 255);
        std::mt19937 rng(1);
        auto put = [&](int x, int y, std::uint8_t r, std::uint8_t g, std::uint8_t b) {
            if (x < 0 || y < 0 || x >= im.width || y >= im.height) return;
            std::uint8_t* p =
                im.rgba.data() + (std::size_t(y) * std::size_t(im.width) + std::size_t(x)) * 4;
            p[0] = r, p[1] = g, p[2] = b;
        };
        std::uniform_int_distribution<int> X(0, im.width - 1), Y(0, im.height - 1), C(0, 4);
        const std::uint8_t pal[5][3] = {
            {31, 78, 140}, {176, 35, 58}, {15, 122, 108}, {201, 130, 0}, {107, 63, 160}};
        for (int i = 0; i < 30'000; ++i) {
            const int x0 = X(rng), y0 = Y(rng);
            const int x1 = x0 + X(rng) % 200 - 100, y1 = y0 + Y(rng) % 200 - 100;
            const int n = std::max(std::abs(x1 - x0), std::abs(y1 - y0)) + 1;
            for (int k = 0; k < n; ++k)
                put(x0 + (x1 - x0) * k / n, y0 + (y1 - y0) * k / n, 150, 150, 150);
        }
        for (int i = 0; i < 10'000; ++i) {
            const int cx = X(rng), cy = Y(rng), r = 3 + X(rng) % 8, c = C(rng);
            for (int dy = -r; dy <= r; ++dy)
                for (int dx = -r; dx <= r; ++dx)
                    if (dx * dx + dy * dy <= r * r)
                        put(cx + dx, cy + dy, pal[c][0], pal[c][1], pal[c][2]);
        }
        return im;
    }();
    return img;
}

void BM_EncodePngApp(benchmark::State& state) {
    std::string error;
    std::size_t bytes = 0;
    for (auto _ : state) {
        const std::string png = kg::app::encode_png(image(), error);
        bytes = png.size();
        benchmark::DoNotOptimize(png.data());
    }
    state.counters["MB"] = double(bytes) / 1e6;
}
BENCHMARK(BM_EncodePngApp)->Unit(benchmark::kMillisecond);

// args: compression level, filter choice (SPNG_FILTER_CHOICE_* bits; 0 = none)
void BM_EncodePngVariant(benchmark::State& state) {
    const kg::app::Image& im = image();
    std::vector<std::uint8_t> rgb(std::size_t(im.width) * std::size_t(im.height) * 3);
    for (std::size_t i = 0, j = 0; i < im.rgba.size(); i += 4, j += 3)
        rgb[j] = im.rgba[i], rgb[j + 1] = im.rgba[i + 1], rgb[j + 2] = im.rgba[i + 2];
    std::size_t bytes = 0;
    for (auto _ : state) {
        std::unique_ptr<spng_ctx, decltype(&spng_ctx_free)> ctx(spng_ctx_new(SPNG_CTX_ENCODER),
                                                                &spng_ctx_free);
        spng_set_option(ctx.get(), SPNG_ENCODE_TO_BUFFER, 1);
        spng_set_option(ctx.get(), SPNG_IMG_COMPRESSION_LEVEL, int(state.range(0)));
        spng_set_option(ctx.get(), SPNG_FILTER_CHOICE, int(state.range(1)));
        spng_ihdr ihdr{};
        ihdr.width = std::uint32_t(im.width);
        ihdr.height = std::uint32_t(im.height);
        ihdr.bit_depth = 8;
        ihdr.color_type = SPNG_COLOR_TYPE_TRUECOLOR;
        spng_set_ihdr(ctx.get(), &ihdr);
        spng_encode_image(ctx.get(), rgb.data(), rgb.size(), SPNG_FMT_PNG, SPNG_ENCODE_FINALIZE);
        int rc = 0;
        void* buf = spng_get_png_buffer(ctx.get(), &bytes, &rc);
        std::free(buf);
    }
    state.counters["MB"] = double(bytes) / 1e6;
}
BENCHMARK(BM_EncodePngVariant)
    ->Args({2, SPNG_FILTER_CHOICE_ALL})
    ->Args({1, SPNG_FILTER_CHOICE_ALL})
    ->Args({1, SPNG_FILTER_CHOICE_SUB})
    ->Args({2, SPNG_FILTER_CHOICE_SUB})
    ->Args({1, SPNG_FILTER_CHOICE_UP})
    ->Args({2, SPNG_FILTER_CHOICE_UP})
    ->Args({1, SPNG_FILTER_CHOICE_SUB | SPNG_FILTER_CHOICE_UP})
    ->Args({1, SPNG_DISABLE_FILTERING})
    ->Args({2, SPNG_DISABLE_FILTERING})
    ->Args({6, SPNG_FILTER_CHOICE_ALL})
    ->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
