// Raw file bytes to UTF-8: BOMs, UTF-16, declared and guessed legacy encodings, invalid UTF-8
// (read as Windows-1252), binary detection.
#pragma once

#include <string>
#include <string_view>

namespace kg::ingestion {

struct DecodedBytes {
    std::string text;     // UTF-8 with LF line ends; empty when `binary`
    std::string warning;  // non-empty when the bytes needed a fallback (reported, not fatal)
    bool binary = false;  // NUL bytes outside UTF-16: not a text file
    std::string encoding; // what the bytes were read as: "UTF-8", "GB18030", "CP1251", ...
    std::string declared_language; // <html lang> found by the same prescan, as written
};

// Converts a file's bytes to UTF-8 text with "\n" line ends. In order: a BOM decides; bytes
// that are valid UTF-8 (and not pure ASCII under an ISO-2022 declaration) are UTF-8 whatever
// the page declares, since a stale declaration is more common than a legacy text that happens
// to be valid UTF-8; then the charset that the XML declaration or a <meta> declares; then, for
// undeclared bytes, a light guess (Cyrillic, CJK); then Windows-1252 with a warning.
DecodedBytes decode_bytes(std::string_view bytes);

// Windows-1252 (a superset of Latin-1 in 0x80..0x9F) to UTF-8.
std::string windows1252_to_utf8(std::string_view bytes);

// UTF-16 (without its BOM) to UTF-8; unpaired surrogates become U+FFFD.
std::string utf16_to_utf8(std::string_view bytes, bool big_endian);

// CRLF and lone CR to LF.
std::string normalize_newlines(std::string_view text);

} // namespace kg::ingestion
