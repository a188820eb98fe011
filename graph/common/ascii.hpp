// ASCII letter classes and lower-casing: the one definition for every module. Bytes above 0x7F
// are left alone, so UTF-8 text stays valid (common/text_fold folds other scripts for search).
#pragma once

#include <string>
#include <string_view>

namespace kg {

constexpr char ascii_lower(char c) {
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}
constexpr bool ascii_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
constexpr bool ascii_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A copy of `text` with its ASCII letters lower-cased.
inline std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = ascii_lower(c);
    return out;
}

} // namespace kg
