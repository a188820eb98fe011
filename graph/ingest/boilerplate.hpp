// Boilerplate removal: keeps the article body, drops page chrome, marks photo captions.
// Every rule is general (line shape, punctuation, link density, position, the phrase list);
// none knows any particular site or file.
#pragma once

#include "ingest/blocks.hpp"
#include "ingest/chrome_phrases.hpp"
#include "ingest/line_shape.hpp"

#include <string>

namespace kg::ingestion {

struct BoilerplateResult {
    Blocks blocks;                 // what is left, in order; roles refined (captions marked)
    std::vector<LineShape> shapes; // measure() of each of `blocks`, for the metadata rules
    std::string card_name;         // name on a person card ("NAME image" + "NAME"), an author hint
};

// Applies, in order: chrome lines (phrases, breadcrumbs, share rows, image alt text, credits,
// biographies, link-dense blocks, foreign-script blocks), the trailing-box cut, captions with
// their credits stripped, and the merging of consecutive duplicates.
BoilerplateResult remove_boilerplate(Blocks blocks, const ChromePhrases& phrases);

// True when `text` is a photo credit: short, and naming an agency or photographer
// ("Photo/Xinhua", "Mark Ralston/Pool via The New York Times", "AFP").
bool is_credit_text(std::string_view text, const ChromePhrases& phrases);

// For a block ending in "(credit)" or "[credit]", the length of the text before it; else npos.
std::size_t strip_trailing_credit(std::string_view text, const ChromePhrases& phrases);

} // namespace kg::ingestion
