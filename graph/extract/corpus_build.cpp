// Corpus assembly: discovered entities unified by id, evidence gathered per entity pair.
#include "extract/corpus_build.hpp"

#include "extract/kb_relations.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <map>
#include <unordered_map>

namespace kg {
namespace {

using Global = std::uint32_t; // kb index, or kb size + index of a discovered entity

std::uint64_t pair_key(Global a, Global b) {
    if (a > b) std::swap(a, b);
    return (std::uint64_t(a) << 32) | b;
}

struct KeyedEvidence {
    std::uint64_t key; // pair_key of the two entities
    Evidence ev;
};

struct KbRelation {
    Global from = 0;
    Global to = 0;
    LinkKind kind = LinkKind::Leads;
};

// At least the number of evidence items build_corpus_from_scans makes from `scans` (pairs of a
// sentence's entities, entities with their topics' issues).
std::size_t evidence_bound(const std::vector<DocResult>& scans) {
    std::size_t n = 0;
    for (const DocResult& scan : scans)
        for (const SentenceFacts& s : scan.sentences) {
            const std::size_t e = scan.entities(s).size();
            n += e * (e - 1) / 2 + std::size_t(std::popcount(s.topics)) * e;
        }
    return n;
}

// Stable counting sort of `from` into `to` (the same size) by `digit(key)`, which is < buckets.
template <typename Digit>
void counting_sort(const std::vector<KeyedEvidence>& from, std::vector<KeyedEvidence>& to,
                   std::size_t buckets, Digit digit) {
    std::vector<std::size_t> start(buckets + 1, 0);
    for (const KeyedEvidence& k : from) ++start[digit(k.key) + 1];
    for (std::size_t b = 0; b < buckets; ++b) start[b + 1] += start[b];
    for (const KeyedEvidence& k : from) to[start[digit(k.key)]++] = k;
}

} // namespace

Corpus build_corpus_from_scans(const KnowledgeBase& kb, std::vector<Document> documents,
                               std::vector<DocResult> scans) {
    const auto kb_size = Global(kb.entities.size());

    // Discovered entities across documents, by id; a slug that is a kb id means that entity.
    std::map<std::string, DiscoveredEntity> found;
    for (const DocResult& scan : scans)
        for (const DiscoveredEntity& d : scan.discovered) {
            if (kb.find(d.id) >= 0) continue;
            auto [it, fresh] = found.emplace(d.id, d);
            if (!fresh && it->second.affiliation.empty()) it->second.affiliation = d.affiliation;
            if (!fresh && it->second.role.empty()) it->second.role = d.role;
        }
    std::vector<const DiscoveredEntity*> discovered;
    std::map<std::string, Global, std::less<>> discovered_index;
    for (auto& [id, d] : found) {
        discovered_index.emplace(id, kb_size + Global(discovered.size()));
        discovered.push_back(&d);
    }
    const std::size_t total = kb_size + discovered.size();
    // The Global of each entity one scan discovered, looked up by id once per document rather
    // than once per mention.
    std::vector<Global> scan_globals;
    auto set_scan = [&](const DocResult& scan) {
        scan_globals.clear();
        for (const DiscoveredEntity& d : scan.discovered) {
            if (std::int64_t k = kb.find(d.id); k >= 0)
                scan_globals.push_back(Global(k));
            else
                scan_globals.push_back(discovered_index.find(d.id)->second);
        }
    };
    auto global_of = [&](EntityRef r) -> Global {
        return r.discovered ? scan_globals[r.index] : r.index;
    };

    // The issue entity of each topic, looked up once (not per sentence).
    std::array<std::int64_t, kTopicCount> issue_of{};
    for (std::size_t t = 0; t < kTopicCount; ++t) {
        issue_of[t] = kb.find(to_id(Topic(t)));
        if (issue_of[t] >= 0 && kb.entities[std::size_t(issue_of[t])].type != EntityType::Issue)
            issue_of[t] = -1;
    }

    // Evidence as one flat list of (entity pair, passage), grouped by pair with one sort below:
    // far fewer allocations than a vector per pair.
    std::vector<std::vector<Mention>> mentions(total);
    {
        // Counted first, so that each entity's list (thousands for a country) is allocated once.
        std::vector<std::size_t> counts(total, 0);
        for (const DocResult& scan : scans) {
            set_scan(scan);
            for (const DocMention& m : scan.mentions) ++counts[global_of(m.ref)];
        }
        for (std::size_t g = 0; g < total; ++g) mentions[g].reserve(counts[g]);
    }
    std::vector<KeyedEvidence> evidence;
    evidence.reserve(evidence_bound(scans)); // millions of items on large corpora: grown once
    std::vector<Global> ents;
    for (std::size_t d = 0; d < scans.size(); ++d) {
        const DocResult& scan = scans[d];
        set_scan(scan);
        for (const DocMention& m : scan.mentions)
            mentions[global_of(m.ref)].push_back({DocIndex(d), m.span});
        for (const SentenceFacts& s : scan.sentences) {
            Evidence ev{DocIndex(d), s.span, s.kind, s.topics};
            // Each pair with its own kind and direction (Forward: the lower Global acts on the
            // other; turned to the link's own order below). The heading's entities are context,
            // not evidence: a sentence under a heading naming X says nothing about X.
            const auto refs = scan.entities(s);
            const PairRelation* relation = scan.pairs.data() + s.pairs_begin;
            for (std::size_t i = 0; i < refs.size(); ++i)
                for (std::size_t j = i + 1; j < refs.size(); ++j, ++relation) {
                    Global gi = global_of(refs[i]), gj = global_of(refs[j]);
                    if (gi == gj) continue;
                    Evidence pe = ev;
                    pe.kind = relation->kind;
                    if (relation->direction != 0)
                        pe.direction = (relation->direction > 0) == (gi < gj) ? Direction::Forward
                                                                              : Direction::Backward;
                    evidence.push_back({pair_key(gi, gj), pe});
                }
            ents.clear();
            for (EntityRef r : refs) ents.push_back(global_of(r));
            std::sort(ents.begin(), ents.end());
            ents.erase(std::unique(ents.begin(), ents.end()), ents.end());
            // Entities link to the issue areas their sentence is about, where the document
            // discusses them (a passing mention makes no issue node).
            for (std::size_t t = 0; t < kTopicCount; ++t) {
                if (!(s.topics & scan.topics & topic_bit(Topic(t))) || issue_of[t] < 0) continue;
                for (Global e : ents) evidence.push_back({pair_key(e, Global(issue_of[t])), ev});
            }
        }
        scans[d] = DocResult{}; // gathered: the scan is not read again
    }
    std::vector<DocResult>().swap(scans);
    // By pair, then in document and sentence order. The items were appended in document and
    // sentence order, so a stable sort by pair alone gives that order (items equal in pair,
    // document and sentence are copies of one Evidence): two counting-sort passes, by the second
    // entity and then by the first, instead of a comparison sort of millions of items.
    {
        std::vector<KeyedEvidence> scratch(evidence.size());
        counting_sort(evidence, scratch, total,
                      [](std::uint64_t key) { return std::size_t(key & 0xFFFFFFFFu); });
        counting_sort(scratch, evidence, total,
                      [](std::uint64_t key) { return std::size_t(key >> 32); });
    }

    // Entities that are mentioned, sorted by id.
    std::vector<Global> present;
    for (Global g = 0; g < total; ++g)
        if (!mentions[g].empty()) present.push_back(g);
    auto id_of = [&](Global g) -> const std::string& {
        return g < kb_size ? kb.entities[g].id : discovered[g - kb_size]->id;
    };
    std::sort(present.begin(), present.end(),
              [&](Global a, Global b) { return id_of(a) < id_of(b); });
    std::vector<std::int64_t> final_index(total, -1);
    Corpus corpus;
    for (Global g : present) {
        final_index[g] = std::int64_t(corpus.entities.size());
        Entity e;
        if (g < kb_size) {
            const KbEntity& k = kb.entities[g];
            e.id = k.id;
            e.name = k.name;
            e.type = k.type;
            e.region = k.region;
            e.regions = k.regions;
            e.affiliation = k.affiliation;
            e.role = k.role;
            e.aliases = k.aliases;
        } else {
            const DiscoveredEntity& k = *discovered[g - kb_size];
            e.id = k.id;
            e.name = k.name;
            e.type = k.type;
            e.affiliation = k.affiliation;
            e.role = k.role;
            e.discovered = true;
        }
        auto& ms = mentions[g];
        // Gathered in document order from mention lists sorted by span, so nearly always in order
        // already: checking is one pass, sorting millions of them was not. (Items equal in doc
        // and span are equal, so skipping the unstable sort changes nothing.)
        auto by_place = [](const Mention& a, const Mention& b) {
            return std::tie(a.doc, a.span.start, a.span.end) <
                   std::tie(b.doc, b.span.start, b.span.end);
        };
        if (!std::is_sorted(ms.begin(), ms.end(), by_place))
            std::sort(ms.begin(), ms.end(), by_place);
        ms.erase(std::unique(ms.begin(), ms.end(),
                             [](const Mention& a, const Mention& b) {
                                 return a.doc == b.doc && a.span == b.span;
                             }),
                 ms.end());
        e.mentions = std::move(ms);
        corpus.entities.push_back(std::move(e));
    }

    // Relations the knowledge base states, kept when both ends are in the corpus: links of their
    // own, without evidence, beside any passage link of the same pair.
    std::unordered_map<std::uint64_t, KbRelation> relations;
    for (Global g : present) {
        if (g >= kb_size) continue;
        kb_relations_of(kb, g, [&](std::size_t from, std::size_t to, LinkKind kind) {
            if (final_index[from] >= 0 && final_index[to] >= 0 && from != to)
                relations.emplace(pair_key(Global(from), Global(to)),
                                  KbRelation{Global(from), Global(to), kind});
        });
    }

    // At most one link per pair of the sorted evidence plus one per relation: the links vector
    // (hundreds of thousands on large corpora) is allocated once instead of grown by copying.
    std::size_t pairs = 0;
    for (std::size_t g = 0; g < evidence.size(); ++g)
        pairs += g == 0 || evidence[g].key != evidence[g - 1].key;
    corpus.links.reserve(pairs + relations.size());
    for (std::size_t g = 0; g < evidence.size();) {
        const std::uint64_t key = evidence[g].key;
        std::size_t end = g;
        while (end < evidence.size() && evidence[end].key == key) ++end;
        const std::size_t first = g;
        g = end;
        auto a = Global(key >> 32), b = Global(key & 0xFFFFFFFFu);
        if (final_index[a] < 0 || final_index[b] < 0) continue;
        Link link;
        auto fa = EntityIndex(final_index[a]), fb = EntityIndex(final_index[b]);
        link.source = std::min(fa, fb);
        link.target = std::max(fa, fb);
        // Directions were stated from the lower Global `a`; the link may start at the other end.
        const bool flip = link.source != fa;
        link.evidence.reserve(end - first);
        for (std::size_t k = first; k < end; ++k) {
            const Evidence& ev = evidence[k].ev;
            // Two names of one entity in a sentence (a discovered name that is a kb id) gave the
            // pair twice: one passage, once.
            if (!link.evidence.empty() && link.evidence.back().doc == ev.doc &&
                link.evidence.back().span == ev.span)
                continue;
            link.evidence.push_back(ev);
            if (flip && ev.direction != Direction::None)
                link.evidence.back().direction =
                    ev.direction == Direction::Forward ? Direction::Backward : Direction::Forward;
        }
        // A relation the knowledge base states stays its own link of weight 1 (added below): the
        // passages naming both ends support this passage link, not the stated fact.
        link.kind = best_supported_kind(link.evidence);
        for (const Evidence& ev : link.evidence) link.topics |= ev.topics;
        corpus.links.push_back(std::move(link));
    }
    std::vector<KeyedEvidence>().swap(evidence);
    for (auto& [key, r] : relations) {
        Link link;
        link.source = EntityIndex(final_index[r.from]);
        link.target = EntityIndex(final_index[r.to]);
        link.kind = r.kind;
        link.from_knowledge_base = true;
        corpus.links.push_back(std::move(link));
    }
    // By (source, target), which is unique per link (one link per pair): sorted as 16-byte keys,
    // then moved once into place, instead of swapping whole links (their evidence vectors) in a
    // comparison sort of hundreds of thousands of them.
    {
        std::vector<std::pair<std::uint64_t, std::size_t>> order(corpus.links.size());
        for (std::size_t l = 0; l < order.size(); ++l)
            order[l] = {(std::uint64_t(corpus.links[l].source) << 32) | corpus.links[l].target, l};
        std::sort(order.begin(), order.end());
        std::vector<Link> sorted;
        sorted.reserve(order.size());
        for (const auto& [key, l] : order) sorted.push_back(std::move(corpus.links[l]));
        corpus.links = std::move(sorted);
    }
    corpus.documents = std::move(documents);
    return corpus;
}

} // namespace kg
