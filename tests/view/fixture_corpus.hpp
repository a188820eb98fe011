// A small hand-made corpus with fixed positions: every entity type, every passage link kind, a
// knowledge-base link, single- and multi-source links, Cyrillic and CJK names. Rendering and
// picking tests use it so they never depend on extraction quality.
#pragma once

#include "common/vec2.hpp"
#include "model/corpus.hpp"

#include <vector>

namespace kg::test {

struct Fixture {
    Corpus corpus;
    std::vector<Vec2> positions; // one per entity, world units ~ 100 apart
};

// Entity indices in the fixture, by name.
enum FixtureEntity : EntityIndex {
    kChina,
    kRussia,
    kUnitedStates,
    kXi,
    kPutin,
    kSco,
    kEnergy,
    kTrenin,
    kLavrov,
    kJapan
};
// Link indices in the fixture.
enum FixtureLink : std::uint32_t {
    kChinaRussiaCoop,   // cooperation, 3 documents
    kChinaUsTension,    // tension, 1 document: dashed
    kXiPutinMeeting,    // meeting, 2 documents
    kRussiaEnergyCo,    // co-mention, 1 document: dashed
    kXiChinaLeads,      // knowledge base (leads), no evidence: solid
    kChinaScoMember,    // knowledge base
    kTreninRussiaCo,    // co-mention, 2 documents
    kLavrovRussiaLeads, // knowledge base
};

Fixture make_fixture();

} // namespace kg::test
