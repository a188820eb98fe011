// A browser-style prescan of raw bytes: it runs before any decoding or HTML parsing, so it works
// whichever parser reads the page afterwards.
#include "ingest/head_declarations.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace kg::ingestion {
namespace {

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool starts_folded(std::string_view s, std::size_t i, std::string_view lower_word) {
    if (lower_word.size() > s.size() - i) return false;
    for (std::size_t k = 0; k < lower_word.size(); ++k)
        if (lower(s[i + k]) != lower_word[k]) return false;
    return true;
}

std::string folded(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), lower);
    return out;
}

using Attributes = std::vector<std::pair<std::string, std::string>>; // names lower-cased

// Attributes of the tag whose name ends at `i`; `i` ends after its '>' (or at the end).
Attributes read_attributes(std::string_view s, std::size_t& i) {
    Attributes attrs;
    while (i < s.size()) {
        while (i < s.size() && (is_space(s[i]) || s[i] == '/')) ++i;
        if (i >= s.size()) break;
        if (s[i] == '>') {
            ++i;
            break;
        }
        const std::size_t name_start = i;
        while (i < s.size() && !is_space(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/') ++i;
        std::string name = folded(s.substr(name_start, i - name_start));
        while (i < s.size() && is_space(s[i])) ++i;
        std::string_view value;
        if (i < s.size() && s[i] == '=') {
            ++i;
            while (i < s.size() && is_space(s[i])) ++i;
            if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
                const char quote = s[i++];
                const std::size_t end = std::min(s.find(quote, i), s.size());
                value = s.substr(i, end - i);
                i = std::min(end + 1, s.size());
            } else {
                const std::size_t start = i;
                while (i < s.size() && !is_space(s[i]) && s[i] != '>') ++i;
                value = s.substr(start, i - start);
            }
        }
        attrs.emplace_back(std::move(name), std::string(value));
    }
    return attrs;
}

std::string_view attribute(const Attributes& attrs, std::string_view name) {
    for (const auto& [k, v] : attrs)
        if (k == name) return v;
    return {};
}

// "text/html; charset=gb2312" -> "gb2312".
std::string_view charset_in_content(std::string_view content) {
    const std::string lowered = folded(content);
    const std::size_t at = lowered.find("charset");
    if (at == std::string::npos) return {};
    std::size_t i = at + 7;
    while (i < content.size() && is_space(content[i])) ++i;
    if (i >= content.size() || content[i] != '=') return {};
    ++i;
    while (i < content.size() && (is_space(content[i]) || content[i] == '"' || content[i] == '\''))
        ++i;
    std::size_t end = i;
    while (end < content.size() && !is_space(content[end]) && content[end] != ';' &&
           content[end] != '"' && content[end] != '\'')
        ++end;
    return content.substr(i, end - i);
}

std::string trimmed(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return std::string(s);
}

} // namespace

HeadDeclarations sniff_head_declarations(std::string_view bytes) {
    HeadDeclarations out;
    const std::string_view s = bytes.substr(0, std::min(bytes.size(), kPrescanBytes));
    if (s.starts_with("<?xml")) {
        std::size_t i = 5;
        const std::size_t end = std::min(s.find("?>"), s.size());
        const Attributes attrs = read_attributes(s.substr(0, end), i);
        out.charset = trimmed(attribute(attrs, "encoding"));
    }
    for (std::size_t i = s.find('<'); i != std::string_view::npos && i < s.size();
         i = s.find('<', i)) {
        if (s.substr(i).starts_with("<!--")) {
            const std::size_t end = s.find("-->", i + 4);
            if (end == std::string_view::npos) break;
            i = end + 3;
            continue;
        }
        ++i;
        const bool meta = starts_folded(s, i, "meta");
        const bool html = !meta && starts_folded(s, i, "html");
        if (!meta && !html) continue;
        i += 4;
        if (i < s.size() && !is_space(s[i]) && s[i] != '/' && s[i] != '>') continue; // <metadata>
        const Attributes attrs = read_attributes(s, i);
        if (html && out.language.empty()) {
            out.language = trimmed(attribute(attrs, "lang"));
            if (out.language.empty()) out.language = trimmed(attribute(attrs, "xml:lang"));
        }
        if (meta && out.charset.empty()) {
            out.charset = trimmed(attribute(attrs, "charset"));
            if (out.charset.empty() &&
                folded(trimmed(attribute(attrs, "http-equiv"))) == "content-type")
                out.charset = trimmed(charset_in_content(attribute(attrs, "content")));
        }
    }
    return out;
}

} // namespace kg::ingestion
