// Random texts for the tests that compare a fast path with its rule read one character at a
// time: pieces joined at random, and every fourth text raw bytes, valid UTF-8 or not.
#pragma once

#include <cstddef>
#include <random>
#include <span>
#include <string>
#include <string_view>

namespace kg::test {

// Text number `round` of a series: up to `max_parts` pieces (or bytes, when round % 4 == 3).
// `keep(i)` says whether piece i, once drawn, goes in (a test may want bad pieces only now and
// then).
template <class Keep>
std::string random_text(std::mt19937& rng, int round, std::span<const std::string_view> pieces,
                        std::size_t max_parts, Keep keep) {
    std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1), count(0, max_parts);
    std::uniform_int_distribution<int> byte(0, 255);
    std::string text;
    const std::size_t parts = count(rng);
    for (std::size_t k = 0; k < parts; ++k) {
        if (round % 4 == 3)
            text += char(byte(rng));
        else if (const std::size_t p = piece(rng); keep(p))
            text += pieces[p];
    }
    return text;
}

inline std::string random_text(std::mt19937& rng, int round,
                               std::span<const std::string_view> pieces, std::size_t max_parts) {
    return random_text(rng, round, pieces, max_parts, [](std::size_t) { return true; });
}

} // namespace kg::test
