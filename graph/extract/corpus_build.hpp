// Merging per-document scans into the corpus: global entities, mentions, links with evidence.
#pragma once

#include "extract/doc_scan.hpp"
#include "model/corpus.hpp"

#include <vector>

namespace kg {

// Builds the corpus from `documents` and their scans (same order). Entities mentioned nowhere are
// left out; knowledge-base relations appear when both ends are mentioned. Each scan is freed once
// its passages are gathered, so that the scans and the gathered evidence never all coexist.
Corpus build_corpus_from_scans(const KnowledgeBase& kb, std::vector<Document> documents,
                               std::vector<DocResult> scans);

} // namespace kg
