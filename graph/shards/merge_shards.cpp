// merge_shard_corpora: documents re-ordered and de-duplicated, then entities and links re-indexed.
#include "shards/merge_shards.hpp"

#include "extract/kb_relations.hpp"
#include "ingest/duplicates.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <tuple>

namespace kg {
namespace {

constexpr DocIndex kDropped = std::numeric_limits<DocIndex>::max();
constexpr EntityIndex kAbsent = std::numeric_limits<EntityIndex>::max();

// The documents of all shards in the order one process gives them (sorted path order, copies
// dropped); `doc_map[s][i]` is shard s's document i in the result, or kDropped.
std::vector<Document> merge_documents(std::vector<Corpus>& shards,
                                      std::vector<std::vector<DocIndex>>& doc_map,
                                      Diagnostics& diagnostics) {
    struct Origin {
        std::size_t shard;
        DocIndex doc;
    };
    std::vector<Origin> order;
    for (std::size_t s = 0; s < shards.size(); ++s) {
        doc_map.emplace_back(shards[s].documents.size(), kDropped);
        for (DocIndex d = 0; d < shards[s].documents.size(); ++d) order.push_back({s, d});
    }
    // collect_input_files sorts by the generic path string, which is what `path` holds.
    std::stable_sort(order.begin(), order.end(), [&](const Origin& a, const Origin& b) {
        return shards[a.shard].documents[a.doc].path < shards[b.shard].documents[b.doc].path;
    });
    std::vector<Document> documents;
    documents.reserve(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        documents.push_back(std::move(shards[order[k].shard].documents.edit(order[k].doc)));
        documents.back().id = std::to_string(k); // where it came from, through the drop below
    }
    // Copies in one shard were dropped by its ingest; copies across shards are dropped here,
    // by the same function over the same order.
    ingestion::drop_duplicate_articles(documents, diagnostics);
    for (std::size_t n = 0; n < documents.size(); ++n) {
        const Origin& o = order[std::stoul(documents[n].id)];
        doc_map[o.shard][o.doc] = DocIndex(n);
        documents[n].id = "d" + std::to_string(n);
    }
    return documents;
}

// Entities by id (sorted, as extraction sorts them), with the mentions of documents kept.
// `entity_map[s][e]` is shard s's entity e in the result, or kAbsent.
std::vector<Entity> merge_entities(std::vector<Corpus>& shards,
                                   const std::vector<std::vector<DocIndex>>& doc_map,
                                   std::vector<std::vector<EntityIndex>>& entity_map) {
    // Each id's shard entities, by the merged index of their first mention: extraction takes a
    // discovered entity's name and type from the first article that found it, and a missing
    // affiliation or role from the next ones.
    struct Part {
        DocIndex first; // merged index of its first mention
        std::size_t shard;
        EntityIndex entity;
    };
    std::map<std::string, std::vector<Part>> by_id;
    auto by_place = [](const Mention& a, const Mention& b) {
        return std::tie(a.doc, a.span.start, a.span.end) <
               std::tie(b.doc, b.span.start, b.span.end);
    };
    for (std::size_t s = 0; s < shards.size(); ++s) {
        entity_map.emplace_back(shards[s].entities.size(), kAbsent);
        for (EntityIndex i = 0; i < shards[s].entities.size(); ++i) {
            Entity& e = shards[s].entities[i];
            for (Mention& m : e.mentions) m.doc = doc_map[s][m.doc];
            std::erase_if(e.mentions, [](const Mention& m) { return m.doc == kDropped; });
            if (e.mentions.empty()) continue;
            std::sort(e.mentions.begin(), e.mentions.end(), by_place);
            by_id[e.id].push_back({e.mentions.front().doc, s, i});
        }
    }
    std::vector<Entity> entities;
    entities.reserve(by_id.size());
    for (auto& [id, parts] : by_id) {
        std::sort(parts.begin(), parts.end(),
                  [](const Part& a, const Part& b) { return a.first < b.first; });
        for (const Part& p : parts) entity_map[p.shard][p.entity] = EntityIndex(entities.size());
        Entity merged = std::move(shards[parts.front().shard].entities[parts.front().entity]);
        for (std::size_t p = 1; p < parts.size(); ++p) {
            const Entity& e = shards[parts[p].shard].entities[parts[p].entity];
            if (merged.affiliation.empty()) merged.affiliation = e.affiliation;
            if (merged.role.empty()) merged.role = e.role;
            merged.mentions.insert(merged.mentions.end(), e.mentions.begin(), e.mentions.end());
        }
        // Each document is in one shard, so the parts' mentions never repeat one another.
        std::sort(merged.mentions.begin(), merged.mentions.end(), by_place);
        entities.push_back(std::move(merged));
    }
    return entities;
}

// Passage links merged by their two ends: passages in (document, start) order, kind and topics
// recomputed from them as extraction does.
std::vector<Link> merge_passage_links(std::vector<Corpus>& shards,
                                      const std::vector<std::vector<DocIndex>>& doc_map,
                                      const std::vector<std::vector<EntityIndex>>& entity_map) {
    std::map<std::pair<EntityIndex, EntityIndex>, Link> by_pair;
    for (std::size_t s = 0; s < shards.size(); ++s)
        for (Link& l : shards[s].links) {
            if (l.from_knowledge_base) continue; // recomputed over all entities
            const EntityIndex source = entity_map[s][l.source], target = entity_map[s][l.target];
            if (source == kAbsent || target == kAbsent) continue;
            // Extraction orders a passage link's ends by entity index, which merging keeps (both
            // are sorted by id); turned anyway if a shard says otherwise.
            if (source > target) reverse_link(l);
            Link& merged = by_pair[{std::min(source, target), std::max(source, target)}];
            merged.source = std::min(source, target);
            merged.target = std::max(source, target);
            for (Evidence& ev : l.evidence) {
                ev.doc = doc_map[s][ev.doc];
                if (ev.doc != kDropped) merged.evidence.push_back(ev);
            }
        }
    std::vector<Link> links;
    links.reserve(by_pair.size());
    for (auto& [pair, link] : by_pair) {
        if (link.evidence.empty()) continue;
        std::stable_sort(link.evidence.begin(), link.evidence.end(),
                         [](const Evidence& a, const Evidence& b) {
                             return std::tie(a.doc, a.span.start, a.span.end) <
                                    std::tie(b.doc, b.span.start, b.span.end);
                         });
        link.kind = best_supported_kind(link.evidence);
        for (const Evidence& ev : link.evidence) link.topics |= ev.topics;
        links.push_back(std::move(link));
    }
    return links;
}

// The knowledge base's stated links among `entities`, as extraction adds them: one per pair of
// ends, the first stated in entity order.
void add_stated_links(const KnowledgeBase& kb, const std::vector<Entity>& entities,
                      std::vector<Link>& links) {
    std::vector<std::int64_t> final_index(kb.entities.size(), -1);
    for (EntityIndex i = 0; i < entities.size(); ++i)
        if (!entities[i].discovered)
            if (std::int64_t k = kb.find(entities[i].id); k >= 0) final_index[std::size_t(k)] = i;
    std::map<std::pair<std::size_t, std::size_t>, bool> seen;
    for (const Entity& e : entities) {
        if (e.discovered) continue;
        const std::int64_t k = kb.find(e.id);
        if (k < 0) continue;
        kb_relations_of(kb, std::size_t(k), [&](std::size_t from, std::size_t to, LinkKind kind) {
            if (final_index[from] < 0 || final_index[to] < 0 || from == to) return;
            if (!seen.emplace(std::pair{std::min(from, to), std::max(from, to)}, true).second)
                return;
            Link link;
            link.source = EntityIndex(final_index[from]);
            link.target = EntityIndex(final_index[to]);
            link.kind = kind;
            link.from_knowledge_base = true;
            links.push_back(std::move(link));
        });
    }
}

} // namespace

Corpus merge_shard_corpora(std::vector<Corpus> shards, const KnowledgeBase& kb,
                           Diagnostics& diagnostics) {
    Corpus merged;
    std::vector<std::vector<DocIndex>> doc_map;
    std::vector<std::vector<EntityIndex>> entity_map;
    merged.documents = merge_documents(shards, doc_map, diagnostics);
    merged.entities = merge_entities(shards, doc_map, entity_map);
    merged.links = merge_passage_links(shards, doc_map, entity_map);
    add_stated_links(kb, merged.entities, merged.links);
    // Extraction's order: by (source, target), a passage link before a stated link of the same
    // ends.
    std::stable_sort(merged.links.begin(), merged.links.end(), [](const Link& a, const Link& b) {
        return std::tie(a.source, a.target, a.from_knowledge_base) <
               std::tie(b.source, b.target, b.from_knowledge_base);
    });
    return merged;
}

} // namespace kg
