// The words by which text introduces people and organizations: titles, role nouns, organization
// heads.
#pragma once

#include "extract/phrase_matcher.hpp"

#include <cstdint>
#include <string_view>

namespace kg {

// Values of title phrases: who the titled name is.
enum class TitleKind : std::uint8_t {
    Official,  // "President", "Foreign Minister": a leader
    Honorific, // "Mr", "Dr", "Professor": a person (or a known leader)
    Role,      // "analyst", "Director", "Chair": a person, also found after a comma
};

struct DiscoveryLexicon {
    PhraseMatcher titles; // value: TitleKind
    PhraseMatcher
        org_heads; // "Institute", "Council", ...: the last (or first) word of an organization
    // "miner", "think tank", "movement": common nouns that say a name beside them is an
    // organization ("the Chilean miner X", "the X movement"); value: DescriptorSide.
    PhraseMatcher org_descriptors;
};

// Where a descriptor stands to the name it describes.
enum class DescriptorSide : std::uint8_t {
    Before, // "the Chilean miner X", "X, the state company", "a subsidiary, X"
    After,  // "the X movement", "X guerrillas"
};

// Compiles the built-in lexicon (English news usage; see docs/extraction.md).
DiscoveryLexicon build_discovery_lexicon();

// Capitalized words that never start a name ("The", "During", "Both", months).
bool is_name_stopword(std::string_view word);

// Lower-case words allowed inside a name ("al", "bin", "de", "van").
bool is_name_particle(std::string_view word);

// A name word joined to a lower-case particle: "al-Aiban", "el-Sisi", "d'Estaing".
bool is_particle_compound(std::string_view word);

// Verbs that follow a person's name in reporting ("said", "spoke", "argued").
bool is_speech_verb(std::string_view word);

} // namespace kg
