// Raw file bytes to UTF-8: BOMs, UTF-16, invalid UTF-8 (read as Windows-1252), binary detection.
#pragma once

#include <string>
#include <string_view>

namespace kg::ingestion {

struct DecodedBytes {
    std::string text;    // UTF-8 with LF line ends; empty when `binary`
    std::string warning; // non-empty when the bytes needed a fallback (reported, not fatal)
    bool binary = false; // NUL bytes outside UTF-16: not a text file
};

// Converts a file's bytes to UTF-8 text with "\n" line ends.
DecodedBytes decode_bytes(std::string_view bytes);

// Windows-1252 (a superset of Latin-1 in 0x80..0x9F) to UTF-8.
std::string windows1252_to_utf8(std::string_view bytes);

// UTF-16 (without its BOM) to UTF-8; unpaired surrogates become U+FFFD.
std::string utf16_to_utf8(std::string_view bytes, bool big_endian);

// CRLF and lone CR to LF.
std::string normalize_newlines(std::string_view text);

} // namespace kg::ingestion
