// The relation cues made at build time from WordNet's verb hierarchy (scripts/wordnet_link_cues.py,
// cmake/WordNetCues.cmake): a knowledge-base cue file compiled into the library.
#pragma once

#include <string_view>

namespace kg {

// A file generated into build/*/generated/kb at build time, by file name; empty for another name.
std::string_view embedded_kb_file(std::string_view name);

// The generated cue file's JSON (kgviz-kb/1: "cooperation" and "tension" lists).
inline std::string_view generated_link_cues() {
    return embedded_kb_file("link_cues_wordnet.json");
}

} // namespace kg
