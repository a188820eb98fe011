// The knowledge base in assets/kb/: known entities, their aliases, topic cues and link cues.
#pragma once

#include "common/diagnostics.hpp"
#include "model/corpus.hpp"

#include <array>
#include <filesystem>
#include <string>
#include <vector>

namespace kg {

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
};

struct KnowledgeBase {
    std::vector<KbEntity> entities;
    std::array<std::vector<std::string>, kTopicCount> topic_cues;
    std::vector<std::string> cooperation_cues;
    std::vector<std::string> tension_cues;
    std::vector<std::string> meeting_cues;
};

// Loads every *.json file of `kb_dir`; bad files or entries become diagnostics naming file and entry.
KnowledgeBase load_knowledge_base(const std::filesystem::path& kb_dir, Diagnostics& diagnostics);

} // namespace kg
