// Plain text to blocks: one block per line, except hard-wrapped paragraphs, which are rejoined.
#pragma once

#include "ingest/blocks.hpp"

#include <string_view>

namespace kg::ingestion {

// Splits text into blocks. Text copied from web pages puts one paragraph (or one piece of
// chrome) per line, so lines stay separate; a group of lines that looks hard-wrapped at a
// fixed width is joined into one paragraph. Bullets ("•", "-", "*") mark list items.
Blocks plain_text_to_blocks(std::string_view text);

} // namespace kg::ingestion
