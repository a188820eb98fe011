// Merging per-document scans into the corpus: global entities, mentions, links with evidence.
#pragma once

#include "extract/doc_scan.hpp"
#include "model/corpus.hpp"

#include <vector>

namespace kg {

// Builds the corpus from `documents` and their scans (same order). Entities mentioned nowhere are
// left out; knowledge-base relations appear when both ends are mentioned.
Corpus build_corpus_from_scans(const KnowledgeBase& kb, std::vector<Document> documents,
                               const std::vector<DocResult>& scans);

} // namespace kg
