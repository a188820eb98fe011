// HTML character references: named (&amp; &nbsp; &eacute; ...) and numeric (&#38; &#x26;).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::ingestion {

// Decodes the reference starting at s[i] == '&' onto `out`; returns the bytes consumed,
// or 0 when s[i..] is not a reference (the caller then copies the '&' literally).
std::size_t decode_entity_at(std::string_view s, std::size_t i, std::string& out);

// Appends `text` to `out` with every character reference decoded.
void append_decoded_entities(std::string& out, std::string_view text);

// `text` with every character reference decoded.
std::string decode_entities(std::string_view text);

} // namespace kg::ingestion
