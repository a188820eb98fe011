// The relations the knowledge base states (leads, affiliated-with, member-of), shared by the
// extractor and `kgviz merge`, which recomputes them once the shards' entities are together.
#pragma once

#include "kb/knowledge_base.hpp"

#include <cstddef>
#include <functional>

namespace kg {

// Receives one stated relation: knowledge-base indices of its two ends and its kind.
using KbRelationSink = std::function<void(std::size_t from, std::size_t to, LinkKind kind)>;

// Calls `add` for each relation knowledge-base entity `k` states: its affiliation (a leader leads
// it or serves it, a person is affiliated with it) and, for an organization, each member.
void kb_relations_of(const KnowledgeBase& kb, std::size_t k, const KbRelationSink& add);

} // namespace kg
