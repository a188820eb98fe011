// Content sniffing for the three input formats.
#include "ingest/format.hpp"

#include "ingest/text_clean.hpp"

#include <algorithm>

namespace kg::ingestion {
namespace {

constexpr std::size_t kSniffBytes = 64 * 1024;

// Whether `text` at `i` holds the lower-case `needle`, ASCII letters in any case.
bool folded_at(std::string_view text, std::size_t i, std::string_view needle) {
    if (needle.size() > text.size() - i) return false;
    for (std::size_t k = 0; k < needle.size(); ++k) {
        const char c = text[i + k];
        if ((c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c) != needle[k]) return false;
    }
    return true;
}

// Occurrences (overlapping ones too) of the lower-case `needle` in `hay`, ignoring ASCII case:
// what find() counts in a lower-case copy, without making one of every file's first 64 KB.
std::size_t count_folded(std::string_view hay, std::string_view needle) {
    std::size_t n = 0;
    const char first = needle.front(); // never a letter in the needles below
    for (std::size_t i = hay.find(first); i != std::string_view::npos; i = hay.find(first, i + 1))
        n += folded_at(hay, i, needle);
    return n;
}

std::size_t html_tag_count(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i + 1))
        for (std::string_view tag :
             {"<p>", "<p ", "</p>", "<div", "</div>", "<br", "<span", "<a href", "<li>", "<h1",
              "<h2", "<h3", "<table", "<body", "<article"})
            n += folded_at(text, i, tag);
    return n;
}

std::size_t markdown_signals(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        const std::string_view line = text.substr(pos, eol - pos);
        if (line.starts_with("# ") || line.starts_with("## ") || line.starts_with("### ") ||
            line.starts_with("```") || line.starts_with("==="))
            ++n;
        pos = eol + 1;
    }
    return n + count_folded(text, "](http");
}

} // namespace

Format detect_format(std::string_view text, std::string_view extension, bool has_front_matter) {
    if (has_front_matter) return Format::Markdown;
    // The sniffed head is searched ignoring ASCII case; only its first 512 bytes are copied.
    const std::string_view head = text.substr(0, std::min(text.size(), kSniffBytes));
    const std::string start_lower = ascii_lower(head.substr(0, 512));
    const std::string_view start = trim(start_lower);
    const std::string ext = ascii_lower(extension);
    if (start.starts_with("<!doctype html") || start.starts_with("<html") ||
        start.find("<html") != std::string_view::npos)
        return Format::Html;
    const std::size_t tags = html_tag_count(head);
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml")
        return tags > 0 ? Format::Html : Format::Plain;
    if (ext == ".md" || ext == ".markdown") return Format::Markdown;
    // A .txt (or unknown) file: HTML if it opens with a tag and is full of them.
    if (start.starts_with("<") && tags >= 3) return Format::Html;
    if (markdown_signals(head) >= 2) return Format::Markdown;
    return Format::Plain;
}

} // namespace kg::ingestion
