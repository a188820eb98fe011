// Merging the graphs of `kgviz extract --shard K/N` into the graph one process extracts from all
// the inputs: the same documents, ids, entities, links and passages, so the same bytes.
#pragma once

#include "common/diagnostics.hpp"
#include "kb/knowledge_base.hpp"
#include "model/corpus.hpp"

#include <vector>

namespace kg {

// Merges shard corpora (each as extracted, before curation after extraction) into one:
// documents in the global path order with ids d0, d1, ... again; articles that one shard holds
// and another holds a copy of are dropped as ingest drops copies (a note each, in `diagnostics`);
// entities merged by id; passage links by their two ends, their passages sorted by (document,
// start), their kind recomputed by best_supported_kind; the knowledge base's stated links
// recomputed from `kb` over the merged entities (a shard alone may lack one end).
Corpus merge_shard_corpora(std::vector<Corpus> shards, const KnowledgeBase& kb,
                           Diagnostics& diagnostics);

} // namespace kg
