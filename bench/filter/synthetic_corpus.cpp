// Synthetic corpus generator: a preferential-attachment-like degree skew, like real news graphs
// (a few countries in most links), so ego and path queries meet realistic hubs.
#include "synthetic_corpus.hpp"

#include <algorithm>
#include <cstdio>
#include <random>
#include <set>

namespace kg::bench {

Corpus synthetic_corpus(std::size_t entities, std::size_t links, std::size_t documents,
                        unsigned seed) {
    std::mt19937 rng(seed);
    Corpus c;
    for (std::size_t d = 0; d < documents; ++d) {
        Document doc;
        doc.id = "d" + std::to_string(d);
        doc.path = "gen/" + std::to_string(100000 + d) + ".txt";
        char date[16];
        std::snprintf(date, sizeof date, "20%02zu-%02zu-%02zu", 15 + d % 10, 1 + d % 12,
                      1 + d % 28);
        doc.date = date;
        c.documents.push_back(std::move(doc));
    }
    for (std::size_t i = 0; i < entities; ++i) {
        Entity e;
        char id[32];
        std::snprintf(id, sizeof id, "e%06zu", i);
        e.id = id;
        e.name = "Entity " + std::to_string(i);
        e.type = EntityType(i % kEntityTypeCount);
        const Region r = Region(rng() % kRegionCount);
        if (e.type == EntityType::Country) e.region = r;
        if (e.type != EntityType::Leader && e.type != EntityType::Person) e.regions = region_bit(r);
        if (e.type == EntityType::Leader)
            e.affiliation = c.entities.empty() ? "" : c.entities[rng() % c.entities.size()].id;
        e.discovered = rng() % 10 == 0;
        for (int m = 0; m < 3; ++m) e.mentions.push_back({DocIndex(rng() % documents), {0, 1}});
        std::sort(e.mentions.begin(), e.mentions.end(),
                  [](const Mention& a, const Mention& b) { return a.doc < b.doc; });
        c.entities.push_back(std::move(e));
    }
    // Skewed endpoints: squaring a uniform variate favours low indices (the hubs).
    std::uniform_real_distribution<double> u(0.0, 1.0);
    auto pick = [&] {
        const double x = u(rng);
        return EntityIndex(x * x * double(entities)) % EntityIndex(entities);
    };
    std::set<std::pair<EntityIndex, EntityIndex>> seen;
    while (c.links.size() < links) {
        EntityIndex a = pick(), b = EntityIndex(rng() % entities);
        if (a == b) continue;
        if (a > b) std::swap(a, b);
        if (!seen.insert({a, b}).second) continue;
        Link l;
        l.source = a;
        l.target = b;
        l.kind = LinkKind(rng() % 4);
        const std::size_t n = 1 + rng() % 4;
        for (std::size_t k = 0; k < n; ++k) {
            Evidence ev;
            ev.doc = DocIndex(rng() % documents);
            ev.span = {std::uint32_t(k * 10), std::uint32_t(k * 10 + 8)};
            ev.kind = l.kind;
            ev.topics = topic_bit(Topic(rng() % kTopicCount));
            l.topics = TopicMask(l.topics | ev.topics);
            l.evidence.push_back(ev);
        }
        std::sort(l.evidence.begin(), l.evidence.end(),
                  [](const Evidence& x, const Evidence& y) { return x.doc < y.doc; });
        c.links.push_back(std::move(l));
    }
    for (std::size_t i = 0; i < entities; ++i)
        if (c.entities[i].type == EntityType::Leader && !c.entities[i].affiliation.empty()) {
            Link l;
            l.source = EntityIndex(i);
            l.target = EntityIndex(c.find_entity(c.entities[i].affiliation));
            if (l.source == l.target) continue;
            l.kind = LinkKind::Leads;
            l.from_knowledge_base = true;
            c.links.push_back(l);
        }
    return c;
}

} // namespace kg::bench
