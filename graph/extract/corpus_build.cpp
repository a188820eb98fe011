// Corpus assembly: discovered entities unified by id, evidence gathered per entity pair.
#include "extract/corpus_build.hpp"

#include "extract/kb_relations.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

namespace kg {
namespace {

using Global = std::uint32_t; // kb index, or kb size + index of a discovered entity

std::uint64_t pair_key(Global a, Global b) {
    if (a > b) std::swap(a, b);
    return (std::uint64_t(a) << 32) | b;
}

struct KbRelation {
    Global from = 0;
    Global to = 0;
    LinkKind kind = LinkKind::Leads;
};

} // namespace

// What the scans so far gave, by Global entity and by entity pair.
struct CorpusBuilder::State {
    explicit State(const KnowledgeBase& base) : kb(base), kb_size(Global(base.entities.size())) {
        for (std::size_t t = 0; t < kTopicCount; ++t) {
            issue_of[t] = kb.find(to_id(Topic(t)));
            if (issue_of[t] >= 0 && kb.entities[std::size_t(issue_of[t])].type != EntityType::Issue)
                issue_of[t] = -1;
        }
        mentions.resize(kb_size);
    }

    const KnowledgeBase& kb;
    const Global kb_size;
    // The issue entity of each topic, looked up once (not per sentence).
    std::array<std::int64_t, kTopicCount> issue_of{};
    // Discovered entities across documents, by id (a slug that is a kb id means that entity),
    // numbered as first met: Global kb_size + their index here.
    std::vector<DiscoveredEntity> discovered;
    std::unordered_map<std::string, Global> discovered_index;
    std::vector<std::vector<Mention>> mentions; // by Global
    // Each entity pair's passages in document and sentence order, as they come: no flat list
    // to sort (and its copy to sort into) at the end.
    std::unordered_map<std::uint64_t, std::uint32_t> pair_slot; // pair_key -> index below
    std::vector<std::uint64_t> pair_keys;
    std::vector<std::vector<Evidence>> pair_evidence;
    DocIndex next_doc = 0;
    std::vector<Global> scan_globals, ents; // scratch, per document

    void add_evidence(std::uint64_t key, const Evidence& ev) {
        auto [it, fresh] = pair_slot.emplace(key, std::uint32_t(pair_keys.size()));
        if (fresh) {
            pair_keys.push_back(key);
            pair_evidence.emplace_back();
        }
        pair_evidence[it->second].push_back(ev);
    }
};

CorpusBuilder::CorpusBuilder(const KnowledgeBase& kb) : state_(std::make_unique<State>(kb)) {}
CorpusBuilder::~CorpusBuilder() = default;

void CorpusBuilder::add(const DocResult& scan) {
    State& st = *state_;
    const KnowledgeBase& kb = st.kb;
    const DocIndex d = st.next_doc++;
    // The Global of each entity this scan discovered, looked up by id once per document rather
    // than once per mention; an entity met again fills what it lacked.
    st.scan_globals.clear();
    for (const DiscoveredEntity& found : scan.discovered) {
        if (std::int64_t k = kb.find(found.id); k >= 0) {
            st.scan_globals.push_back(Global(k));
            continue;
        }
        const auto next = Global(st.kb_size + st.discovered.size());
        auto [it, fresh] = st.discovered_index.emplace(found.id, next);
        if (fresh) {
            st.discovered.push_back(found);
            st.mentions.emplace_back();
        } else {
            DiscoveredEntity& known = st.discovered[it->second - st.kb_size];
            if (known.affiliation.empty()) known.affiliation = found.affiliation;
            if (known.role.empty()) known.role = found.role;
        }
        st.scan_globals.push_back(it->second);
    }
    auto global_of = [&](EntityRef r) -> Global {
        return r.discovered ? st.scan_globals[r.index] : r.index;
    };
    for (const DocMention& m : scan.mentions) st.mentions[global_of(m.ref)].push_back({d, m.span});
    for (const SentenceFacts& s : scan.sentences) {
        Evidence ev{d, s.span, s.kind, s.topics};
        // Each pair with its own kind and direction (Forward: the lower Global acts on the
        // other; turned to the link's own order in finish()). The heading's entities are
        // context, not evidence: a sentence under a heading naming X says nothing about X.
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
                st.add_evidence(pair_key(gi, gj), pe);
            }
        st.ents.clear();
        for (EntityRef r : refs) st.ents.push_back(global_of(r));
        std::sort(st.ents.begin(), st.ents.end());
        st.ents.erase(std::unique(st.ents.begin(), st.ents.end()), st.ents.end());
        // Entities link to the issue areas their sentence is about, where the document
        // discusses them (a passing mention makes no issue node).
        for (std::size_t t = 0; t < kTopicCount; ++t) {
            if (!(s.topics & scan.topics & topic_bit(Topic(t))) || st.issue_of[t] < 0) continue;
            for (Global e : st.ents) st.add_evidence(pair_key(e, Global(st.issue_of[t])), ev);
        }
    }
}

