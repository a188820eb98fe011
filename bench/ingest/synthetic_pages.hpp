// Synthetic article pages for the ingest benchmarks: realistic paragraphs with page chrome
// (navigation, share rows, credits, bylines, related lists, copyright lines) mixed in.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kg::bench {

enum class PageFormat { Plain, Html, Markdown };

struct SyntheticPage {
    std::string name;  // file name with the format's extension
    std::string bytes; // the page
};

// `count` pages, formats in rotation, deterministic for a given `seed`. Each page carries about
// `paragraphs` body paragraphs (varied +-50%).
std::vector<SyntheticPage> make_pages(std::size_t count, std::uint32_t seed, int paragraphs = 8);

// One page of the given format.
SyntheticPage make_page(PageFormat format, std::uint32_t seed, int paragraphs);

} // namespace kg::bench
