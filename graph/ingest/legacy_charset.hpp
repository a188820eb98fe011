// Legacy (non-UTF-8) character encodings through glibc's iconv: labels, conversion, a light guess.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kg::ingestion {

// The iconv name for a declared label, with the WHATWG encoding standard's reading of labels
// (gb2312 and gbk are GB18030, shift_jis is Windows-31J, euc-kr is Windows-949, latin1 and
// us-ascii are Windows-1252). "UTF-8" for UTF-8 and for labels that cannot describe a page
// found by an ASCII prescan (UTF-16/32); empty for a label iconv does not know.
std::string iconv_name_for_label(std::string_view label);

struct Converted {
    std::string text;        // UTF-8
    std::size_t invalid = 0; // byte sequences invalid in the encoding, each now U+FFFD
};

// Converts `bytes` from the iconv encoding `from` to UTF-8; nullopt when iconv lacks `from`.
std::optional<Converted> convert_to_utf8(std::string_view bytes, const std::string& from);

// For bytes that are not UTF-8 and declare nothing: "CP1251" or "KOI8-R" for text mostly in
// Cyrillic letters, "CP932" or "GB18030" for double-byte CJK text that decodes cleanly, empty
// (read as Windows-1252) otherwise.
std::string guess_legacy_charset(std::string_view bytes);

} // namespace kg::ingestion
