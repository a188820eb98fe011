// A corpus past BigCorpus for the prominence budget's tests: entity i has 1000 - i mentions;
// every pair of the first 60 is linked with a weight from 1 to 7 that varies with the pair, and
// the other 340 form a chain of weight-1 links.
#pragma once

#include "model/corpus.hpp"

#include <string>

namespace kg::test {

inline Corpus big_corpus() {
    Corpus c;
    Document d;
    d.path = "a.txt";
    d.id = "a";
    d.title = "A";
    d.text = "One sentence.";
    d.sentences.push_back({{0, std::uint32_t(d.text.size())}, -1});
    c.documents.push_back(d);
    for (int i = 0; i < 400; ++i) {
        Entity e;
        e.id = "e" + std::to_string(1000 + i);
        e.name = "Entity " + std::to_string(i);
        e.mentions.resize(std::size_t(1000 - i));
        c.entities.push_back(std::move(e));
    }
    auto link = [&](EntityIndex a, EntityIndex b, std::size_t weight) {
        Link l;
        l.source = a;
        l.target = b;
        l.evidence.resize(weight, Evidence{0, d.sentences[0].span});
        c.links.push_back(std::move(l));
    };
    for (EntityIndex a = 0; a < 60; ++a)
        for (EntityIndex b = a + 1; b < 60; ++b) link(a, b, 1 + (a * 7 + b * 3) % 7);
    for (EntityIndex a = 60; a < 400; ++a) link(a - 1, a, 1);
    return c;
}

} // namespace kg::test
