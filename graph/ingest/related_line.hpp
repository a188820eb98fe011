// A related-reading line: a label that sends the reader to another story, then its headline.
#pragma once

#include "ingest/blocks.hpp"
#include "ingest/line_shape.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kg::ingestion {

// True when `b` is a label from `labels` (lower case, "also read", "read more"...) followed by
// a headline: "Also read: RMG orders shift to Vietnam", "READ MORE | Rupee falls", "Also read
// <a>headline</a>". The label counts only when a separator (":", "|", a spaced dash, "»")
// follows it, when it is printed in capitals, or when a link holds the rest; and the line is
// short, so "Also read by millions, the paper ..." and "Related talks ..." stay prose.
bool is_related_reading_line(const Block& b, const LineShape& shape,
                             const std::vector<std::string>& labels);

} // namespace kg::ingestion
