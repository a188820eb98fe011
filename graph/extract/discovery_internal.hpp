// Pieces of discovery shared between its source files.
#pragma once

#include "extract/doc_scan.hpp"

#include <vector>

namespace kg {

// Spans of organization-like phrases that no known mention covers, in text order.
std::vector<Span> find_organizations(const ExtractIndex& index, const Document& doc,
                                     const std::vector<DocMention>& mentions);

} // namespace kg
