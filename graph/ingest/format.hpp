// Format detection from content first, the file extension second.
#pragma once

#include <string_view>

namespace kg::ingestion {

enum class Format { Plain, Markdown, Html };

// Decides how to read `text`. Front matter means Markdown (which may embed HTML); a doctype or
// <html> means HTML whatever the extension; otherwise the extension, then content signals.
Format detect_format(std::string_view text, std::string_view extension, bool has_front_matter);

} // namespace kg::ingestion
