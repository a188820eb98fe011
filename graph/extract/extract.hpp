// Extraction: documents in, entities with mentions and links with evidence out.
#pragma once

#include "common/progress.hpp"
#include "kb/knowledge_base.hpp"
#include "model/corpus.hpp"

namespace kg {

// Finds entities (known and discovered), topics and links in `documents`.
// Entities are sorted by id, links by (source, target); evidence offsets point into each document's
// text.
Corpus extract(const KnowledgeBase& kb, std::vector<Document> documents,
               const WorkControl& control = {});

} // namespace kg
