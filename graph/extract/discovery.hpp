// Discovery: people and organizations the knowledge base lacks, found by how the text introduces
// them.
#pragma once

#include "extract/doc_scan.hpp"

#include <vector>

namespace kg {

// Finds names introduced by a title or role ("Foreign Minister X", "X, Director of ...", "By X"),
// and organization-like phrases ("... Institute", "... Forum"). Adds them to `discovered` (ids are
// slugs; a slug that is a knowledge-base id is that entity) and their mentions to `mentions`,
// dropping known matches that a longer discovered name covers. Keeps `mentions` sorted by start.
// `words` is find_words(index, doc.text).
void discover_entities(const ExtractIndex& index, const Document& doc, const WordMatches& words,
                       std::vector<DocMention>& mentions,
                       std::vector<DiscoveredEntity>& discovered);

} // namespace kg
