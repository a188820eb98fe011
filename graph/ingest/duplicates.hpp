// The same article saved more than once (under other names, as .html and .txt) is loaded once.
#pragma once

#include "common/diagnostics.hpp"
#include "model/document.hpp"

#include <string_view>
#include <vector>

namespace kg::ingestion {

// Jaccard similarity of two texts' word 5-shingles at or above which they are one article.
inline constexpr double kSameArticleJaccard = 0.9;

// Removes from `documents` (in the stable path order) every document whose cleaned text equals,
// or nearly equals (shingle Jaccard >= kSameArticleJaccard), that of an earlier one; the earlier
// one is kept and takes any metadata field it lacks from the copy. Each copy removed is a note
// "PATH: same article as OTHER_PATH". `threads` as for parallel_for.
void drop_duplicate_articles(std::vector<Document>& documents, Diagnostics& diagnostics,
                             unsigned threads = 0);

// The Jaccard similarity of the word 5-shingle sets of `a` and `b` (1 for two empty sets).
double shingle_jaccard(std::string_view a, std::string_view b);

} // namespace kg::ingestion