Corpus CorpusBuilder::finish(std::vector<Document> documents) {
    State& st = *state_;
    const KnowledgeBase& kb = st.kb;
    const Global kb_size = st.kb_size;
    const std::size_t total = kb_size + st.discovered.size();

    // Entities that are mentioned, sorted by id.
    std::vector<Global> present;
    for (Global g = 0; g < total; ++g)
        if (!st.mentions[g].empty()) present.push_back(g);
    auto id_of = [&](Global g) -> const std::string& {
        return g < kb_size ? kb.entities[g].id : st.discovered[g - kb_size].id;
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
            const DiscoveredEntity& k = st.discovered[g - kb_size];
            e.id = k.id;
            e.name = k.name;
            e.type = k.type;
            e.affiliation = k.affiliation;
            e.role = k.role;
            e.discovered = true;
        }
        auto& ms = st.mentions[g];
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
        ms.shrink_to_fit();
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

    // At most one link per pair plus one per relation: the links vector (hundreds of thousands
    // on large corpora) is allocated once instead of grown by copying.
    corpus.links.reserve(st.pair_keys.size() + relations.size());
    std::unordered_map<std::uint64_t, std::uint32_t>().swap(st.pair_slot);
    for (std::size_t p = 0; p < st.pair_keys.size(); ++p) {
        const std::uint64_t key = st.pair_keys[p];
        std::vector<Evidence> gathered = std::move(st.pair_evidence[p]);
        auto a = Global(key >> 32), b = Global(key & 0xFFFFFFFFu);
        if (final_index[a] < 0 || final_index[b] < 0) continue;
        Link link;
        auto fa = EntityIndex(final_index[a]), fb = EntityIndex(final_index[b]);
        link.source = std::min(fa, fb);
        link.target = std::max(fa, fb);
        // Directions were stated from the lower Global `a`; the link may start at the other end.
        const bool flip = link.source != fa;
        // In place: two names of one entity in a sentence (a discovered name that is a kb id)
        // gave the pair twice: one passage, once.
        std::size_t kept = 0;
        for (std::size_t k = 0; k < gathered.size(); ++k) {
            const Evidence ev = gathered[k];
            if (kept > 0 && gathered[kept - 1].doc == ev.doc && gathered[kept - 1].span == ev.span)
                continue;
            Evidence& out = gathered[kept++];
            out = ev;
            if (flip && ev.direction != Direction::None)
                out.direction =
                    ev.direction == Direction::Forward ? Direction::Backward : Direction::Forward;
        }
        gathered.resize(kept);
        gathered.shrink_to_fit();
        link.evidence = std::move(gathered);
        // A relation the knowledge base states stays its own link of weight 1 (added below): the
        // passages naming both ends support this passage link, not the stated fact.
        link.kind = best_supported_kind(link.evidence);
        for (const Evidence& ev : link.evidence) link.topics |= ev.topics;
        corpus.links.push_back(std::move(link));
    }
    std::vector<std::vector<Evidence>>().swap(st.pair_evidence);
    std::vector<std::uint64_t>().swap(st.pair_keys);
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

Corpus build_corpus_from_scans(const KnowledgeBase& kb, std::vector<Document> documents,
                               std::vector<DocResult> scans) {
    CorpusBuilder builder(kb);
    for (DocResult& scan : scans) {
        builder.add(scan);
        scan = DocResult{}; // gathered: the scan is not read again
    }
    std::vector<DocResult>().swap(scans);
    return builder.finish(std::move(documents));
}

} // namespace kg
