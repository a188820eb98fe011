// Document structure: section headings found by line shape, and the final Document layout
// (cleaned text, paragraphs with their section heading, sentences with byte offsets).
#pragma once

#include "ingest/blocks.hpp"
#include "model/document.hpp"

namespace kg::ingestion {

// Marks short standalone lines that introduce prose ("North Korea", "The Arctic") as headings,
// and drops headings that introduce nothing (a label at the very end).
void mark_headings(Blocks& blocks);

// Joins blocks into Document::text (paragraphs separated by a blank line) and fills
// paragraphs (kind, section heading) and sentences (for body and caption paragraphs).
void assemble(const Blocks& blocks, Document& doc);

} // namespace kg::ingestion
