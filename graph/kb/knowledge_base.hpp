// The knowledge base in assets/kb/: known entities, their aliases, topic cues and link cues.
// File formats and cue syntax: docs/knowledge-base.md.
#pragma once

#include "common/diagnostics.hpp"
#include "model/corpus.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// Knowledge-base files larger than this are refused (the bundled ones are about 100 KB).
inline constexpr std::uint64_t kMaxKbFileBytes = 8ull << 20;

struct KbEntity {
    std::string id;
    std::string name;
    EntityType type = EntityType::Country;
    std::optional<Region> region; // countries
    RegionMask regions = 0;       // organizations and issues: the regions they concern
    std::string affiliation;      // leader: country id; person: organization id (optional)
    std::string role;
    std::vector<std::string> aliases;
    std::vector<std::string> members; // organization: member country ids
    std::string origin;               // "countries.json:entities[3]", for diagnostics
};

struct ExtractIndex;

// The matchers extract() compiled from a knowledge base, kept with it and reused while the
// knowledge base's content stays the same. A copy of the knowledge base starts without them.
class CompiledIndexCache {
  public:
    CompiledIndexCache() = default;
    CompiledIndexCache(const CompiledIndexCache&) {}
    CompiledIndexCache& operator=(const CompiledIndexCache&) { return *this; }

    std::mutex mutex;
    std::uint64_t fingerprint = 0; // of the content the index was compiled from
    std::shared_ptr<const ExtractIndex> index;
};

struct KnowledgeBase {
    std::vector<KbEntity>
        entities; // sorted by id; includes one issue entity per topic of topics.json
    std::array<std::vector<std::string>, kTopicCount> topic_cues;
    std::vector<std::string> cooperation_cues;
    std::vector<std::string> tension_cues;
    std::vector<std::string> meeting_cues;
    // Phrases that name the pair in focus ("the two countries"), by the type of the pair.
    std::array<std::vector<std::string>, kEntityTypeCount> pair_cues;
    // Phrases that name no entity but contain a name ("Latin America", "Indo-Pacific", "Xi'an"):
    // matched like aliases, the longest match wins, and a match here hides the names inside it.
    struct NonEntity {
        std::string text;
        std::string origin; // "non_entities.json:non_entities[3]", for diagnostics
    };
    std::vector<NonEntity> non_entities;
    // Names from an "aliases" file (aliases_i18n.json: Chinese and Russian), added to their
    // entity by finish_knowledge_base whichever file defines the entity.
    struct ExtraAlias {
        std::string id, alias;
        std::string origin; // "aliases_i18n.json:aliases.china[2]", for diagnostics
    };
    std::vector<ExtraAlias> extra_aliases;
    mutable CompiledIndexCache compiled; // extract()'s matchers, see extract_index.hpp

    // Index of the entity with this id, or -1 (binary search: entities are sorted by id).
    std::int64_t find(std::string_view id) const;
};

// Loads every *.json file of `kb_dir` (any subset may be missing); bad files or entries become
// diagnostics naming file and entry, and are skipped. Files over kMaxKbFileBytes or nested deeper
// than kMaxJsonDepth are skipped whole. Never throws.
KnowledgeBase load_knowledge_base(const std::filesystem::path& kb_dir, Diagnostics& diagnostics);

// The knowledge base kgviz runs with: every file of `kb_dir`, then the relation cues generated at
// build time from WordNet (generated_cues.hpp), which repeat no word of the hand-written lists.
KnowledgeBase load_default_knowledge_base(const std::filesystem::path& kb_dir,
                                          Diagnostics& diagnostics);

// Loads one knowledge-base file's bytes into `kb` (what load_knowledge_base does per file);
// `name` is used in diagnostics. Call finish_knowledge_base once after the last file.
void load_knowledge_base_file(std::string_view bytes, const std::string& name, KnowledgeBase& kb,
                              Diagnostics& diagnostics);

// Cross-checks references (affiliations, members) and aliases, drops what is broken, sorts by id.
void finish_knowledge_base(KnowledgeBase& kb, Diagnostics& diagnostics);

} // namespace kg
