// What a file's first bytes declare about it: the character encoding and the language.
#pragma once

#include <string>
#include <string_view>

namespace kg::ingestion {

// How many bytes are searched, as browsers prescan for <meta charset> before parsing.
inline constexpr std::size_t kPrescanBytes = 4096;

struct HeadDeclarations {
    std::string charset;  // label as written ("gb2312", "Windows-1251"); empty when none
    std::string language; // <html lang> or xml:lang as written ("zh-CN"); empty when none
};

// Scans the first kPrescanBytes of raw bytes (any ASCII-compatible encoding) for an XML
// declaration's encoding, <meta charset=...>, <meta http-equiv="Content-Type" content="...;
// charset=..."> and <html lang=...>. The first charset found wins; comments are skipped.
HeadDeclarations sniff_head_declarations(std::string_view bytes);

} // namespace kg::ingestion
