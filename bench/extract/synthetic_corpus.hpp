// Synthetic news articles built from the knowledge base: names, topic cues, relation cues, filler.
// Seeded, so a benchmark run always sees the same corpus.
#pragma once

#include "kb/knowledge_base.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kg::bench {

// `count` plain-text articles of about `bytes_each` bytes each.
std::vector<std::string> synthetic_articles(const KnowledgeBase& kb, std::size_t count,
                                            std::size_t bytes_each, std::uint64_t seed);

// Writes the articles as NNNNNN.txt under `folder` (created) and returns their paths.
std::vector<std::filesystem::path> write_articles(const std::vector<std::string>& articles,
                                                  const std::filesystem::path& folder);

} // namespace kg::bench
