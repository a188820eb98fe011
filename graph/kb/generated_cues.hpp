// The relation cues made at build time from WordNet's verb hierarchy (scripts/wordnet_link_cues.py,
// cmake/WordNetCues.cmake): a knowledge-base cue file compiled into the library.
#pragma once

#include <string_view>

namespace kg {

// The generated cue file's JSON (kgviz-kb/1: "cooperation" and "tension" lists); its lists are
// empty where WordNet was not installed at build time.
std::string_view generated_link_cues();

} // namespace kg
