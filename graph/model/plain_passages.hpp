// Which passages of a corpus's documents graph JSON can copy as they are: every evidence item
// repeats its sentence, and scanning each copy for bytes to escape was most of writing them.
#pragma once

#include "model/corpus.hpp"

#include <cstdint>
#include <vector>

namespace kg::json_detail {

class PlainPassages {
  public:
    // Looks at the text of every document once, on `threads` threads (0: one per core).
    PlainPassages(const Corpus& corpus, unsigned threads);

    // True when the text of document `doc` in `span` is written in JSON as it is: valid UTF-8
    // cut at character boundaries, with no control byte, quote or backslash.
    bool plain(std::size_t doc, Span span) const;

  private:
    struct Marks {
        bool valid_utf8 = false;
        std::vector<std::uint32_t> escaped; // offsets of the bytes JSON escapes, ascending
    };
    const Documents& documents_;
    std::vector<Marks> docs_;
};

} // namespace kg::json_detail
